//! `cargo run --release --example lln_demo -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo lln_demo` runs (its logic is in `mathdrill::demos::lln_demo`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("lln_demo")
}
