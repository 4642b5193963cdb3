//! `cargo run --release --example p_value_distribution -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo p_value_distribution` runs (its logic is in `mathdrill::demos::p_value_distribution`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("p_value_distribution")
}
