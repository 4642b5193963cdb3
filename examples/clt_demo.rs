//! `cargo run --release --example clt_demo -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo clt_demo` runs (its logic is in `mathdrill::demos::clt_demo`).
//!
//! `-- --throughput [--seed N] [--source uniform|exponential]` instead times 10⁶ means of
//! n = 30 uniform and exponential draws once (or only the source named), on one thread, and
//! prints `uniform_s=… exponential_s=…` for tools/clt_vs_numpy.py.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("--throughput") {
        return mathdrill::demos::example_main("clt_demo");
    }
    let (mut seed, mut source) = (1, None);
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().map(String::as_str);
        match (flag.as_str(), value) {
            ("--seed", Some(v)) if v.parse::<u64>().is_ok() => seed = v.parse().unwrap_or(1),
            ("--source", Some(v @ ("uniform" | "exponential"))) => source = Some(v.to_string()),
            _ => {
                eprintln!(
                    "error: the options of --throughput are --seed N and \
                     --source uniform|exponential"
                );
                return ExitCode::from(2);
            }
        }
    }
    match mathdrill::demos::clt_demo::throughput(seed, source.as_deref()) {
        Ok(times) => {
            let fields: Vec<String> = times
                .iter()
                .map(|(name, took, check)| {
                    format!("{name}_s={:.6} {name}_check={check:.4}", took.as_secs_f64())
                })
                .collect();
            println!("{}", fields.join(" "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
