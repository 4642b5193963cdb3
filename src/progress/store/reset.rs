//! Reset: forget everything, or one kind's attempts and review states.

use super::{Counts, Store, StoreError};

impl Store {
    /// Removes every session, attempt and review state (`kind` = `None`), or the attempts and
    /// review states of one kind (its sessions stay: they may hold other kinds' attempts), in
    /// one transaction; returns what was removed.
    pub fn reset(&self, kind: Option<&str>) -> Result<Counts, StoreError> {
        self.write(|tx| {
            let fail = |e| self.fail(e);
            let removed = match kind {
                None => Counts {
                    attempts: tx.execute("DELETE FROM attempts", []).map_err(fail)?,
                    review_states: tx.execute("DELETE FROM review_states", []).map_err(fail)?,
                    sessions: tx.execute("DELETE FROM sessions", []).map_err(fail)?,
                },
                Some(kind) => Counts {
                    attempts: tx
                        .execute("DELETE FROM attempts WHERE kind = ?1", [kind])
                        .map_err(fail)?,
                    review_states: tx
                        .execute("DELETE FROM review_states WHERE kind = ?1", [kind])
                        .map_err(fail)?,
                    sessions: 0,
                },
            };
            Ok(removed)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::AttemptFilter;
    use super::super::testing::{attempt, session, state, store};
    use super::*;

    /// Two sessions; attempts at la.rank (3, one with a state) and la.inverse (1, with a state).
    fn filled() -> (tempfile::TempDir, Store) {
        let (dir, st) = store();
        let (s1, s2) = (session(0), session(100));
        st.begin_session(&s1).unwrap();
        st.begin_session(&s2).unwrap();
        st.record(&attempt(&s1, "la.rank", 1, 1), None).unwrap();
        st.record(
            &attempt(&s1, "la.rank", 1, 2),
            Some(&state("la.rank", 1, 2)),
        )
        .unwrap();
        st.record(&attempt(&s2, "la.rank", 2, 101), None).unwrap();
        st.record(
            &attempt(&s2, "la.inverse", 1, 102),
            Some(&state("la.inverse", 1, 102)),
        )
        .unwrap();
        (dir, st)
    }

    #[test]
    fn reset_one_kind_removes_its_attempts_and_states_only() {
        let (_dir, st) = filled();
        let removed = st.reset(Some("la.rank")).unwrap();
        let want = Counts {
            sessions: 0,
            attempts: 3,
            review_states: 1,
        };
        assert_eq!(removed, want);
        let left = st.attempts(&AttemptFilter::default()).unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].kind, "la.inverse");
        assert_eq!(
            st.review_states().unwrap(),
            vec![state("la.inverse", 1, 102)]
        );
        assert_eq!(st.sessions().unwrap().len(), 2);
        assert_eq!(st.reset(Some("la.rank")).unwrap(), Counts::default());
    }

    #[test]
    fn reset_all_removes_everything() {
        let (_dir, st) = filled();
        let want = Counts {
            sessions: 2,
            attempts: 4,
            review_states: 2,
        };
        assert_eq!(st.reset(None).unwrap(), want);
        assert!(st.attempts(&AttemptFilter::default()).unwrap().is_empty());
        assert!(st.sessions().unwrap().is_empty());
        assert!(st.review_states().unwrap().is_empty());
        assert_eq!(st.reset(None).unwrap(), Counts::default());
    }
}
