//! `mathdrill bench [ROUTINE…] [--size N…] [--quick | --full] [--json] [--save FILE]
//! [--baseline FILE]`: time the core routines side by side and print the table (or the JSON).
//!
//! A progress line goes to stderr while it runs, overwritten in place, only when stderr is a
//! terminal (so it never mixes with piped output or the JSON on stdout).

use super::style;
use crate::bench::report::{self, Tone};
use crate::bench::{self, Mode, Options, Run};
use anyhow::Context;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// The arguments of `mathdrill bench`.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchArgs {
    pub routines: Vec<String>,
    pub sizes: Vec<usize>,
    pub mode: Mode,
    pub json: bool,
    pub save: Option<PathBuf>,
    pub baseline: Option<PathBuf>,
}

fn paint(tone: Tone, text: &str) -> String {
    let s = match tone {
        Tone::Plain => return text.to_string(),
        Tone::Head => style::HEAD,
        Tone::Dim => style::DIM,
        Tone::Good => style::GOOD,
        Tone::Warn => style::HINT,
        Tone::Bad => style::BAD,
    };
    style::paint(s, text)
}

/// Reads and checks a saved run.
fn read_baseline(path: &PathBuf) -> anyhow::Result<Run> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the baseline {}", path.display()))?;
    Run::from_json(&text).with_context(|| format!("in {}", path.display()))
}

/// The width the progress line is cleared to.
const PROGRESS_WIDTH: usize = 60;

pub fn bench(args: &BenchArgs) -> anyhow::Result<()> {
    let baseline = args.baseline.as_ref().map(read_baseline).transpose()?;
    let options = Options {
        mode: args.mode,
        routines: args.routines.clone(),
        sizes: args.sizes.clone(),
    };
    let show_progress = std::io::stderr().is_terminal();
    let mut progress = |done: usize, total: usize, task: &str| {
        if show_progress {
            let line = format!("[{done}/{total}] {task}…");
            eprint!("\r{line:<PROGRESS_WIDTH$}");
            let _ = std::io::stderr().flush();
        }
    };
    let result = bench::run(&options, &mut progress);
    if show_progress {
        eprint!("\r{}\r", " ".repeat(PROGRESS_WIDTH));
    }
    let run = result?;
    if let Some(path) = &args.save {
        std::fs::write(path, report::json(&run) + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = anstream::stdout().lock();
    if args.json {
        writeln!(out, "{}", report::json(&run))?;
        return Ok(());
    }
    write!(out, "{}", report::header(&run, &args.mode.plan(), &paint))?;
    if let Some(base) = &baseline {
        writeln!(
            out,
            "baseline: {} mode on {} ({} rows); a change is beyond the noise above {:.0}% with \
             the quartiles apart",
            base.mode.name(),
            base.machine.cpu,
            base.results.len(),
            report::baseline::NOISE * 100.0
        )?;
    }
    writeln!(out)?;
    write!(out, "{}", report::table(&run, baseline.as_ref(), &paint))?;
    Ok(())
}
