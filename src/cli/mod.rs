//! The command-line interface. `run` parses arguments, dispatches, and maps the outcome to the
//! exit codes of the contract: 0 success (or a correct answer), 1 a wrong answer, 2 bad input
//! (with a message on stderr, and under `--json` a JSON object `{error, position}` on stdout).

mod args;
mod bench;
mod calc;
mod clock;
mod demo;
mod drill;
mod drill_plan;
mod error;
mod exercise_cmds;
mod input;
mod list;
mod overview;
mod plan;
mod present;
mod progress;
mod record;
mod review;
mod sitting;
mod state;
mod style;

pub use args::{Cli, Command, DrillArgs, ExerciseArgs, Format, Invocation, parse};
pub use drill_plan::{Chosen, Plan, drill_plan, session_plan};
pub use error::InputError;
pub use input::{Input, LineSource, Piped};
pub use review::review_plan;

use anyhow::bail;
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

/// The areas that have exercise kinds, as `(name, about)`: the drills the command line offers.
pub fn drill_areas() -> Vec<(&'static str, &'static str)> {
    let reg = crate::registry();
    crate::engine::AREAS
        .iter()
        .filter(|a| reg.kinds().any(|k| k.area == a.name))
        .map(|a| (a.name, a.about))
        .collect()
}

/// Runs the program with the process's arguments and stdin.
pub fn run() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let areas = drill_areas();
    let invocation = match parse(&areas, argv.clone()) {
        Ok(invocation) => invocation,
        Err(e) => return usage_error(&e, &argv),
    };
    let json = invocation.wants_json();
    match dispatch(invocation, &areas) {
        Ok(code) => code,
        // The reader went away (`mathdrill list | head`): stop quietly, as Unix tools do.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            if json {
                let _ = writeln!(anstream::stdout(), "{}", error::json_error(&e));
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Help and version go to stdout with exit 0; usage errors to stderr with exit 2 (and as JSON on
/// stdout when the arguments ask for JSON). An area without exercises gets a message that says so.
fn usage_error(e: &clap::Error, argv: &[OsString]) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let empty_area = argv
        .get(1)
        .and_then(|a| a.to_str())
        .and_then(crate::engine::area);
    if let Some(area) = empty_area
        && e.kind() == clap::error::ErrorKind::InvalidSubcommand
    {
        let with: Vec<&str> = drill_areas().iter().map(|(name, _)| *name).collect();
        eprintln!(
            "error: the {} area has no exercises yet; areas with exercises: {}",
            area.name,
            with.join(", ")
        );
        return ExitCode::from(2);
    }
    if error::args_want_json(argv) {
        let _ = writeln!(anstream::stdout(), "{}", error::json_usage_error(e));
    }
    let _ = e.print();
    ExitCode::from(2)
}

/// Whether `e` is, or was caused by, writing to a closed pipe.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(
    invocation: Invocation,
    areas: &[(&'static str, &'static str)],
) -> anyhow::Result<ExitCode> {
    let command = match invocation {
        Invocation::Overview => {
            overview::overview(areas)?;
            return Ok(ExitCode::SUCCESS);
        }
        Invocation::Drill { area, args } => {
            drill::drill(&area, &args, input::stdin_source().as_mut())?;
            return Ok(ExitCode::SUCCESS);
        }
        Invocation::Command(c) => c,
    };
    match command {
        Command::List { area, json } => list::list(area.as_deref(), json)?,
        Command::Show(ex) => exercise_cmds::show(&ex)?,
        Command::Solve(ex) => exercise_cmds::solve(&ex)?,
        Command::Hint { ex, n } => exercise_cmds::hint(&ex, n)?,
        Command::Check {
            ex,
            answer,
            no_save,
        } => {
            let correct = exercise_cmds::check_answer(&ex, &answer, !no_save)?;
            return Ok(ExitCode::from(if correct { 0 } else { 1 }));
        }
        Command::Calc { expr, json } => calc::calc(&expr, json)?,
        Command::Review {
            area,
            count,
            seed,
            no_save,
        } => review::review(
            &review::ReviewArgs {
                area,
                count,
                seed,
                no_save,
            },
            input::stdin_source().as_mut(),
        )?,
        Command::Progress {
            filter,
            json,
            export,
            import,
            reset,
            yes,
        } => progress::progress(&progress::ProgressArgs {
            filter,
            json,
            export,
            import,
            reset,
            yes,
        })?,
        Command::Demo {
            name,
            seed,
            svg,
            quick,
        } => return demo::demo(name.as_deref(), seed, svg, quick),
        Command::Bench {
            routines,
            sizes,
            quick,
            full,
            json,
            save,
            baseline,
        } => {
            let mode = match (quick, full) {
                (true, _) => crate::bench::Mode::Quick,
                (_, true) => crate::bench::Mode::Full,
                _ => crate::bench::Mode::Default,
            };
            bench::bench(&bench::BenchArgs {
                routines,
                sizes,
                mode,
                json,
                save,
                baseline,
            })?
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses a `--format` that `command` cannot print.
pub(crate) fn require_format(
    command: &str,
    format: Format,
    supported: &[Format],
) -> anyhow::Result<()> {
    if !supported.contains(&format) {
        let names: Vec<&str> = supported.iter().map(|f| f.name()).collect();
        bail!(
            "`{command}` cannot print --format {}; it prints {}",
            format.name(),
            names.join(" or ")
        );
    }
    Ok(())
}
