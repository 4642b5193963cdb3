//! Recording what the learner answers: each judged question goes into the progress store
//! (`progress.sqlite` in the data directory), with the new FSRS state of its (kind, level), before
//! the next question is asked. With `--no-save` nothing is written. A store that cannot be opened
//! or written is one warning on stderr, and the command goes on without saving.

use super::state;
use crate::engine::Problem;
use crate::progress::store::{AttemptFilter, Store, StoreError, new_uid};
use crate::progress::{
    Attempt, Calendar, Learner, Outcome, Pace, ReviewState, ScheduleError, Scheduler, Session,
    Source, rate,
};
use std::path::PathBuf;

/// The store's file name in the data directory.
pub const STORE_FILE: &str = "progress.sqlite";

/// Where the progress store lives: `$MATHDRILL_HOME/progress.sqlite`, else the platform's data
/// directory.
pub fn store_path() -> Option<PathBuf> {
    state::data_dir().map(|d| d.join(STORE_FILE))
}

/// Opens the progress store, or says on stderr why it cannot and returns `None`.
pub fn open_store() -> Option<Store> {
    let Some(path) = store_path() else {
        warn("no data directory was found (set MATHDRILL_HOME)");
        return None;
    };
    match Store::open(&path) {
        Ok(store) => Some(store),
        Err(e) => {
            warn(&e.to_string());
            None
        }
    }
}

/// The environment variable that sets FSRS's desired retention (default 0.9).
pub const RETENTION_VAR: &str = "MATHDRILL_RETENTION";

/// The scheduler, aiming at `MATHDRILL_RETENTION` when it is set (a value that is not a
/// probability from 0.7 to 0.99 is an error that says so).
pub fn scheduler() -> anyhow::Result<Scheduler> {
    match std::env::var(RETENTION_VAR) {
        Ok(text) if !text.trim().is_empty() => {
            let r: f64 = text.trim().parse().map_err(|_| {
                anyhow::anyhow!("{RETENTION_VAR}={text:?} is not a number: give a probability from 0.7 to 0.99, such as 0.9")
            })?;
            Ok(Scheduler::new(r, Calendar::UTC)?)
        }
        _ => Ok(Scheduler::default()),
    }
}

/// The learner the progress store knows: a learner with nothing recorded when there is no store
/// yet; `Err` says why a store that is there cannot be read.
pub fn learner(cal: &Calendar) -> Result<Learner, StoreError> {
    let catalog = crate::registry().catalog();
    match store_path().filter(|p| p.exists()) {
        Some(path) => Learner::from_store(&Store::open(&path)?, catalog, cal),
        None => Ok(Learner::newcomer(catalog, cal)),
    }
}

/// The learner, for planning a drill: a new learner when the store cannot be read (the
/// recording then says why).
pub fn learner_or_new(cal: &Calendar) -> Learner {
    learner(cal).unwrap_or_else(|_| Learner::newcomer(crate::registry().catalog(), cal))
}

fn warn(why: &str) {
    eprintln!("warning: progress is not saved: {why}");
}

/// Why one attempt could not be saved.
#[derive(Debug, thiserror::Error)]
enum SaveError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
}

/// One command's session of recorded attempts.
pub struct Recorder {
    store: Option<Store>,
    session: Session,
    scheduler: Scheduler,
    source: Source,
}

impl Recorder {
    /// A session of `command` (`linalg`, `review`, `check la.inverse`), saving unless `save` is
    /// false or the store cannot be opened.
    pub fn start(
        save: bool,
        command: &str,
        source: Source,
        now: i64,
        scheduler: Scheduler,
    ) -> Recorder {
        let session = Session {
            uid: new_uid(),
            started: now,
            ended: None,
            command: command.to_string(),
        };
        let mut store = if save { open_store() } else { None };
        if let Some(s) = &store
            && let Err(e) = s.begin_session(&session)
        {
            warn(&e.to_string());
            store = None;
        }
        Recorder {
            store,
            session,
            scheduler,
            source,
        }
    }

    /// Whether attempts are being saved.
    pub fn saving(&self) -> bool {
        self.store.is_some()
    }

    /// An attempt at `p` judged at `at`, with nothing happened yet (no answer, no tries, no
    /// hints, skipped): the caller fills in what did.
    pub fn attempt(&self, p: &Problem, at: i64) -> Attempt {
        Attempt {
            uid: new_uid(),
            session: self.session.uid.clone(),
            at,
            kind: p.kind.to_string(),
            level: p.level,
            seed: p.seed,
            answer: String::new(),
            outcome: Outcome::Skipped,
            tries: 0,
            score: 0.0,
            mistake: None,
            hints: 0,
            took_ms: 0,
            source: self.source,
        }
    }

    /// Saves `a` with the new review state of its (kind, level), which it returns. On failure
    /// says once why and saves nothing more.
    pub fn record(&mut self, a: &Attempt) -> Option<ReviewState> {
        let store = self.store.as_ref()?;
        match save(store, &self.scheduler, a) {
            Ok(state) => Some(state),
            Err(e) => {
                warn(&e.to_string());
                self.store = None;
                None
            }
        }
    }

    /// Marks the session ended at `now`.
    pub fn finish(self, now: i64) {
        if let Some(store) = &self.store
            && let Err(e) = store.end_session(&self.session.uid, now)
        {
            warn(&e.to_string());
        }
    }
}

/// The FSRS step for `a` (rated from what happened and the learner's pace at its kind and level),
/// then the attempt and the new state in one transaction.
fn save(store: &Store, scheduler: &Scheduler, a: &Attempt) -> Result<ReviewState, SaveError> {
    let previous = store.review_state(&a.kind, a.level)?;
    let history = store.attempts(&AttemptFilter::kind(&a.kind))?;
    let pace = Pace::from_history(&history, &a.kind, a.level);
    let state = scheduler.review(previous.as_ref(), &a.kind, a.level, rate(a, &pace), a.at)?;
    store.record(a, Some(&state))?;
    Ok(state)
}
