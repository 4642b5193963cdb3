//! `cargo run --release --example regularization_path -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo regularization_path` runs (its logic is in `mathdrill::demos::regularization_path`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("regularization_path")
}
