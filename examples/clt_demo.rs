//! `cargo run --release --example clt_demo -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo clt_demo` runs (its logic is in `mathdrill::demos::clt_demo`).
//!
//! `-- --throughput [--seed N]` instead times 10⁶ means of n = 30 uniform and exponential
//! draws once, on one thread, and prints `uniform_s=… exponential_s=…` for
//! tools/clt_vs_numpy.py.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("--throughput") {
        return mathdrill::demos::example_main("clt_demo");
    }
    let seed = match args.get(1..) {
        Some([flag, n]) if flag == "--seed" => n.parse().ok(),
        Some([]) => Some(1),
        _ => None,
    };
    let Some(seed) = seed else {
        eprintln!("error: the options of --throughput are --seed N");
        return ExitCode::from(2);
    };
    match mathdrill::demos::clt_demo::throughput(seed) {
        Ok(t) => {
            println!(
                "uniform_s={:.6} exponential_s={:.6} check={:.4},{:.4}",
                t.uniform.as_secs_f64(),
                t.exponential.as_secs_f64(),
                t.check.0,
                t.check.1
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
