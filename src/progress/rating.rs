//! The FSRS rating of one attempt, derived from what happened (the learner never presses a
//! button):
//!
//! | what happened                                                  | rating |
//! |----------------------------------------------------------------|--------|
//! | wrong on the last try, or the solution revealed, or skipped    | Again  |
//! | right, but after a wrong try or after a hint                   | Hard   |
//! | right on the first try without hints                           | Good   |
//! | right on the first try without hints, and fast                 | Easy   |
//!
//! **Fast** is relative to the learner's own pace at that kind and level, because a fixed
//! threshold cannot fit both a dot product and a 3×3 eigenvector: an answer is fast when it took
//! at most half ([`FAST_FRACTION`]) the median time of the learner's last [`PACE_WINDOW`] clean
//! successes (right first try, no hints) at the same (kind, level), and there are at least
//! [`PACE_MIN`] of them. Until then no answer is fast, so a new learner's first answers are at
//! most Good. An attempt without a positive time (`took_ms <= 0`: unknown) is never fast and does
//! not enter the pace.

use super::model::{Attempt, Outcome};
use std::collections::VecDeque;

/// The four FSRS answer grades, numbered as FSRS numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    /// 1 (Again) to 4 (Easy).
    pub fn number(self) -> u32 {
        self as u32
    }

    /// The rating numbered `n` (1–4).
    pub fn from_number(n: u32) -> Option<Rating> {
        match n {
            1 => Some(Rating::Again),
            2 => Some(Rating::Hard),
            3 => Some(Rating::Good),
            4 => Some(Rating::Easy),
            _ => None,
        }
    }
}

/// An answer is fast at most this fraction of the learner's median time.
pub const FAST_FRACTION: f64 = 0.5;
/// The pace is the median of this many most recent clean successes.
pub const PACE_WINDOW: usize = 9;
/// No answer is fast until the pace has this many clean successes.
pub const PACE_MIN: usize = 3;

/// Right on the first try without a hint: the attempts that rate Good or Easy, make the pace and
/// count towards mastery.
pub fn clean_success(a: &Attempt) -> bool {
    a.first_try() && a.hints == 0
}

/// The learner's recent times (ms) of clean successes at one (kind, level), oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pace {
    times: VecDeque<i64>,
}

impl Pace {
    pub fn new() -> Pace {
        Pace::default()
    }

    /// The pace at `kind` and `level` from earlier attempts (any kinds, any order: they are
    /// filtered and put in time order here).
    pub fn from_history<'a>(
        earlier: impl IntoIterator<Item = &'a Attempt>,
        kind: &str,
        level: u8,
    ) -> Pace {
        let mut mine: Vec<&Attempt> = earlier
            .into_iter()
            .filter(|a| a.kind == kind && a.level == level)
            .collect();
        mine.sort_by_key(|a| a.at);
        let mut pace = Pace::new();
        for a in mine {
            pace.record(a);
        }
        pace
    }

    /// Adds `a` to the pace if it is a clean success with a known time.
    pub fn record(&mut self, a: &Attempt) {
        if clean_success(a) && a.took_ms > 0 {
            if self.times.len() == PACE_WINDOW {
                self.times.pop_front();
            }
            self.times.push_back(a.took_ms);
        }
    }

    /// The median of the recent times (the mean of the middle two for an even count), once
    /// there are [`PACE_MIN`] of them.
    pub fn median_ms(&self) -> Option<f64> {
        if self.times.len() < PACE_MIN {
            return None;
        }
        let mut t: Vec<i64> = self.times.iter().copied().collect();
        t.sort_unstable();
        let n = t.len();
        Some(if n % 2 == 1 {
            t[n / 2] as f64
        } else {
            (t[n / 2 - 1] as f64 + t[n / 2] as f64) / 2.0
        })
    }

    /// Whether an answer that took `took_ms` is fast for this learner.
    pub fn is_fast(&self, took_ms: i64) -> bool {
        took_ms > 0
            && self
                .median_ms()
                .is_some_and(|m| took_ms as f64 <= FAST_FRACTION * m)
    }
}

/// The rating of `a`, given the learner's pace at its kind and level before it.
pub fn rate(a: &Attempt, pace: &Pace) -> Rating {
    match a.outcome {
        Outcome::Wrong | Outcome::Revealed | Outcome::Skipped => Rating::Again,
        Outcome::Correct if a.tries > 0 || a.hints > 0 => Rating::Hard,
        Outcome::Correct if pace.is_fast(a.took_ms) => Rating::Easy,
        Outcome::Correct => Rating::Good,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::attempt;

    fn paced(times: &[i64]) -> Pace {
        let history: Vec<Attempt> = times
            .iter()
            .enumerate()
            .map(|(i, &t)| attempt("la.dot", i as i64, t))
            .collect();
        Pace::from_history(&history, "la.dot", 1)
    }

    #[test]
    fn what_happened_decides_the_rating() {
        let pace = paced(&[40_000, 40_000, 40_000]);
        let good = attempt("la.dot", 10, 30_000);
        assert_eq!(rate(&good, &pace), Rating::Good);
        let fast = Attempt {
            took_ms: 20_000,
            ..good.clone()
        };
        assert_eq!(rate(&fast, &pace), Rating::Easy);
        for outcome in [Outcome::Wrong, Outcome::Revealed, Outcome::Skipped] {
            let a = Attempt {
                outcome,
                tries: 1,
                took_ms: 1,
                ..good.clone()
            };
            assert_eq!(rate(&a, &pace), Rating::Again, "{outcome:?}");
        }
        // A wrong first try with no retry allowed (check) is Again too.
        let once = Attempt {
            outcome: Outcome::Wrong,
            ..good.clone()
        };
        assert_eq!(rate(&once, &pace), Rating::Again);
        // Right after a retry, or after a hint, is Hard even when fast.
        let retried = Attempt {
            tries: 1,
            took_ms: 1,
            ..good.clone()
        };
        assert_eq!(rate(&retried, &pace), Rating::Hard);
        let hinted = Attempt {
            hints: 1,
            took_ms: 1,
            ..good.clone()
        };
        assert_eq!(rate(&hinted, &pace), Rating::Hard);
    }

    #[test]
    fn fast_is_at_most_half_the_median_of_recent_clean_successes() {
        // Fewer than three clean successes: nothing is fast yet.
        assert!(!paced(&[]).is_fast(1));
        assert!(!paced(&[60_000, 60_000]).is_fast(1));
        // Median of 10, 50, 30 s is 30 s: 15 s is fast, 15.001 s is not.
        let p = paced(&[10_000, 50_000, 30_000]);
        assert_eq!(p.median_ms(), Some(30_000.0));
        assert!(p.is_fast(15_000));
        assert!(!p.is_fast(15_001));
        // An even count takes the mean of the middle two.
        assert_eq!(paced(&[10, 20, 30, 40]).median_ms(), Some(25.0));
        // Only the last nine count: nine 10 s answers after many slow ones.
        let mut times = vec![100_000; 20];
        times.extend([10_000; 9]);
        assert_eq!(paced(&times).median_ms(), Some(10_000.0));
        // An unknown time is never fast and does not enter the pace.
        assert!(!p.is_fast(0) && !p.is_fast(-5));
        assert_eq!(paced(&[0, -1, 10, 20]).median_ms(), None);
    }

    #[test]
    fn the_pace_keeps_only_clean_successes_at_its_kind_and_level() {
        let mut history = vec![
            attempt("la.dot", 3, 30_000),
            attempt("la.dot", 1, 10_000),
            attempt("la.dot", 2, 20_000),
        ];
        let base = attempt("la.dot", 4, 1);
        history.push(Attempt {
            hints: 1,
            ..base.clone()
        });
        history.push(Attempt {
            tries: 1,
            ..base.clone()
        });
        history.push(Attempt {
            outcome: Outcome::Wrong,
            ..base.clone()
        });
        history.push(Attempt {
            level: 2,
            ..base.clone()
        });
        history.push(attempt("la.inverse", 5, 1));
        let p = Pace::from_history(&history, "la.dot", 1);
        assert_eq!(p.median_ms(), Some(20_000.0));
        // Out of order in, time order kept: the window drops the oldest.
        let mut many: Vec<Attempt> = (0..PACE_WINDOW as i64)
            .map(|i| attempt("la.dot", 100 + i, 10))
            .collect();
        many.push(attempt("la.dot", 0, 1_000_000));
        assert_eq!(
            Pace::from_history(&many, "la.dot", 1).median_ms(),
            Some(10.0)
        );
    }

    #[test]
    fn rating_numbers_round_trip() {
        for r in [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy] {
            assert_eq!(Rating::from_number(r.number()), Some(r));
        }
        assert_eq!(Rating::from_number(0), None);
        assert_eq!(Rating::from_number(5), None);
    }
}
