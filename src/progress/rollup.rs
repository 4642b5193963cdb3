//! Mastery rolled up to syllabus topics and areas, for `mathdrill progress` and the overview's
//! bars.
//!
//! The unit is the (kind, level) pair: a topic's (or area's) mastery is the number of pairs of
//! its kinds that are mastered over the number of pairs its kinds have. A kind with three levels
//! weighs three times a kind with one, because it is three times the work; a pair counts as
//! mastered when the kind's [`Standing::mastered`] has reached it (levels rise in order, so a
//! level 2 mastered above an unmastered level 1 does not count). A kind drilling several topics
//! counts in each of them. Kinds without a standing count as not mastered.

use super::model::Standing;
use crate::engine::{Catalog, KindEntry};
use std::collections::BTreeMap;

/// Mastered (kind, level) pairs out of all the pairs of a topic's or an area's kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rollup {
    pub mastered: u32,
    pub total: u32,
}

impl Rollup {
    /// `mastered / total`, in [0, 1]; 0 for a roll-up of nothing.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.mastered) / f64::from(self.total)
        }
    }

    fn add(&mut self, k: &KindEntry, standings: &BTreeMap<String, Standing>) {
        let reached = standings.get(&k.id).map_or(0, |s| s.mastered);
        let mut levels = k.levels.clone();
        levels.sort_unstable();
        levels.dedup();
        self.total += levels.len() as u32;
        self.mastered += levels.iter().filter(|&&l| l <= reached).count() as u32;
    }
}

/// Per syllabus topic that at least one kind drills, by topic id.
pub fn by_topic(
    standings: &BTreeMap<String, Standing>,
    catalog: &Catalog,
) -> BTreeMap<String, Rollup> {
    let mut out: BTreeMap<String, Rollup> = BTreeMap::new();
    for k in &catalog.kinds {
        let mut topics = k.topics.clone();
        topics.sort_unstable();
        topics.dedup();
        for t in topics {
            out.entry(t).or_default().add(k, standings);
        }
    }
    out
}

/// Per area that has kinds (`linalg`, `prob`, …).
pub fn by_area(
    standings: &BTreeMap<String, Standing>,
    catalog: &Catalog,
) -> BTreeMap<String, Rollup> {
    let mut out: BTreeMap<String, Rollup> = BTreeMap::new();
    for k in &catalog.kinds {
        out.entry(k.area.clone()).or_default().add(k, standings);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::calendar::Calendar;
    use crate::progress::mastery::standing;
    use crate::progress::testing::{catalog, on_day};

    fn standings(mastered: &[(&str, u8)]) -> BTreeMap<String, Standing> {
        mastered
            .iter()
            .map(|&(k, m)| {
                let s = Standing {
                    kind: k.into(),
                    mastered: m,
                    level: m + 1,
                    attempts: 3,
                    first_tries: 3,
                };
                (k.to_string(), s)
            })
            .collect()
    }

    fn r(mastered: u32, total: u32) -> Rollup {
        Rollup { mastered, total }
    }

    #[test]
    fn topics_count_level_pairs_of_their_kinds() {
        let c = catalog();
        let none = by_topic(&BTreeMap::new(), &c);
        // la.vectors: la.a (3 levels) + la.b (1); la.dot: la.b (1) + la.c (2).
        assert_eq!(none["la.vectors"], r(0, 4));
        assert_eq!(none["la.dot"], r(0, 3));
        assert_eq!(none["prob.bayes"], r(0, 2));
        assert_eq!(none.len(), 3);
        let some = by_topic(&standings(&[("la.a", 2), ("la.b", 1), ("la.c", 1)]), &c);
        assert_eq!(some["la.vectors"], r(3, 4));
        // la.c has levels 1 and 3: mastered 1 is one pair of two.
        assert_eq!(some["la.dot"], r(2, 3));
        assert!((some["la.dot"].fraction() - 2.0 / 3.0).abs() < 1e-15);
        assert_eq!(some["prob.bayes"].fraction(), 0.0);
        assert_eq!(Rollup::default().fraction(), 0.0);
    }

    #[test]
    fn areas_count_each_kind_once() {
        let c = catalog();
        let s = standings(&[("la.a", 3), ("la.b", 1), ("prob.d", 1)]);
        let areas = by_area(&s, &c);
        assert_eq!(areas["linalg"], r(4, 6));
        assert_eq!(areas["prob"], r(1, 2));
        assert_eq!(areas.len(), 2);
        assert_eq!(areas["prob"].fraction(), 0.5);
    }

    #[test]
    fn from_a_history_to_the_bars() {
        // la.b level 1 mastered over three days, la.a only one clean day.
        let mut history: Vec<_> = (0..3).map(|d| on_day("la.b", 1, d, 0, true)).collect();
        history.push(on_day("la.a", 1, 0, 1, true));
        let s = standing(&history, &catalog(), &Calendar::UTC);
        let areas = by_area(&s, &catalog());
        assert_eq!(areas["linalg"], r(1, 6));
        let topics = by_topic(&s, &catalog());
        assert_eq!((topics["la.vectors"], topics["la.dot"]), (r(1, 4), r(1, 3)));
    }
}
