//! `cargo run --release --example gradient_descent -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo gradient_descent` runs (its logic is in `mathdrill::demos::gradient_descent`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("gradient_descent")
}
