//! `mathdrill demo [NAME] [--seed N] [--svg FILE] [--quick]`: list the demos, or run one.
//! A demo whose claim does not hold exits with 1 (like a wrong answer); bad input with 2.

use crate::demos::{self, DEFAULT_SEED, DemoError, Options, Size};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn demo(
    name: Option<&str>,
    seed: Option<u64>,
    svg: Option<PathBuf>,
    quick: bool,
) -> anyhow::Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    let Some(name) = name else {
        let width = demos::all().iter().map(|d| d.name.len()).max().unwrap_or(0);
        writeln!(
            out,
            "Demos (run one with `mathdrill demo NAME [--seed N] [--svg FILE]`):"
        )?;
        for d in demos::all() {
            let line = format!("  {:<width$}  {}", d.name, d.about);
            write!(out, "{}", demos::text::wrap(&line, 80, width + 4))?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let demo = demos::find(name)?;
    let opts = Options {
        seed: seed.unwrap_or(DEFAULT_SEED),
        size: if quick { Size::Quick } else { Size::Full },
        svg,
        width: 80,
    };
    match demo.run(&opts, &mut out) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(e @ DemoError::ClaimFailed { .. }) => {
            out.flush()?;
            eprintln!("error: {e}");
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}
