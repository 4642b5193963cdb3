//! What a run prints: the aligned table (with ratio bars and, against a baseline, the change per
//! row), and the JSON of the shared schema.

pub mod bar;
pub mod baseline;
mod table;

pub use table::{header, table};

use super::Run;

/// How a piece of text is to be shown; the caller maps tones to terminal styles (or to nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Head,
    Dim,
    Good,
    Warn,
    Bad,
}

/// Paints text in a tone.
pub type Painter<'a> = &'a dyn Fn(Tone, &str) -> String;

/// No styling at all.
pub fn plain(_: Tone, text: &str) -> String {
    text.to_string()
}

/// The run as the JSON object of the schema (pretty-printed).
pub fn json(run: &Run) -> String {
    serde_json::to_string_pretty(run).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
