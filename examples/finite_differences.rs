//! `cargo run --release --example finite_differences -- [--seed N] [--svg FILE] [--quick]`: the
//! demo `mathdrill demo finite_differences` runs (its logic is in
//! `mathdrill::demos::finite_differences`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("finite_differences")
}
