//! The FSRS memory state of each (kind, level), stepped with the `fsrs` crate (FSRS-6, its
//! default parameters: the ones Anki starts every learner with).
//!
//! Conventions:
//! - **Every attempt is a review.** A (kind, level) plays the part of an Anki card; each judged
//!   attempt at it steps its memory state with the attempt's [`Rating`]. There are no learning
//!   steps: the first review already schedules in days.
//! - **Elapsed days are calendar days** of the learner's [`Calendar`] (as Anki counts them by its
//!   day boundaries), not 24-hour periods. A later attempt at the same (kind, level) on the same
//!   day has 0 elapsed days and takes FSRS's short-term path (as Anki's same-day reviews do):
//!   a same-day Good barely moves the stability, a same-day Again cuts it, and each updates the
//!   difficulty. An attempt dated before the last review (a skewed clock) counts 0 days.
//! - **Due** = the review's instant + the FSRS interval for the desired retention, rounded to whole
//!   days (half away from zero), at least 1 day and at most [`MAX_INTERVAL_DAYS`] (Anki's maximum).
//!   "Due today" is then `calendar.day(due) <= calendar.day(now)`.
//! - `reps` counts every review; `lapses` counts Again on a (kind, level) that already had a
//!   memory state (Anki counts a lapse only when a card in review is forgotten; a first answer
//!   rated Again is not a lapse).
//! - Desired retention: [`DEFAULT_RETENTION`] (0.9), settable within [`RETENTION_RANGE`]; higher
//!   retention gives shorter intervals.
//!
//! Checked against the Python `fsrs` package (py-fsrs 6.3.2, the FSRS authors' reference
//! scheduler, with no learning steps and no fuzzing): `tests/data/fsrs/`.

use super::calendar::Calendar;
use super::model::{Attempt, ReviewState};
use super::rating::{Pace, Rating, rate};
use fsrs::{FSRS, MemoryState};
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

pub const DEFAULT_RETENTION: f64 = 0.9;
/// Below 0.7 reviews come too late to help; above 0.99 they come nearly every day.
pub const RETENTION_RANGE: RangeInclusive<f64> = 0.7..=0.99;
/// Anki's and py-fsrs's default maximum interval (about 100 years).
pub const MAX_INTERVAL_DAYS: i64 = 36_500;
const MS_PER_DAY: i64 = 86_400_000;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScheduleError {
    #[error(
        "desired retention {0} is out of range: give a probability from 0.7 to 0.99 (default 0.9)"
    )]
    Retention(f64),
    #[error(
        "the stored memory state of {kind} level {level} is not finite \
         (stability {stability}, difficulty {difficulty}): reset it with `mathdrill progress --reset {kind}`"
    )]
    InvalidState {
        kind: String,
        level: u8,
        stability: f32,
        difficulty: f32,
    },
    #[error("a review of {kind} level {level} was given the state of {other} level {other_level}")]
    Mismatch {
        kind: String,
        level: u8,
        other: String,
        other_level: u8,
    },
}

/// FSRS with the default parameters, a desired retention and the learner's calendar.
#[derive(Debug, Clone)]
pub struct Scheduler {
    fsrs: FSRS,
    retention: f32,
    calendar: Calendar,
}

impl Default for Scheduler {
    /// Retention 0.9, UTC days.
    fn default() -> Scheduler {
        Scheduler {
            fsrs: FSRS::default(),
            retention: DEFAULT_RETENTION as f32,
            calendar: Calendar::UTC,
        }
    }
}

impl Scheduler {
    /// A scheduler aiming at `retention` (within [`RETENTION_RANGE`]; NaN is refused).
    pub fn new(retention: f64, calendar: Calendar) -> Result<Scheduler, ScheduleError> {
        if !RETENTION_RANGE.contains(&retention) {
            return Err(ScheduleError::Retention(retention));
        }
        Ok(Scheduler {
            retention: retention as f32,
            calendar,
            ..Scheduler::default()
        })
    }

    pub fn retention(&self) -> f64 {
        f64::from(self.retention)
    }

    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// The state of (`kind`, `level`) after a review rated `rating` at `now` (Unix ms), from its
    /// state before (`None`: never reviewed).
    pub fn review(
        &self,
        prev: Option<&ReviewState>,
        kind: &str,
        level: u8,
        rating: Rating,
        now: i64,
    ) -> Result<ReviewState, ScheduleError> {
        let memory = match prev {
            None => None,
            Some(p) if p.kind != kind || p.level != level => {
                return Err(ScheduleError::Mismatch {
                    kind: kind.to_string(),
                    level,
                    other: p.kind.clone(),
                    other_level: p.level,
                });
            }
            Some(p) if !(p.stability.is_finite() && p.difficulty.is_finite()) => {
                return Err(ScheduleError::InvalidState {
                    kind: kind.to_string(),
                    level,
                    stability: p.stability,
                    difficulty: p.difficulty,
                });
            }
            Some(p) => Some(MemoryState {
                stability: p.stability,
                difficulty: p.difficulty,
            }),
        };
        let elapsed = prev.map_or(0, |p| {
            self.calendar
                .days_between(p.last_review, now)
                .clamp(0, i64::from(u32::MAX)) as u32
        });
        let invalid = || ScheduleError::InvalidState {
            kind: kind.to_string(),
            level,
            stability: prev.map_or(f32::NAN, |p| p.stability),
            difficulty: prev.map_or(f32::NAN, |p| p.difficulty),
        };
        let next = self
            .fsrs
            .next_states(memory, self.retention, elapsed)
            .map_err(|_| invalid())?;
        let item = match rating {
            Rating::Again => next.again,
            Rating::Hard => next.hard,
            Rating::Good => next.good,
            Rating::Easy => next.easy,
        };
        if !item.interval.is_finite() {
            return Err(invalid());
        }
        let days = (item.interval.round() as i64).clamp(1, MAX_INTERVAL_DAYS);
        let (reps, lapses) = prev.map_or((0, 0), |p| (p.reps, p.lapses));
        let lapsed = prev.is_some() && rating == Rating::Again;
        Ok(ReviewState {
            kind: kind.to_string(),
            level,
            stability: item.memory.stability,
            difficulty: item.memory.difficulty,
            last_review: now,
            due: now.saturating_add(days * MS_PER_DAY),
            reps: reps.saturating_add(1),
            lapses: lapses.saturating_add(u32::from(lapsed)),
        })
    }

    /// The review states that `attempts` produce, one per (kind, level) attempted, in (kind,
    /// level) order: what the store recomputes after an import. Attempts are taken in time order
    /// (sorted here; equal times keep their given order), each rated by [`rate`] with the pace
    /// of the attempts before it.
    pub fn replay(&self, attempts: &[Attempt]) -> Result<Vec<ReviewState>, ScheduleError> {
        let mut ordered: Vec<&Attempt> = attempts.iter().collect();
        ordered.sort_by_key(|a| a.at);
        let mut states: BTreeMap<(&str, u8), (Pace, Option<ReviewState>)> = BTreeMap::new();
        for a in ordered {
            let (pace, state) = states.entry((a.kind.as_str(), a.level)).or_default();
            let rating = rate(a, pace);
            pace.record(a);
            *state = Some(self.review(state.as_ref(), &a.kind, a.level, rating, a.at)?);
        }
        Ok(states.into_values().filter_map(|(_, s)| s).collect())
    }
}

/// One review with the default parameters and UTC days: see [`Scheduler::review`].
pub fn review(
    prev: Option<&ReviewState>,
    kind: &str,
    level: u8,
    rating: Rating,
    now: i64,
    desired_retention: f64,
) -> Result<ReviewState, ScheduleError> {
    Scheduler::new(desired_retention, Calendar::UTC)?.review(prev, kind, level, rating, now)
}

/// The states a history produces with UTC days: see [`Scheduler::replay`].
pub fn replay(
    attempts: &[Attempt],
    desired_retention: f64,
) -> Result<Vec<ReviewState>, ScheduleError> {
    Scheduler::new(desired_retention, Calendar::UTC)?.replay(attempts)
}

#[cfg(test)]
mod tests;
