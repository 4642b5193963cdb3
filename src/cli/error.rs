//! Errors as the command line reports them: a message on stderr and exit code 2, and under
//! `--json` also a JSON object `{"error": …, "position": …}` on stdout, so that a tool reading
//! stdout always gets JSON.

use crate::engine::CheckError;
use crate::expr::ExprError;
use serde_json::{Value as Json, json};

/// An error about a span of the user's input: the human message (input and caret) and the short
/// one with the position, for JSON.
#[derive(Debug, thiserror::Error)]
#[error("{human}")]
pub struct InputError {
    human: String,
    brief: String,
    position: usize,
}

impl InputError {
    /// `what` (e.g. "cannot read this expression") about `error` in `input`.
    pub fn new(what: &str, input: &str, error: &ExprError) -> InputError {
        InputError {
            human: format!("{what}:\n{}", error.render(input)),
            brief: format!("{what}: {}", error.message()),
            position: error.span().0,
        }
    }
}

/// The JSON object for an error: the message in one line where the error knows a shorter form
/// (without the caret drawing), and the character offset (from 0) in the input it is about, or
/// null.
pub fn json_error(e: &anyhow::Error) -> Json {
    for cause in e.chain() {
        if let Some(i) = cause.downcast_ref::<InputError>() {
            return json!({"error": i.brief, "position": i.position});
        }
        if let Some(CheckError::Parse { error, .. }) = cause.downcast_ref::<CheckError>() {
            return json!({
                "error": format!("cannot read this answer: {}", error.message()),
                "position": error.span().0,
            });
        }
        if let Some(error) = cause.downcast_ref::<ExprError>() {
            return json!({"error": error.message(), "position": error.span().0});
        }
    }
    json!({"error": format!("{e:#}"), "position": null})
}

/// The JSON object for a command-line usage error.
pub fn json_usage_error(e: &clap::Error) -> Json {
    let text = e.to_string();
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid arguments");
    json!({"error": first.trim_start_matches("error: "), "position": null})
}

/// Whether raw arguments ask for JSON (`--json`, `--format json`, `--format=json`): for errors
/// found before the arguments could be parsed.
pub fn args_want_json(args: &[std::ffi::OsString]) -> bool {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().any(|(i, a)| {
        *a == "--json"
            || *a == "--format=json"
            || (*a == "--format" && args.get(i + 1) == Some(&"json"))
    })
}
