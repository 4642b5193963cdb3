//! Everything that can go wrong with the progress store, each message saying what is wrong and
//! what to do. Opening errors name the file, so that the CLI can print one warning and drill on
//! without saving.

use std::path::Path;

/// The advice for a store that cannot be used where it is.
const ELSEWHERE: &str = "move it away or set MATHDRILL_HOME";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file that is not (or not any more) a mathdrill store: never written to.
    #[error("{path} is not a mathdrill progress store ({why}); {ELSEWHERE}")]
    NotAStore { path: String, why: String },
    /// An SQLite store whose pages do not read back.
    #[error("the progress store {path} is damaged ({why}); {ELSEWHERE}")]
    Damaged { path: String, why: String },
    #[error("{path} is a directory, not a mathdrill progress store; {ELSEWHERE}")]
    IsDirectory { path: String },
    #[error(
        "the progress store {path} cannot be written (read-only file or directory); make it \
         writable or set MATHDRILL_HOME"
    )]
    ReadOnly { path: String },
    #[error(
        "cannot open or create the progress store {path} ({why}); make it and its directory \
         writable or set MATHDRILL_HOME"
    )]
    CannotOpen { path: String, why: String },
    #[error("cannot read {path} ({source}); make it readable or set MATHDRILL_HOME")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot create the directory {path} ({source}); set MATHDRILL_HOME to a writable one")]
    Directory {
        path: String,
        source: std::io::Error,
    },
    /// Written by a newer mathdrill: left untouched.
    #[error(
        "the progress store {path} has schema version {found}, newer than this mathdrill knows \
         ({known}); update mathdrill, or set MATHDRILL_HOME to use another store"
    )]
    Newer {
        path: String,
        found: i64,
        known: i64,
    },
    #[error(
        "the progress store {path} stayed locked by another process for {seconds} s; let the \
         other mathdrill finish and try again"
    )]
    Locked { path: String, seconds: f64 },
    /// A record the store refuses (an attempt without its session, a score outside [0, 1], …).
    #[error("{0}")]
    Invalid(String),
    /// An import file that does not validate: nothing was imported.
    #[error("line {line}: {what}; nothing was imported")]
    Import { line: usize, what: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("the progress store {path}: {source}")]
    Sqlite {
        path: String,
        source: rusqlite::Error,
    },
}

/// How a path is named in messages (`:memory:` for the in-memory store).
pub(super) fn shown(path: Option<&Path>) -> String {
    path.map_or_else(|| ":memory:".to_string(), |p| p.display().to_string())
}
