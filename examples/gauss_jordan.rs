//! `cargo run --release --example gauss_jordan -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo gauss_jordan` runs (its logic is in `mathdrill::demos::gauss_jordan`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("gauss_jordan")
}
