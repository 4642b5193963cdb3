//! `cargo run --release --example power_iteration -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo power_iteration` runs (its logic is in `mathdrill::demos::power_iteration`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("power_iteration")
}
