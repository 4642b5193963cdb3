//! Fixtures for the store's tests.

use super::{Store, new_uid};
use crate::progress::model::{Attempt, Outcome, ReviewState, Session, Source};

/// A new store in a fresh temporary directory (kept alive by the returned guard).
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let st = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    (dir, st)
}

pub fn session(started: i64) -> Session {
    Session {
        uid: new_uid(),
        started,
        ended: None,
        command: "linalg".into(),
    }
}

/// A first-try correct drill attempt of `s`.
pub fn attempt(s: &Session, kind: &str, level: u8, at: i64) -> Attempt {
    Attempt {
        uid: new_uid(),
        session: s.uid.clone(),
        at,
        kind: kind.into(),
        level,
        seed: 42,
        answer: "3".into(),
        outcome: Outcome::Correct,
        tries: 0,
        score: 1.0,
        mistake: None,
        hints: 0,
        took_ms: 1234,
        source: Source::Drill,
    }
}

pub fn state(kind: &str, level: u8, at: i64) -> ReviewState {
    ReviewState {
        kind: kind.into(),
        level,
        stability: 2.5,
        difficulty: 5.0,
        last_review: at,
        due: at + 86_400_000,
        reps: 1,
        lapses: 0,
    }
}
