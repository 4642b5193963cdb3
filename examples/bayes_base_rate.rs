//! `cargo run --release --example bayes_base_rate -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo bayes_base_rate` runs (its logic is in `mathdrill::demos::bayes_base_rate`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("bayes_base_rate")
}
