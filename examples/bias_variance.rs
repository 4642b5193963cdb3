//! `cargo run --release --example bias_variance -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo bias_variance` runs (its logic is in `mathdrill::demos::bias_variance`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("bias_variance")
}
