//! `cargo run --release --example clt_demo -- [--seed N] [--svg FILE] [--quick]`: the demo
//! `mathdrill demo clt_demo` runs (its logic is in `mathdrill::demos::clt_demo`).
//!
//! `-- --throughput [--seed N] [--source uniform|exponential] [--one-core]` instead times 10⁶
//! means of n = 30 uniform and exponential draws once (or only the source named), on one thread
//! and on all cores (rayon; not with `--one-core`, so that the process's CPU time is the one
//! thread's), and prints one line of `key=value` fields for tools/clt_vs_numpy.py: `uniform_s`
//! (one thread, seconds), `uniform_check` (the mean of the means), `uniform_rayon_s`,
//! `uniform_threads` and `uniform_speedup` (one-thread time / rayon time), the same for
//! `exponential`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("--throughput") {
        return mathdrill::demos::example_main("clt_demo");
    }
    let (mut seed, mut source, mut all_cores) = (1, None, true);
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        if flag == "--one-core" {
            all_cores = false;
            continue;
        }
        let value = rest.next().map(String::as_str);
        match (flag.as_str(), value) {
            ("--seed", Some(v)) if v.parse::<u64>().is_ok() => seed = v.parse().unwrap_or(1),
            ("--source", Some(v @ ("uniform" | "exponential"))) => source = Some(v.to_string()),
            _ => {
                eprintln!(
                    "error: the options of --throughput are --seed N, \
                     --source uniform|exponential and --one-core"
                );
                return ExitCode::from(2);
            }
        }
    }
    match mathdrill::demos::clt_demo::throughput(seed, source.as_deref(), all_cores) {
        Ok(times) => {
            let mut fields = Vec::new();
            for t in &times {
                let name = t.source;
                let one = t.one_core;
                fields.push(format!("{name}_s={:.6}", one.took.as_secs_f64()));
                fields.push(format!("{name}_check={:.4}", one.check));
                if let (Some(all), Some(speedup)) = (t.all_cores, t.speedup()) {
                    fields.push(format!("{name}_rayon_s={:.6}", all.took.as_secs_f64()));
                    fields.push(format!("{name}_threads={}", all.threads));
                    fields.push(format!("{name}_speedup={speedup:.2}"));
                }
            }
            println!("{}", fields.join(" "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
