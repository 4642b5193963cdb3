//! Sessions: one row per run of a command that records, opened before its first attempt.

use super::{Store, StoreError, validate};
use crate::progress::model::Session;
use rusqlite::{Connection, Row, params};

impl Store {
    /// Records the start of a session (its attempts refer to its uid).
    pub fn begin_session(&self, s: &Session) -> Result<(), StoreError> {
        validate::session(s).map_err(StoreError::Invalid)?;
        self.write(|tx| insert(tx, s).map(|_| ()).map_err(|e| self.fail(e)))
    }

    /// Marks the session `uid` ended at `at` (Unix ms).
    pub fn end_session(&self, uid: &str, at: i64) -> Result<(), StoreError> {
        self.write(|tx| {
            let changed = tx
                .execute(
                    "UPDATE sessions SET ended = ?1 WHERE uid = ?2",
                    params![at, uid],
                )
                .map_err(|e| self.fail(e))?;
            if changed == 0 {
                return Err(StoreError::Invalid(format!("no session {uid} to end")));
            }
            Ok(())
        })
    }

    /// Every session, in the order they started.
    pub fn sessions(&self) -> Result<Vec<Session>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT uid, started, ended, command FROM sessions ORDER BY started, uid")
            .map_err(|e| self.fail(e))?;
        let rows = stmt.query_map([], from_row).map_err(|e| self.fail(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.fail(e))
    }
}

/// Inserts `s` unless its uid is present; whether it was inserted.
pub(super) fn insert_new(conn: &Connection, s: &Session) -> rusqlite::Result<bool> {
    let sql = "INSERT INTO sessions (uid, started, ended, command) VALUES (?1, ?2, ?3, ?4)
               ON CONFLICT (uid) DO NOTHING";
    Ok(conn.execute(sql, params![s.uid, s.started, s.ended, s.command])? == 1)
}

fn insert(conn: &Connection, s: &Session) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO sessions (uid, started, ended, command) VALUES (?1, ?2, ?3, ?4)",
        params![s.uid, s.started, s.ended, s.command],
    )
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        uid: r.get(0)?,
        started: r.get(1)?,
        ended: r.get(2)?,
        command: r.get(3)?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{session, store};
    use super::*;

    #[test]
    fn sessions_begin_end_and_list_in_start_order() {
        let (_dir, st) = store();
        let late = session(2_000);
        let early = session(1_000);
        st.begin_session(&late).unwrap();
        st.begin_session(&early).unwrap();
        st.end_session(&early.uid, 1_500).unwrap();
        let ended = Session {
            ended: Some(1_500),
            ..early
        };
        assert_eq!(st.sessions().unwrap(), vec![ended, late]);
    }

    #[test]
    fn a_repeated_or_malformed_session_is_refused() {
        let (_dir, st) = store();
        let s = session(1_000);
        st.begin_session(&s).unwrap();
        assert!(st.begin_session(&s).is_err(), "same uid twice");
        let bad = Session {
            uid: "XYZ".into(),
            ..session(1)
        };
        let err = st.begin_session(&bad).unwrap_err().to_string();
        assert!(err.contains("32 lowercase hex"), "{err}");
        let err = st
            .end_session(&super::super::new_uid(), 5)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no session"), "{err}");
        assert_eq!(st.sessions().unwrap().len(), 1);
    }
}
