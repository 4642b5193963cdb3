//! `cargo run --release --example clt_demo -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo clt_demo` runs (its logic is in `mathdrill::demos::clt_demo`).
//!
//! `-- --throughput [--seed N] [--source uniform|exponential]` instead times 10⁶ means of
//! n = 30 uniform and exponential draws once (or only the source named), on one thread and on
//! all cores (rayon), and prints one line of `key=value` fields for tools/clt_vs_numpy.py:
//! `uniform_s` (one thread, seconds), `uniform_rayon_s`, `uniform_speedup` (their ratio),
//! `uniform_check` (the mean of the means), the same for `exponential`, and `threads`.

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
            let mut fields: Vec<String> = times
                .iter()
                .map(|t| {
                    let name = t.source;
                    format!(
                        "{name}_s={:.6} {name}_rayon_s={:.6} {name}_speedup={:.2} \
                         {name}_check={:.4}",
                        t.one_core.as_secs_f64(),
                        t.all_cores.as_secs_f64(),
                        t.speedup(),
                        t.checks.0
                    )
                })
                .collect();
            fields.push(format!("threads={}", rayon::current_num_threads()));
            println!("{}", fields.join(" "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
