//! Mastery: when a learner has a (kind, level), and where they stand on each kind.
//!
//! **The rule.** The attempts at one (kind, level) are grouped by the learner's calendar day
//! ([`Calendar`]). A day is *clean* when every attempt at that level that day was a clean
//! success: right on the first try without a hint ([`clean_success`]). A level is **mastered**
//! when at least [`CLEAN_DAYS_NEEDED`] (3) of its last [`DAYS_WINDOW`] (4) days with attempts
//! were clean.
//!
//! Why this form of the issue's "3 first-try successes in the last 4, spaced at least a day
//! apart":
//! - counting days rather than attempts makes the spacing automatic (three successes in one
//!   sitting are one day, proof of nothing but short-term memory), and a learner who drills a
//!   kind often within a day is not penalised: taking the last four *attempts* would let a busy
//!   day push the earlier days out of the window, so mastery could never be reached by drilling
//!   more;
//! - a miss on a day spoils that day even if other answers that day were right: a slip among
//!   same-day answers is the evidence the level is not yet automatic;
//! - one bad day among four is forgiven, two are not;
//! - a hint does part of the work, so a hinted success is not clean (FSRS rates it Hard);
//! - mastery is recomputed from the recent days, so it can be lost: two unclean days among the
//!   last four at a mastered level (say, failed reviews) un-master it and the kind's level
//!   falls back to it.
//!
//! **Levels rise in order.** A kind's [`Standing::mastered`] is the highest of its levels such
//! that it and every level of the kind below it are mastered; [`Standing::level`] is the lowest
//! level not mastered (the kind's top level once all are). Mastering level 2 before level 1
//! leaves the kind at level 1 until level 1 is mastered too.

use super::calendar::Calendar;
use super::model::{Attempt, Standing};
use super::rating::clean_success;
use crate::engine::Catalog;
use std::collections::BTreeMap;

/// Clean days among the last [`DAYS_WINDOW`] that master a level.
pub const CLEAN_DAYS_NEEDED: usize = 3;
/// How many of the most recent days with attempts at a level the rule looks at.
pub const DAYS_WINDOW: usize = 4;
// A level must be masterable within the window (and `days_to_go` ends).
const _: () = assert!(CLEAN_DAYS_NEEDED <= DAYS_WINDOW);

/// How one (kind, level) stands against the rule: its last days with attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelMastery {
    /// Whether each of the last [`DAYS_WINDOW`] days with attempts was clean, most recent first.
    pub recent: Vec<bool>,
}

impl LevelMastery {
    pub fn clean_days(&self) -> usize {
        self.recent.iter().filter(|&&c| c).count()
    }

    pub fn mastered(&self) -> bool {
        self.clean_days() >= CLEAN_DAYS_NEEDED
    }

    /// Clean days still needed if every next day is clean (0 once mastered): each new day
    /// enters the window and, once it is full, pushes out the oldest, which may be clean.
    pub fn days_to_go(&self) -> usize {
        let mut window = self.recent.clone();
        let mut n = 0;
        while !(LevelMastery {
            recent: window.clone(),
        })
        .mastered()
        {
            window.insert(0, true);
            window.truncate(DAYS_WINDOW);
            n += 1;
        }
        n
    }
}

/// The rule applied to every (kind, level) that has attempts, keyed by (kind, level).
pub fn level_mastery(attempts: &[Attempt], cal: &Calendar) -> BTreeMap<(String, u8), LevelMastery> {
    // (kind, level) -> day -> clean so far
    let mut days: BTreeMap<(&str, u8), BTreeMap<i64, bool>> = BTreeMap::new();
    for a in attempts {
        let clean = days
            .entry((a.kind.as_str(), a.level))
            .or_default()
            .entry(cal.day(a.at))
            .or_insert(true);
        *clean &= clean_success(a);
    }
    days.into_iter()
        .map(|((kind, level), by_day)| {
            let recent = by_day.values().rev().take(DAYS_WINDOW).copied().collect();
            ((kind.to_string(), level), LevelMastery { recent })
        })
        .collect()
}

/// Where the learner stands on every kind of the catalog (attempted or not), by kind id.
/// Attempts at kinds the catalog does not have are ignored; attempts at a level the kind does
/// not have count in `attempts` and `first_tries` but master nothing.
pub fn standing(
    attempts: &[Attempt],
    catalog: &Catalog,
    cal: &Calendar,
) -> BTreeMap<String, Standing> {
    let levels = level_mastery(attempts, cal);
    let mut out: BTreeMap<String, Standing> = catalog
        .kinds
        .iter()
        .map(|k| {
            let mut ladder = k.levels.clone();
            ladder.sort_unstable();
            ladder.dedup();
            let is_mastered = |l: u8| {
                levels
                    .get(&(k.id.clone(), l))
                    .is_some_and(LevelMastery::mastered)
            };
            let mastered = ladder
                .iter()
                .take_while(|&&l| is_mastered(l))
                .last()
                .copied()
                .unwrap_or(0);
            let level = ladder
                .iter()
                .copied()
                .find(|&l| l > mastered)
                .or(ladder.last().copied())
                .unwrap_or(1);
            let s = Standing {
                kind: k.id.clone(),
                mastered,
                level,
                attempts: 0,
                first_tries: 0,
            };
            (k.id.clone(), s)
        })
        .collect();
    for a in attempts {
        if let Some(s) = out.get_mut(&a.kind) {
            s.attempts = s.attempts.saturating_add(1);
            s.first_tries = s.first_tries.saturating_add(u32::from(a.first_try()));
        }
    }
    out
}

#[cfg(test)]
mod tests;
