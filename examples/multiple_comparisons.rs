//! `cargo run --release --example multiple_comparisons -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo multiple_comparisons` runs (its logic is in `mathdrill::demos::multiple_comparisons`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("multiple_comparisons")
}
