//! The command line of `examples/NAME.rs`: `cargo run --release --example NAME -- [--seed N]
//! [--svg FILE] [--quick]`, the same options as `mathdrill demo NAME`.

use super::{DEFAULT_SEED, Options, Size, find};
use std::path::PathBuf;
use std::process::ExitCode;

/// Reads `--seed N`, `--svg FILE` and `--quick` from `args` (without the program name).
pub fn parse_example_args(args: &[String]) -> Result<Options, String> {
    let mut opts = Options {
        seed: DEFAULT_SEED,
        ..Options::default()
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => {
                let v = it.next().ok_or("--seed needs a value")?;
                opts.seed = v
                    .parse()
                    .map_err(|_| format!("--seed takes a whole number from 0 to {}", u64::MAX))?;
            }
            "--svg" => opts.svg = Some(PathBuf::from(it.next().ok_or("--svg needs a file")?)),
            "--quick" => opts.size = Size::Quick,
            other => {
                return Err(format!(
                    "unknown argument {other:?}; the options are --seed N, --svg FILE, --quick"
                ));
            }
        }
    }
    Ok(opts)
}

/// The whole of an example's `main`: parse the process's arguments and run the demo `name`.
/// Exit code 0 when every claim holds, 1 when one fails, 2 for bad arguments or output errors.
pub fn example_main(name: &str) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_example_args(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let run = find(name).and_then(|d| d.run(&opts, &mut std::io::stdout().lock()));
    match run {
        Ok(_) => ExitCode::SUCCESS,
        Err(e @ super::DemoError::ClaimFailed { .. }) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_the_options() {
        let o = parse_example_args(&args(&["--seed", "7", "--svg", "x.svg", "--quick"])).unwrap();
        assert_eq!((o.seed, o.size), (7, Size::Quick));
        assert_eq!(o.svg, Some(PathBuf::from("x.svg")));
        let d = parse_example_args(&[]).unwrap();
        assert_eq!((d.seed, d.size, d.svg), (DEFAULT_SEED, Size::Full, None));
        for bad in [&["--seed"][..], &["--seed", "-1"], &["--svg"], &["--fast"]] {
            assert!(parse_example_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
