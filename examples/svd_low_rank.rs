//! `cargo run --release --example svd_low_rank -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo svd_low_rank` runs (its logic is in `mathdrill::demos::svd_low_rank`).

fn main() -> std::process::ExitCode {
    mathdrill::demos::example_main("svd_low_rank")
}
