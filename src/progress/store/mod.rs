//! The progress store: attempts, sessions and review states in one SQLite file (WAL mode), so
//! that every judged question is on disk before the next is asked and two drills running at once
//! both record everything.
//!
//! The CLI decides where the file lives (`$MATHDRILL_HOME`, else the platform's data directory)
//! and passes the path; nothing here reads the environment or the clock. The schema and its
//! versions are in [`schema`]; export and import (JSON lines) in `exchange`.
//!
//! A [`Store`] is one connection: use it from one thread (it is `Send`, not `Sync`); open one
//! per thread or process. Every write is one `BEGIN IMMEDIATE` transaction that waits up to
//! [`BUSY_TIMEOUT`] for another writer and is committed (synchronous = FULL) before the call
//! returns.

mod attempts;
#[cfg(test)]
mod child;
#[cfg(test)]
mod concurrency_tests;
mod error;
mod exchange;
#[cfg(test)]
mod exchange_tests;
mod open;
#[cfg(test)]
mod open_tests;
#[cfg(test)]
mod readonly_tests;
mod reset;
mod review_states;
pub mod schema;
mod sessions;
#[cfg(test)]
mod testing;
mod validate;

pub use attempts::AttemptFilter;
pub use error::StoreError;
pub use exchange::{FORMAT, FORMAT_VERSION, Imported, MAX_IMPORT_BYTES, MAX_LINE_BYTES};

use rusqlite::ffi::ErrorCode;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a write waits for another process's write to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open progress store (one SQLite connection).
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// `None` for the in-memory store.
    path: Option<PathBuf>,
    busy_timeout: Duration,
}

/// How many records of each table an operation removed, wrote or read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub sessions: usize,
    pub attempts: usize,
    pub review_states: usize,
}

/// A fresh uid for a session or an attempt: 32 lowercase hex digits from the thread's
/// OS-seeded generator (128 random bits: no two machines collide).
pub fn new_uid() -> String {
    format!("{:032x}", rand::random::<u128>())
}

impl Store {
    /// The file this store lives in (`None` for [`Store::open_in_memory`]).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The error for a failed SQLite call, named for what the learner can do about it.
    fn fail(&self, e: rusqlite::Error) -> StoreError {
        classify(self.path.as_deref(), self.busy_timeout, e)
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction (waiting for another writer up to the busy
    /// timeout) and commits it; any error rolls everything back.
    fn write<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(|e| self.fail(e))?;
        let out = f(&tx)?;
        tx.commit().map_err(|e| self.fail(e))?;
        Ok(out)
    }
}

/// Maps an SQLite error to the [`StoreError`] that says what to do about it.
fn classify(path: Option<&Path>, busy_timeout: Duration, e: rusqlite::Error) -> StoreError {
    let path = error::shown(path);
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked {
            path,
            seconds: busy_timeout.as_secs_f64(),
        },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
        Some(ErrorCode::NotADatabase) => StoreError::NotAStore {
            path,
            why: "not an SQLite database".into(),
        },
        Some(ErrorCode::CannotOpen) => StoreError::CannotOpen {
            path,
            why: e.to_string(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            path,
            why: e.to_string(),
        },
        _ => StoreError::Sqlite { path, source: e },
    }
}
