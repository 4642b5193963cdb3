//! What a demo run produces (its tables, its figure, its claims) and how it is run.

use super::error::DemoError;
use super::figure::Figure;
use std::path::PathBuf;

/// How large a run is: `Full` for a learner (about a second in a release build), `Quick` for
/// tests (the same claims, checked on smaller simulations with wider allowances).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Full,
    Quick,
}

impl Size {
    /// `full` or `quick`, whichever this size is.
    pub fn pick<T>(self, full: T, quick: T) -> T {
        match self {
            Size::Full => full,
            Size::Quick => quick,
        }
    }
}

/// The options of one run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Seeds the simulation's generator: the same seed gives the same run.
    pub seed: u64,
    pub size: Size,
    /// Where to write the figure as SVG, if anywhere.
    pub svg: Option<PathBuf>,
    /// Columns of the terminal figure (at most 80 is the project's rule).
    pub width: usize,
}

/// The seed a run uses when none is given.
pub const DEFAULT_SEED: u64 = 42;

impl Default for Options {
    fn default() -> Options {
        Options {
            seed: DEFAULT_SEED,
            size: Size::Full,
            svg: None,
            width: 80,
        }
    }
}

/// A statement the demo makes about its simulation, and whether it held.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub statement: String,
    pub holds: bool,
}

impl Claim {
    pub fn new(holds: bool, statement: impl Into<String>) -> Claim {
        Claim {
            statement: statement.into(),
            holds,
        }
    }
}

/// A demo's result: text (what was simulated, tables of the measurements), a figure (drawn in
/// the terminal `figure_height` rows per panel, or as SVG) and the claims checked. A demo whose
/// text is the whole show (a worked elimination) has no figure; asking it for an SVG is an error.
#[derive(Debug, Clone)]
pub struct Report {
    pub text: String,
    pub figure: Option<Figure>,
    pub figure_height: usize,
    pub claims: Vec<Claim>,
}

/// A runnable demo: its name, one line about it, and the function that simulates and measures.
#[derive(Clone, Copy)]
pub struct Demo {
    pub name: &'static str,
    pub about: &'static str,
    pub report: fn(&Options) -> Result<Report, DemoError>,
}

impl std::fmt::Debug for Demo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Demo").field("name", &self.name).finish()
    }
}

impl Demo {
    /// Runs the demo: prints its text and terminal figure to `out`, writes the SVG when asked,
    /// prints each claim with ✓ or ✗, and returns [`DemoError::ClaimFailed`] when one fails.
    /// An SVG asked of a demo without a figure is [`DemoError::NoFigure`], before any output.
    pub fn run(&self, opts: &Options, out: &mut dyn std::io::Write) -> Result<Report, DemoError> {
        if let Some(path) = &opts.svg {
            svg_path_usable(path)?;
        }
        let report = (self.report)(opts)?;
        if opts.svg.is_some() && report.figure.is_none() {
            return Err(DemoError::NoFigure(self.name));
        }
        write!(out, "{}", report.text)?;
        let width = opts.width.clamp(40, 80);
        if let Some(figure) = &report.figure {
            writeln!(out)?;
            write!(
                out,
                "{}",
                super::text::render(figure, width, report.figure_height)
            )?;
        }
        if let (Some(path), Some(figure)) = (&opts.svg, &report.figure) {
            let svg = super::svg::render(figure).map_err(DemoError::Svg)?;
            std::fs::write(path, svg).map_err(|reason| DemoError::Write {
                path: path.clone(),
                reason,
            })?;
            writeln!(out, "\nwrote {}", path.display())?;
        }
        writeln!(out)?;
        for c in &report.claims {
            let mark = if c.holds { "✓" } else { "✗" };
            let line = format!("{mark} {}", c.statement);
            write!(out, "{}", super::text::wrap(&line, width, 2))?;
        }
        let failed: Vec<String> = report
            .claims
            .iter()
            .filter(|c| !c.holds)
            .map(|c| c.statement.clone())
            .collect();
        if failed.is_empty() {
            Ok(report)
        } else {
            Err(DemoError::ClaimFailed {
                demo: self.name,
                failed,
            })
        }
    }
}

/// Fails before the demo runs when `path` cannot be an SVG file: its folder is missing or not a
/// folder, or the path is a folder. (Permissions still show only when the file is written.)
fn svg_path_usable(path: &std::path::Path) -> Result<(), DemoError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let problem = if !folder.is_dir() {
        Some(format!("the folder {} does not exist", folder.display()))
    } else if path.is_dir() {
        Some("it is a folder".to_string())
    } else {
        None
    };
    match problem {
        Some(why) => Err(DemoError::Write {
            path: path.to_path_buf(),
            reason: std::io::Error::other(why),
        }),
        None => Ok(()),
    }
}
