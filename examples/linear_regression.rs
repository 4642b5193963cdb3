//! `cargo run --release --example linear_regression -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo linear_regression` runs (its logic is in `mathdrill::demos::linear_regression`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("linear_regression")
}
