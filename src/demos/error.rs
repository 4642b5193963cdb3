//! What can go wrong when running a demo.

use crate::math::sim::SimError;
use std::path::PathBuf;
use thiserror::Error;

/// An error of a demo run. [`DemoError::ClaimFailed`] is the demo's own assertion: the effect it
/// shows was not there.
#[derive(Debug, Error)]
pub enum DemoError {
    #[error("no demo is called `{0}`; `mathdrill demo` lists them")]
    Unknown(String),
    #[error("{demo}: what the demo shows did not hold:\n  {}", .failed.join("\n  "))]
    ClaimFailed {
        demo: &'static str,
        failed: Vec<String>,
    },
    #[error("a simulation was given bad input: {0}")]
    Sim(#[from] SimError),
    #[error("the demo's example is not usable: {0}")]
    Example(String),
    #[error("{0} has no figure to write as SVG (its output is the text); run it without --svg")]
    NoFigure(&'static str),
    #[error("drawing the SVG failed: {0}")]
    Svg(String),
    // `reason`, not `source`: the message already shows it, so an error chain would repeat it.
    #[error("cannot write {}: {reason}", .path.display())]
    Write {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("writing the output failed: {0}")]
    Output(#[from] std::io::Error),
}
