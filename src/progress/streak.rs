//! The streak: days in a row with at least one answer.

use super::calendar::Calendar;
use super::model::Attempt;
use std::collections::BTreeSet;

/// Days in a row with an answer, ending today (or yesterday, when today has none yet).
pub fn streak(attempts: &[Attempt], cal: &Calendar, now: i64) -> u32 {
    let days: BTreeSet<i64> = attempts.iter().map(|a| cal.day(a.at)).collect();
    let today = cal.day(now);
    let mut day = if days.contains(&today) {
        today
    } else {
        today - 1
    };
    let mut n = 0;
    while days.contains(&day) {
        n += 1;
        day -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::{DAY, T0, on_day};

    #[test]
    fn a_streak_counts_back_from_today_or_yesterday_and_stops_at_a_gap() {
        let cal = Calendar::UTC;
        let days = |ds: &[i64]| -> Vec<Attempt> {
            ds.iter().map(|&d| on_day("la.a", 1, d, 0, true)).collect()
        };
        assert_eq!(streak(&[], &cal, T0), 0);
        // Days 0, 2, 3, 4 (twice on day 4): three in a row up to day 4.
        let history = days(&[0, 2, 3, 4, 4]);
        assert_eq!(streak(&history, &cal, T0 + 4 * DAY), 3);
        // Nothing yet on day 5: the streak still stands; a day later it is broken.
        assert_eq!(streak(&history, &cal, T0 + 5 * DAY), 3);
        assert_eq!(streak(&history, &cal, T0 + 6 * DAY), 0);
        // A wrong answer still counts as a day of practice.
        let mut missed = days(&[5]);
        missed[0].outcome = crate::progress::Outcome::Wrong;
        let all: Vec<Attempt> = history.into_iter().chain(missed).collect();
        assert_eq!(streak(&all, &cal, T0 + 5 * DAY), 4);
    }
}
