//! `cargo run --release --example confidence_coverage -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo confidence_coverage` runs (its logic is in `mathdrill::demos::confidence_coverage`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("confidence_coverage")
}
