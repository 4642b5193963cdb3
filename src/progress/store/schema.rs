//! The progress store's schema: the one place it is written down, readable from the `sqlite3`
//! shell (`sqlite3 "$MATHDRILL_HOME/progress.sqlite3" .schema`).
//!
//! Conventions: plain column types (INTEGER, REAL, TEXT); every time is INTEGER Unix
//! milliseconds, UTC (`datetime(at / 1000, 'unixepoch')` shows it); enums are their lowercase
//! names as TEXT; uids are 32 lowercase hex digits. Seeds are u64 kept in an INTEGER (signed
//! 64-bit): a seed above 2^63 − 1 reads as itself minus 2^64 (the CLI draws seeds of 1 to 99 999).
//!
//! The version is `PRAGMA user_version`; `PRAGMA application_id` is [`APPLICATION_ID`] so that
//! another program's SQLite file is refused. Opening migrates forward by running the steps of
//! [`MIGRATIONS`] after the file's version, in one transaction; a file of a version above
//! [`LATEST`] was written by a newer mathdrill and is refused untouched.
//!
//! Version history:
//! - 0: an empty file (no tables).
//! - 1: sessions, attempts, review_states (issue 11).

/// "mDri" in ASCII: marks the SQLite file as a mathdrill progress store.
pub const APPLICATION_ID: i64 = 0x6d44_7269;

/// Step `i` migrates version `i` to version `i + 1`. Steps are only ever appended: a released
/// step never changes.
pub const MIGRATIONS: &[&str] = &[V1];

/// The version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

const V1: &str = "
-- One run of a command that records attempts (drill, review, check).
CREATE TABLE sessions (
    uid     TEXT NOT NULL PRIMARY KEY, -- 32 lowercase hex digits, random, unique across machines
    started INTEGER NOT NULL,          -- Unix ms
    ended   INTEGER,                   -- Unix ms; NULL when it did not end normally (killed)
    command TEXT NOT NULL              -- what was run, with its filter: 'linalg la.inverse'
);

-- One judged question, committed the moment it was judged.
CREATE TABLE attempts (
    id      INTEGER PRIMARY KEY,       -- local insertion order (not exported)
    uid     TEXT NOT NULL UNIQUE,      -- 32 lowercase hex digits: import skips a uid present
    session TEXT NOT NULL REFERENCES sessions (uid) ON DELETE CASCADE,
    at      INTEGER NOT NULL,          -- when it was judged, Unix ms
    kind    TEXT NOT NULL,             -- exercise kind id: 'la.inverse'
    level   INTEGER NOT NULL,          -- 1, 2, 3, ...
    seed    INTEGER NOT NULL,          -- with kind and level, the exercise: `show --seed`
    answer  TEXT NOT NULL,             -- the last answer typed, as typed ('' when none)
    outcome TEXT NOT NULL              -- how it ended
            CHECK (outcome IN ('correct', 'wrong', 'revealed', 'skipped')),
    tries   INTEGER NOT NULL,          -- answers judged wrong (0: the first was right or none)
    score   REAL NOT NULL,             -- the checker's partial credit for the last answer, 0..1
    mistake TEXT,                      -- the named mistake of the last wrong answer, if any
    hints   INTEGER NOT NULL,          -- hints shown before the last answer
    took_ms INTEGER NOT NULL,          -- from the question shown to the verdict, ms
    source  TEXT NOT NULL              -- the command that recorded it
            CHECK (source IN ('drill', 'review', 'check'))
);
CREATE INDEX attempts_by_kind ON attempts (kind, at);
CREATE INDEX attempts_by_time ON attempts (at);

-- The FSRS memory state of one (kind, level), rewritten with each of its attempts.
CREATE TABLE review_states (
    kind        TEXT NOT NULL,
    level       INTEGER NOT NULL,
    stability   REAL NOT NULL,         -- days until recall probability falls to 90%
    difficulty  REAL NOT NULL,         -- 1 (easy) to 10 (hard)
    last_review INTEGER NOT NULL,      -- Unix ms
    due         INTEGER NOT NULL,      -- when it is next due, Unix ms
    reps        INTEGER NOT NULL,      -- reviews so far
    lapses      INTEGER NOT NULL,      -- of which rated Again
    PRIMARY KEY (kind, level)
);
";
