//! Command-line arguments (clap derive). The contract is DESIGN.md's "Command line" section.

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// Interactive linear-algebra drill
    Linalg(DrillArgs),
    /// Interactive probability drill
    Prob(DrillArgs),
    /// Interactive statistics drill
    Stats(DrillArgs),
    /// Interactive calculus drill (`calc` is the calculator)
    Calculus(DrillArgs),
    /// Interactive drill of machine-learning math
    Ml(DrillArgs),
    /// Interactive drill of the models by hand
    Models(DrillArgs),
    /// Interactive discrete-mathematics drill
    Discrete(DrillArgs),
    /// Interactive warm-up drill of basic math
    Basic(DrillArgs),
    /// The catalog of exercise kinds
    List {
        /// Only this area (linalg, prob, …)
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
}

#[derive(Args, Debug, Clone)]
pub struct DrillArgs {
    /// Drill only this topic id (`la.inverse`) or exercise kind
    pub topic: Option<String>,
    /// Number of questions
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub count: u32,
    /// Difficulty 1..3 (kinds without that level use their nearest lower one)
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=3))]
    pub level: u8,
    /// Session seed: the same seed gives the same questions
    #[arg(long)]
    pub seed: Option<u64>,
    /// Do not record this session in the progress store
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Args, Debug, Clone)]
pub struct ExerciseArgs {
    /// Exercise kind, e.g. la.inverse
    pub kind: String,
    /// Seed (default: `show` draws one; the others use the exercise `show` printed last)
    #[arg(long)]
    pub seed: Option<u64>,
    /// Level (default 1, or the level `show` printed last)
    #[arg(long)]
    pub level: Option<u8>,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Shorthand for --format json
    #[arg(long)]
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
