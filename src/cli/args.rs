//! Command-line arguments (clap). The contract is DESIGN.md's "Command line" section.
//!
//! The fixed commands are derived; the drills are added at run time, one per area that has
//! exercise kinds in the catalog, so `--help` never offers a drill that has no exercises.

use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "mathdrill",
    version,
    about = "Learn the mathematics of machine learning by doing it",
    long_about = "Randomized, reproducible exercises with numerical checking, named mistakes and worked solutions.\n\
                  Run `mathdrill linalg` for a 10-question linear-algebra drill, `mathdrill list` for every exercise kind."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The catalog of exercise kinds
    List {
        /// Only this area (linalg, …)
        area: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Print an exercise
    Show(ExerciseArgs),
    /// Print an exercise's canonical answer and worked solution
    Solve(ExerciseArgs),
    /// Check an answer: exit 0 if correct, 1 if wrong, 2 if it cannot be read
    Check {
        #[command(flatten)]
        ex: ExerciseArgs,
        /// The answer, in the answer language (`3/4`, `[1 2; 3 4]`, `{1, 3}`, `2*x`)
        #[arg(long, short, allow_hyphen_values = true)]
        answer: String,
        /// Do not record this answer in the progress store
        #[arg(long)]
        no_save: bool,
    },
    /// Print an exercise's hints
    Hint {
        #[command(flatten)]
        ex: ExerciseArgs,
        /// How many hints (default: all)
        #[arg(long = "n", short = 'n')]
        n: Option<usize>,
    },
    /// Evaluate an expression: numbers, vectors, matrices, det, inv, transpose, …
    Calc {
        #[arg(
            allow_hyphen_values = true,
            help = "The expression, e.g. \"inv([[2,1],[1,1]])\""
        )]
        expr: String,
        #[arg(long)]
        json: bool,
    },
    /// Run a demo that simulates, draws and checks what it shows (without NAME: list them)
    Demo {
        /// The demo, e.g. clt_demo
        name: Option<String>,
        /// Seed of the simulation, digits 0…18446744073709551615 (default 42)
        #[arg(long, value_parser = parse_seed)]
        seed: Option<u64>,
        /// Also draw the figure as SVG into FILE
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// A smaller, faster run: the same checks with wider allowances
        #[arg(long)]
        quick: bool,
    },
    /// A drill of the reviews that are due (spaced repetition), most overdue first
    Review {
        /// Only this area (linalg, …)
        area: Option<String>,
        /// At most this many questions
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=200))]
        count: u32,
        /// Session seed (digits): picks each review's exercise
        #[arg(long, value_parser = parse_seed)]
        seed: Option<u64>,
        /// Do not record the answers in the progress store
        #[arg(long)]
        no_save: bool,
    },
    /// What you have done: mastery, reviews due, accuracy, frequent mistakes, sessions
    Progress {
        /// Only this area (linalg, …) or kind (la.inverse)
        filter: Option<String>,
        /// Print the report as JSON
        #[arg(long)]
        json: bool,
        /// Write every recorded answer to FILE as JSON lines (- for stdout)
        #[arg(long, value_name = "FILE", conflicts_with_all = ["import", "reset"])]
        export: Option<PathBuf>,
        /// Merge answers exported on another machine (answers already here are skipped)
        #[arg(long, value_name = "FILE", conflicts_with = "reset")]
        import: Option<PathBuf>,
        /// Delete the recorded progress: all of it, or one kind's
        #[arg(long, value_name = "KIND", num_args = 0..=1)]
        reset: Option<Option<String>>,
        /// Do not ask before --reset deletes
        #[arg(long, requires = "reset")]
        yes: bool,
    },
    /// Time the core routines: textbook, from-scratch and library paths side by side
    Bench {
        /// Only these routines (matmul, det, solve, inverse, qr, eigen_sym, svd, …)
        routines: Vec<String>,
        /// Only these sizes (matrix order, vector length, …)
        #[arg(long = "size", value_name = "N", num_args = 1.., value_parser = parse_size)]
        sizes: Vec<usize>,
        /// About 3 s: fewer samples and sizes
        #[arg(long, conflicts_with = "full")]
        quick: bool,
        /// Minutes: every size, more samples
        #[arg(long)]
        full: bool,
        /// Print the results as JSON
        #[arg(long)]
        json: bool,
        /// Also write the results as JSON into FILE
        #[arg(long, value_name = "FILE")]
        save: Option<PathBuf>,
        /// Compare with a run saved by --save
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
    },
}

#[derive(Args, Debug, Clone)]
pub struct DrillArgs {
    /// Drill only this kind (`la.inverse`, or `inverse`), topic (`la.eigen`) or id prefix (`la.det`)
    pub topic: Option<String>,
    /// Number of questions
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub count: u32,
    /// Difficulty 1..3 for every question (kinds without it use their nearest lower one);
    /// default: the level you have reached in each kind
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=3))]
    pub level: Option<u8>,
    /// A uniform mix of the area's kinds instead of your learning path
    #[arg(long)]
    pub mix: bool,
    /// Session seed (digits): the same seed gives the same questions (with the same progress)
    #[arg(long, value_parser = parse_seed)]
    pub seed: Option<u64>,
    /// Do not record the answers in the progress store
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Args, Debug, Clone)]
pub struct ExerciseArgs {
    /// Exercise kind, e.g. la.inverse
    pub kind: String,
    /// Seed, digits 0…18446744073709551615 (default: `show` draws one; the others use the
    /// exercise of this kind `show` printed last)
    #[arg(long, value_parser = parse_seed)]
    pub seed: Option<u64>,
    /// Level (default 1, or the level `show` printed last)
    #[arg(long)]
    pub level: Option<u8>,
    /// Output format (show, solve: all four; hint, check: text or json)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Shorthand for --format json
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

impl ExerciseArgs {
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Text)
        }
    }
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Latex,
    Markdown,
    Json,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Latex => "latex",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }
}

/// A seed is written with digits only: `+5`, `-3`, `5.0` and `0x5` are refused rather than read
/// as some seed, so that one exercise has one spelling.
fn parse_seed(text: &str) -> Result<u64, String> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let value = digits.then(|| text.parse::<u64>().ok()).flatten();
    value.ok_or_else(|| {
        format!(
            "a seed is a whole number from 0 to {}, written with digits only",
            u64::MAX
        )
    })
}

/// A size is a whole number from 1, written with digits only.
fn parse_size(text: &str) -> Result<usize, String> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let value = digits.then(|| text.parse::<usize>().ok()).flatten();
    value
        .filter(|&n| n >= 1)
        .ok_or_else(|| "a size is a whole number from 1, written with digits only".to_string())
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Invocation {
    /// A bare `mathdrill`: the overview.
    Overview,
    /// `mathdrill <area> …`: an interactive drill.
    Drill { area: String, args: DrillArgs },
    /// One of the fixed commands.
    Command(Command),
}

impl Invocation {
    /// Whether the output is to be JSON (errors then are JSON objects on stdout too).
    pub fn wants_json(&self) -> bool {
        match self {
            Invocation::Command(
                Command::List { json, .. }
                | Command::Calc { json, .. }
                | Command::Bench { json, .. },
            ) => *json,
            Invocation::Command(
                Command::Show(ex) | Command::Solve(ex) | Command::Check { ex, .. },
            )
            | Invocation::Command(Command::Hint { ex, .. }) => ex.format() == Format::Json,
            _ => false,
        }
    }
}

/// The whole command line: the derived commands plus one drill per area in `areas`, each
/// `(name, about)`. `--help` lists the drills first, in the areas' order, then the fixed
/// commands in their declared order.
pub fn command(areas: &[(&'static str, &'static str)]) -> clap::Command {
    let mut cmd = Cli::command();
    let fixed: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for (k, name) in fixed.iter().enumerate() {
        cmd = cmd.mut_subcommand(name, |s| s.display_order(areas.len() + k));
    }
    for (i, (name, about)) in areas.iter().enumerate() {
        let drill = clap::Command::new(*name)
            .about(format!("Interactive {about} drill"))
            .display_order(i);
        cmd = cmd.subcommand(DrillArgs::augment_args(drill));
    }
    cmd
}

/// Parses `argv` (with the program name first) against [`command`].
pub fn parse(
    areas: &[(&'static str, &'static str)],
    argv: impl IntoIterator<Item = OsString>,
) -> Result<Invocation, clap::Error> {
    let matches: ArgMatches = command(areas).try_get_matches_from(argv)?;
    if let Some((name, sub)) = matches.subcommand()
        && areas.iter().any(|(a, _)| *a == name)
    {
        return Ok(Invocation::Drill {
            area: name.to_string(),
            args: DrillArgs::from_arg_matches(sub)?,
        });
    }
    Ok(match Cli::from_arg_matches(&matches)?.command {
        None => Invocation::Overview,
        Some(c) => Invocation::Command(c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(args: &[&str]) -> Vec<OsString> {
        std::iter::once("mathdrill")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_command_line_is_consistent() {
        command(&[("linalg", "linear algebra")]).debug_assert();
    }

    #[test]
    fn drills_exist_for_the_areas_given_only() {
        let areas = [("linalg", "linear algebra")];
        let drill = parse(&areas, argv(&["linalg", "la.inverse", "--count", "3"])).unwrap();
        assert!(
            matches!(&drill, Invocation::Drill { area, args } if area == "linalg" && args.count == 3)
        );
        assert!(parse(&areas, argv(&["prob"])).is_err());
        assert!(matches!(
            parse(&areas, argv(&["show", "la.inverse"])).unwrap(),
            Invocation::Command(Command::Show(_))
        ));
        assert!(matches!(
            parse(&areas, argv(&[])).unwrap(),
            Invocation::Overview
        ));
    }

    #[test]
    fn help_lists_the_drills_first_then_the_commands() {
        let areas = [("linalg", "linear algebra"), ("prob", "probability")];
        let mut cmd = command(&areas);
        let help = cmd.render_long_help().to_string();
        let at = |name: &str| {
            help.find(&format!("\n  {name} "))
                .unwrap_or_else(|| panic!("{name} not in {help}"))
        };
        let order = [
            "linalg", "prob", "list", "show", "solve", "check", "hint", "calc", "demo", "bench",
        ];
        for pair in order.windows(2) {
            assert!(at(pair[0]) < at(pair[1]), "{pair:?} in\n{help}");
        }
    }

    #[test]
    fn bench_takes_routines_sizes_and_one_mode() {
        let areas = [("linalg", "linear algebra")];
        let bench = parse(
            &areas,
            argv(&["bench", "det", "svd", "--size", "8", "50", "--quick"]),
        );
        let Ok(Invocation::Command(Command::Bench {
            routines,
            sizes,
            quick,
            full,
            ..
        })) = bench
        else {
            panic!("{bench:?}");
        };
        assert_eq!(
            (routines, sizes, quick, full),
            (vec!["det".into(), "svd".into()], vec![8, 50], true, false)
        );
        assert!(parse(&areas, argv(&["bench", "--quick", "--full"])).is_err());
        for bad in ["0", "-3", "x", "8.5", ""] {
            assert!(
                parse(&areas, argv(&["bench", "--size", bad])).is_err(),
                "{bad:?}"
            );
        }
        let json = parse(&areas, argv(&["bench", "--json"])).unwrap();
        assert!(json.wants_json());
    }

    #[test]
    fn seeds_are_digits_only() {
        assert_eq!(parse_seed("5"), Ok(5));
        assert_eq!(parse_seed("007"), Ok(7));
        assert_eq!(parse_seed("18446744073709551615"), Ok(u64::MAX));
        for bad in ["+5", "-3", "5.0", "0x5", "", " 5", "18446744073709551616"] {
            assert!(parse_seed(bad).is_err(), "{bad:?}");
        }
    }
}
