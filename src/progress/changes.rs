//! What a sitting changed for the learner, for the drill's summary: levels newly mastered (and
//! mastery lost), and kinds the learning path opened because their prerequisites are now
//! mastered.

use super::learner::Learner;
use crate::engine::Catalog;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `kind` is now mastered through level `mastered`; a drill now asks `next` (`None`: every
    /// level is mastered).
    LevelUp {
        kind: String,
        mastered: u8,
        next: Option<u8>,
    },
    /// `kind` was mastered through a higher level and now only through `mastered` (0: none):
    /// two unclean days among the last four.
    LevelDown { kind: String, mastered: u8 },
    /// Every prerequisite of `kind` is now mastered: the path offers it.
    Opened { kind: String },
}

/// The changes from `before` to `after`, in catalog order: level changes first, then the kinds
/// opened.
pub fn changes(before: &Learner, after: &Learner, catalog: &Catalog) -> Vec<Change> {
    let mastered = |l: &Learner, id: &str| l.standings.get(id).map_or(0, |s| s.mastered);
    let open = |l: &Learner, after_: &[String]| after_.iter().all(|a| mastered(l, a) >= 1);
    let mut levels = Vec::new();
    let mut opened = Vec::new();
    for k in &catalog.kinds {
        let (was, now) = (mastered(before, &k.id), mastered(after, &k.id));
        if now > was {
            let next = k.levels.iter().copied().filter(|&l| l > now).min();
            levels.push(Change::LevelUp {
                kind: k.id.clone(),
                mastered: now,
                next,
            });
        } else if now < was {
            levels.push(Change::LevelDown {
                kind: k.id.clone(),
                mastered: now,
            });
        }
        if !k.after.is_empty() && now == 0 && !open(before, &k.after) && open(after, &k.after) {
            opened.push(Change::Opened { kind: k.id.clone() });
        }
    }
    levels.extend(opened);
    levels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::calendar::Calendar;
    use crate::progress::testing::{on_day, path_catalog};

    /// Clean days 0, 1, 2 at `kind` level `level`.
    fn three_clean_days(kind: &str, level: u8) -> Vec<crate::progress::Attempt> {
        (0..3).map(|d| on_day(kind, level, d, 0, true)).collect()
    }

    #[test]
    fn mastering_a_level_raises_the_kind_and_opens_what_comes_after_it() {
        let c = path_catalog();
        let cal = Calendar::UTC;
        let mut history = three_clean_days("la.a", 1);
        let last = history.pop().unwrap();
        let before = Learner::new(history, Vec::new(), &c, &cal);
        let after = before.with(&[last], &[], &c, &cal);
        assert_eq!(
            changes(&before, &after, &c),
            vec![
                Change::LevelUp {
                    kind: "la.a".into(),
                    mastered: 1,
                    next: Some(2)
                },
                // la.c needs only la.a; la.d needs la.b too; prob.y needs prob.x too.
                Change::Opened {
                    kind: "la.c".into()
                },
            ]
        );
        assert_eq!(changes(&after, &after, &c), vec![]);
    }

    #[test]
    fn the_top_level_mastered_has_no_next_level_and_lost_mastery_is_said() {
        let c = path_catalog();
        let cal = Calendar::UTC;
        // la.b has level 1 and 2.
        let mut history = three_clean_days("la.b", 1);
        history.extend((3..6).map(|d| on_day("la.b", 2, d, 0, true)));
        let last = history.pop().unwrap();
        let before = Learner::new(history, Vec::new(), &c, &cal);
        let after = before.with(&[last], &[], &c, &cal);
        assert_eq!(
            changes(&before, &after, &c),
            vec![Change::LevelUp {
                kind: "la.b".into(),
                mastered: 2,
                next: None
            }]
        );
        // Two missed days at level 1 un-master it, and level 2 with it.
        let missed = [
            on_day("la.b", 1, 7, 0, false),
            on_day("la.b", 1, 8, 0, false),
        ];
        let worse = after.with(&missed, &[], &c, &cal);
        assert_eq!(
            changes(&after, &worse, &c),
            vec![Change::LevelDown {
                kind: "la.b".into(),
                mastered: 0
            }]
        );
    }
}
