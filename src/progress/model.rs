//! The records the progress store keeps, the scheduler reads and `progress --export` writes
//! (one JSON object per line). Times are Unix milliseconds, UTC.

use serde::{Deserialize, Serialize};

/// How one question ended for the learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Judged right (on the first try or after a retry: see [`Attempt::tries`]).
    Correct,
    /// Judged wrong on the last try allowed.
    Wrong,
    /// The learner asked for the worked solution before answering right.
    Revealed,
    /// The learner moved on without answering.
    Skipped,
}

/// Which command recorded an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Drill,
    Review,
    Check,
}

/// One judged question: committed to the store the moment it is judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique across machines (32 lowercase hex digits, random): `--import` skips an attempt
    /// whose uid the store already has, so merging two stores never duplicates.
    pub uid: String,
    /// The [`Session::uid`] it belongs to.
    pub session: String,
    /// When it was judged (Unix ms).
    pub at: i64,
    pub kind: String,
    pub level: u8,
    pub seed: u64,
    /// The last answer typed, as typed ("" when none was).
    pub answer: String,
    pub outcome: Outcome,
    /// Answers judged wrong (0: the first answer was right, or none was typed; a right answer
    /// after one retry has 1, a question lost after two wrong answers 2).
    pub tries: u8,
    /// The checker's partial credit for the last answer, in [0, 1] (0 when none was typed).
    pub score: f64,
    /// The named mistake of the last wrong answer (`Verdict::mistake`), if one was recognised.
    pub mistake: Option<String>,
    /// Hints shown before the last answer.
    pub hints: u8,
    /// From the question shown to the verdict (ms).
    pub took_ms: i64,
    pub source: Source,
}

impl Attempt {
    /// Right on the first answer, whether or not hints were shown.
    pub fn first_try(&self) -> bool {
        self.outcome == Outcome::Correct && self.tries == 0
    }
}

/// One run of a command that records attempts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// 32 lowercase hex digits, random.
    pub uid: String,
    pub started: i64,
    /// Set when the session ends normally; `None` after a kill.
    pub ended: Option<i64>,
    /// What was run: `linalg`, `review`, `check`, … with its filter, e.g. `linalg la.inverse`.
    pub command: String,
}

/// The FSRS memory state of one (kind, level) and when it is next due. The `fsrs` crate's types
/// serialise but do not deserialise, so the state is kept here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewState {
    pub kind: String,
    pub level: u8,
    /// FSRS stability: days until recall probability falls to 90%.
    pub stability: f32,
    /// FSRS difficulty, 1 (easy) to 10 (hard).
    pub difficulty: f32,
    /// When it was last reviewed (Unix ms).
    pub last_review: i64,
    /// When it is next due (Unix ms).
    pub due: i64,
    /// Reviews so far, and how many of them were rated Again.
    pub reps: u32,
    pub lapses: u32,
}

/// Where a learner stands on one kind, derived from its attempts by the mastery rule
/// (`progress::mastery`) and read by the learning path (`progress::path`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub kind: String,
    /// The highest level mastered with every level below it mastered too (0: none yet).
    pub mastered: u8,
    /// The level to drill now: the lowest level not yet mastered, or the kind's top level when
    /// all are mastered.
    pub level: u8,
    /// Attempts at any level, and how many were right on the first try.
    pub attempts: u32,
    pub first_tries: u32,
}
