//! Review states: the FSRS memory state of each (kind, level), one row each.

use super::{Store, StoreError, validate};
use crate::progress::model::ReviewState;
use rusqlite::{Connection, Row, params};

const COLUMNS: &str = "kind, level, stability, difficulty, last_review, due, reps, lapses";

impl Store {
    /// The review state of (kind, level), if it has one.
    pub fn review_state(&self, kind: &str, level: u8) -> Result<Option<ReviewState>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM review_states WHERE kind = ?1 AND level = ?2");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.fail(e))?;
        let mut rows = stmt
            .query_map(params![kind, level], from_row)
            .map_err(|e| self.fail(e))?;
        rows.next().transpose().map_err(|e| self.fail(e))
    }

    /// Every review state, by kind then level.
    pub fn review_states(&self) -> Result<Vec<ReviewState>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM review_states ORDER BY kind, level");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.fail(e))?;
        let rows = stmt.query_map([], from_row).map_err(|e| self.fail(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.fail(e))
    }

    /// Replaces every review state by `states`, in one transaction (after an import, the caller
    /// replays the merged attempts through the scheduler and writes the result here).
    pub fn replace_review_states(&self, states: &[ReviewState]) -> Result<(), StoreError> {
        for s in states {
            validate::review_state(s).map_err(StoreError::Invalid)?;
        }
        self.write(|tx| {
            let fail = |e| self.fail(e);
            tx.execute("DELETE FROM review_states", []).map_err(fail)?;
            for s in states {
                if !insert_new(tx, s).map_err(fail)? {
                    return Err(StoreError::Invalid(format!(
                        "two review states of {} level {}",
                        s.kind, s.level
                    )));
                }
            }
            Ok(())
        })
    }
}

/// Writes the state of (kind, level), replacing the one it had.
pub(super) fn upsert(conn: &Connection, s: &ReviewState) -> rusqlite::Result<()> {
    let sql = format!("INSERT OR REPLACE INTO review_states ({COLUMNS}) VALUES {PLACES}");
    conn.execute(&sql, values(s)).map(|_| ())
}

const PLACES: &str = "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

fn insert_new(conn: &Connection, s: &ReviewState) -> rusqlite::Result<bool> {
    let sql = format!("INSERT OR IGNORE INTO review_states ({COLUMNS}) VALUES {PLACES}");
    Ok(conn.execute(&sql, values(s))? == 1)
}

fn values(s: &ReviewState) -> impl rusqlite::Params + '_ {
    (
        &s.kind,
        s.level,
        s.stability,
        s.difficulty,
        s.last_review,
        s.due,
        s.reps,
        s.lapses,
    )
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<ReviewState> {
    Ok(ReviewState {
        kind: r.get(0)?,
        level: r.get(1)?,
        stability: r.get(2)?,
        difficulty: r.get(3)?,
        last_review: r.get(4)?,
        due: r.get(5)?,
        reps: r.get(6)?,
        lapses: r.get(7)?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{state, store};
    use super::*;

    #[test]
    fn replace_review_states_replaces_all_and_reads_back_exactly() {
        let (_dir, st) = store();
        st.replace_review_states(&[state("la.rank", 1, 1), state("la.rank", 2, 2)])
            .unwrap();
        // f32 values that are not round in binary survive the REAL column exactly.
        let b = ReviewState {
            stability: 0.1,
            difficulty: 9.999_999,
            ..state("la.inverse", 3, 7)
        };
        let a = state("la.dot_product", 1, 8);
        st.replace_review_states(&[b.clone(), a.clone()]).unwrap();
        assert_eq!(st.review_states().unwrap(), vec![a.clone(), b.clone()]);
        assert_eq!(st.review_state("la.inverse", 3).unwrap(), Some(b));
        assert_eq!(st.review_state("la.rank", 1).unwrap(), None);
    }

    #[test]
    fn replace_review_states_is_all_or_nothing() {
        let (_dir, st) = store();
        let keep = vec![state("la.rank", 1, 1)];
        st.replace_review_states(&keep).unwrap();
        let twice = [state("la.inverse", 1, 1), state("la.inverse", 1, 2)];
        let err = st.replace_review_states(&twice).unwrap_err().to_string();
        assert!(
            err.contains("two review states of la.inverse level 1"),
            "{err}"
        );
        let nan = ReviewState {
            stability: f32::NAN,
            ..state("la.inverse", 1, 1)
        };
        assert!(matches!(
            st.replace_review_states(&[nan]),
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(st.review_states().unwrap(), keep);
    }
}
