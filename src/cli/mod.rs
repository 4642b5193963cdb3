//! The command-line interface. `run` parses arguments, dispatches, and maps the outcome to the
//! exit codes of the contract: 0 success (or a correct answer), 1 a wrong answer, 2 bad input
//! (with a message on stderr).

mod args;
mod calc;
mod drill;
mod exercise_cmds;
mod input;
mod list;
mod present;
mod state;
mod style;

pub use args::{Cli, Command, DrillArgs, ExerciseArgs, Format};
pub use drill::session_plan;
pub use input::{LineSource, Piped};

use clap::Parser;
use std::process::ExitCode;

/// Runs the program with the process's arguments and stdin.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with exit 0; usage errors to stderr with exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match dispatch(cli.command) {
        Ok(code) => code,
        // The reader went away (`mathdrill list | head`): stop quietly, as Unix tools do.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether `e` is, or was caused by, writing to a closed pipe.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(command: Option<Command>) -> anyhow::Result<ExitCode> {
    let drill = |area: &str, a: &DrillArgs| drill::drill(area, a, input::stdin_source().as_mut());
    match command {
        None => list::overview()?,
        Some(Command::Linalg(a)) => drill("linalg", &a)?,
        Some(Command::Prob(a)) => drill("prob", &a)?,
        Some(Command::Stats(a)) => drill("stats", &a)?,
        Some(Command::Calculus(a)) => drill("calculus", &a)?,
        Some(Command::Ml(a)) => drill("ml", &a)?,
        Some(Command::Models(a)) => drill("models", &a)?,
        Some(Command::Discrete(a)) => drill("discrete", &a)?,
        Some(Command::Basic(a)) => drill("basic", &a)?,
        Some(Command::List { area, json }) => list::list(area.as_deref(), json)?,
        Some(Command::Show(ex)) => exercise_cmds::show(&ex)?,
        Some(Command::Solve(ex)) => exercise_cmds::solve(&ex)?,
        Some(Command::Hint { ex, n }) => exercise_cmds::hint(&ex, n)?,
        Some(Command::Check { ex, answer }) => {
            let correct = exercise_cmds::check_answer(&ex, &answer)?;
            return Ok(ExitCode::from(if correct { 0 } else { 1 }));
        }
        Some(Command::Calc { expr, json }) => calc::calc(&expr, json)?,
    }
    Ok(ExitCode::SUCCESS)
}
