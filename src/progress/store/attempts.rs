//! Attempts: recorded one transaction each, the moment they are judged, with the (kind, level)'s
//! new review state; read back in time order, filtered by kind, id prefix and time.

use super::{Store, StoreError, review_states, validate};
use crate::progress::model::{Attempt, ReviewState};
use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Which attempts [`Store::attempts`] returns; the default is all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttemptFilter {
    /// Exactly this kind.
    pub kind: Option<String>,
    /// Kinds whose id starts with this: an area (`"la."`) or a topic (`"la.systems."`).
    pub prefix: Option<String>,
    /// Judged at or after this time (Unix ms).
    pub since: Option<i64>,
}

impl AttemptFilter {
    pub fn kind(kind: &str) -> AttemptFilter {
        AttemptFilter {
            kind: Some(kind.into()),
            ..AttemptFilter::default()
        }
    }

    pub fn prefix(prefix: &str) -> AttemptFilter {
        AttemptFilter {
            prefix: Some(prefix.into()),
            ..AttemptFilter::default()
        }
    }

    pub fn since(self, at: i64) -> AttemptFilter {
        AttemptFilter {
            since: Some(at),
            ..self
        }
    }
}

const COLUMNS: &str = "uid, session, at, kind, level, seed, answer, outcome, tries, score, mistake, hints, took_ms, source";

impl Store {
    /// Records a judged attempt and, when given, its (kind, level)'s new review state, in one
    /// transaction committed before it returns. The attempt's session must have begun.
    pub fn record(&self, a: &Attempt, state: Option<&ReviewState>) -> Result<(), StoreError> {
        validate::attempt(a).map_err(StoreError::Invalid)?;
        if let Some(s) = state {
            validate::review_state(s).map_err(StoreError::Invalid)?;
            if (s.kind.as_str(), s.level) != (a.kind.as_str(), a.level) {
                return Err(StoreError::Invalid(format!(
                    "the review state of {} level {} recorded with an attempt at {} level {}",
                    s.kind, s.level, a.kind, a.level
                )));
            }
        }
        self.write(|tx| {
            let fail = |e| self.fail(e);
            if !session_exists(tx, &a.session).map_err(fail)? {
                return Err(StoreError::Invalid(format!(
                    "attempt {} belongs to session {}, which has not begun",
                    a.uid, a.session
                )));
            }
            if !insert_new(tx, a).map_err(fail)? {
                return Err(StoreError::Invalid(format!(
                    "attempt {} is already recorded",
                    a.uid
                )));
            }
            if let Some(s) = state {
                review_states::upsert(tx, s).map_err(fail)?;
            }
            Ok(())
        })
    }

    /// The attempts `filter` selects, in the order they were judged (ties in recording order).
    pub fn attempts(&self, filter: &AttemptFilter) -> Result<Vec<Attempt>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM attempts
             WHERE (?1 IS NULL OR kind = ?1)
               AND (?2 IS NULL OR substr(kind, 1, length(?2)) = ?2)
               AND (?3 IS NULL OR at >= ?3)
             ORDER BY at, id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map(params![filter.kind, filter.prefix, filter.since], from_row)
            .map_err(|e| self.fail(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.fail(e))
    }
}

pub(super) fn session_exists(conn: &Connection, uid: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sessions WHERE uid = ?1)",
        [uid],
        |r| r.get(0),
    )
}

/// Inserts `a` unless its uid is present; whether it was inserted.
pub(super) fn insert_new(conn: &Connection, a: &Attempt) -> rusqlite::Result<bool> {
    let sql = format!(
        "INSERT INTO attempts ({COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (uid) DO NOTHING"
    );
    let changed = conn.execute(
        &sql,
        params![
            a.uid,
            a.session,
            a.at,
            a.kind,
            a.level,
            // The u64's bits in the signed INTEGER (see `schema`).
            a.seed as i64,
            a.answer,
            enum_text(&a.outcome),
            a.tries,
            a.score,
            a.mistake,
            a.hints,
            a.took_ms,
            enum_text(&a.source),
        ],
    )?;
    Ok(changed == 1)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        uid: r.get(0)?,
        session: r.get(1)?,
        at: r.get(2)?,
        kind: r.get(3)?,
        level: r.get(4)?,
        seed: r.get::<_, i64>(5)? as u64,
        answer: r.get(6)?,
        outcome: text_enum(r, 7)?,
        tries: r.get(8)?,
        score: r.get(9)?,
        mistake: r.get(10)?,
        hints: r.get(11)?,
        took_ms: r.get(12)?,
        source: text_enum(r, 13)?,
    })
}

/// An enum's name as stored: its serde name, so the store, the export and the model agree.
fn enum_text<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("a unit enum serialises to a string, not {other:?}"),
    }
}

/// The enum stored as text in column `i`.
fn text_enum<T: DeserializeOwned>(r: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    serde_json::from_value(serde_json::Value::String(text.clone())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, Value::Text(text).data_type(), Box::new(e))
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{attempt, session, state, store};
    use super::*;
    use crate::progress::model::{Outcome, Source};

    #[test]
    fn record_then_read_back_every_field_and_variant() {
        let (_dir, st) = store();
        let s = session(0);
        st.begin_session(&s).unwrap();
        let outcomes = [
            Outcome::Correct,
            Outcome::Wrong,
            Outcome::Revealed,
            Outcome::Skipped,
        ];
        let sources = [Source::Drill, Source::Review, Source::Check];
        let mut written = Vec::new();
        for (i, outcome) in outcomes.into_iter().enumerate() {
            let a = Attempt {
                outcome,
                source: sources[i % 3],
                seed: [1, u64::MAX, i64::MAX as u64 + 1, 99_999][i],
                score: [0.0, 1.0, 0.1 + 0.2, 1e-300][i],
                mistake: (i % 2 == 1).then(|| "ba_not_ab".to_string()),
                answer: "[[1, 2], [3, 4]] ünïcode".into(),
                ..attempt(&s, "la.inverse", 2, 10 + i as i64)
            };
            st.record(&a, None).unwrap();
            written.push(a);
        }
        assert_eq!(st.attempts(&AttemptFilter::default()).unwrap(), written);
    }

    #[test]
    fn filters_by_kind_prefix_and_time_in_time_order() {
        let (_dir, st) = store();
        let s = session(0);
        st.begin_session(&s).unwrap();
        let a1 = attempt(&s, "la.inverse", 1, 30);
        let a2 = attempt(&s, "la.dot_product", 1, 10);
        let a3 = attempt(&s, "prob.bayes", 1, 20);
        let a4 = attempt(&s, "la.inverse", 2, 40);
        // "la_x" would match a LIKE 'la_%' pattern: the prefix is literal.
        let a5 = attempt(&s, "la_x", 1, 50);
        for a in [&a1, &a2, &a3, &a4, &a5] {
            st.record(a, None).unwrap();
        }
        let kinds = |f: AttemptFilter| -> Vec<i64> {
            st.attempts(&f).unwrap().iter().map(|a| a.at).collect()
        };
        assert_eq!(kinds(AttemptFilter::default()), [10, 20, 30, 40, 50]);
        assert_eq!(kinds(AttemptFilter::kind("la.inverse")), [30, 40]);
        assert_eq!(kinds(AttemptFilter::prefix("la.")), [10, 30, 40]);
        assert_eq!(kinds(AttemptFilter::prefix("la.").since(30)), [30, 40]);
        assert_eq!(kinds(AttemptFilter::default().since(41)), [50]);
        assert!(kinds(AttemptFilter::kind("la")).is_empty());
    }

    #[test]
    fn record_writes_the_review_state_with_the_attempt_or_neither() {
        let (_dir, st) = store();
        let s = session(0);
        st.begin_session(&s).unwrap();
        let a = attempt(&s, "la.rank", 1, 5);
        let r = state("la.rank", 1, 5);
        st.record(&a, Some(&r)).unwrap();
        assert_eq!(st.review_state("la.rank", 1).unwrap(), Some(r.clone()));
        // A state of another (kind, level) is refused, and so is its attempt.
        let b = attempt(&s, "la.rank", 2, 6);
        let err = st.record(&b, Some(&r)).unwrap_err().to_string();
        assert!(
            err.contains("recorded with an attempt at la.rank level 2"),
            "{err}"
        );
        // The same uid twice: the second attempt and its state are rolled back together.
        let newer = ReviewState {
            reps: 9,
            ..r.clone()
        };
        let err = st.record(&a, Some(&newer)).unwrap_err().to_string();
        assert!(err.contains("already recorded"), "{err}");
        assert_eq!(st.attempts(&AttemptFilter::default()).unwrap(), vec![a]);
        assert_eq!(st.review_state("la.rank", 1).unwrap(), Some(r));
    }

    #[test]
    fn an_attempt_needs_its_session_and_sane_values() {
        let (_dir, st) = store();
        let s = session(0);
        let err = st
            .record(&attempt(&s, "la.rank", 1, 5), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("has not begun"), "{err}");
        st.begin_session(&s).unwrap();
        let bad = [
            Attempt {
                score: f64::NAN,
                ..attempt(&s, "la.rank", 1, 5)
            },
            Attempt {
                score: 1.5,
                ..attempt(&s, "la.rank", 1, 5)
            },
            Attempt {
                level: 0,
                ..attempt(&s, "la.rank", 1, 5)
            },
            Attempt {
                at: -1,
                ..attempt(&s, "la.rank", 1, 5)
            },
            Attempt {
                took_ms: -1,
                ..attempt(&s, "la.rank", 1, 5)
            },
            attempt(&s, "la rank", 1, 5),
            attempt(&s, "", 1, 5),
            Attempt {
                uid: "A".repeat(32),
                ..attempt(&s, "la.rank", 1, 5)
            },
        ];
        for a in bad {
            assert!(
                matches!(st.record(&a, None), Err(StoreError::Invalid(_))),
                "{a:?}"
            );
        }
        assert!(st.attempts(&AttemptFilter::default()).unwrap().is_empty());
    }

    #[test]
    fn a_value_edited_out_of_range_in_sqlite3_is_an_error_not_a_panic() {
        let (_dir, st) = store();
        let s = session(0);
        st.begin_session(&s).unwrap();
        st.record(&attempt(&s, "la.rank", 1, 5), None).unwrap();
        st.conn
            .execute("UPDATE attempts SET level = 300", [])
            .unwrap();
        assert!(st.attempts(&AttemptFilter::default()).is_err());
        st.conn
            .execute("UPDATE attempts SET level = 1", [])
            .unwrap();
        st.conn
            .execute_batch("PRAGMA ignore_check_constraints = ON")
            .unwrap();
        st.conn
            .execute("UPDATE attempts SET outcome = 'maybe'", [])
            .unwrap();
        let err = st
            .attempts(&AttemptFilter::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("maybe"), "{err}");
    }
}
