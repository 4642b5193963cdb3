//! `cargo run --release --example numerical_stability -- [--seed N] [--svg FILE] [--quick]`: the
//! demo `mathdrill demo numerical_stability` runs (its logic is in
//! `mathdrill::demos::numerical_stability`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("numerical_stability")
}
