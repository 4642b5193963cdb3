//! `cargo run --release --example linear_transformations -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo linear_transformations` runs (its logic is in `mathdrill::demos::linear_transformations`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("linear_transformations")
}
