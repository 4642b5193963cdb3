//! Accuracy over time: per day or per ISO week, how many attempts and how many were right on
//! the first try ([`Attempt::first_try`]: hints allowed), in the learner's [`Calendar`].

use super::calendar::{self, Calendar};
use super::model::Attempt;
use std::collections::BTreeMap;

/// How attempts are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Calendar days, labelled `2026-12-03`.
    Day,
    /// ISO 8601 weeks (Monday to Sunday), labelled `2026-W49`.
    Week,
}

/// One period's attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accuracy {
    /// `2026-12-03` or `2026-W49`.
    pub label: String,
    /// The period's first day (a Monday for weeks), as a day number of [`calendar`].
    pub start_day: i64,
    pub attempts: u32,
    pub first_tries: u32,
}

impl Accuracy {
    /// The first-try rate, in [0, 1].
    pub fn rate(&self) -> f64 {
        if self.attempts == 0 {
            0.0
        } else {
            f64::from(self.first_tries) / f64::from(self.attempts)
        }
    }
}

/// The periods that have attempts, oldest first.
pub fn accuracy(attempts: &[Attempt], period: Period, cal: &Calendar) -> Vec<Accuracy> {
    let mut counts: BTreeMap<i64, (u32, u32)> = BTreeMap::new();
    for a in attempts {
        let day = cal.day(a.at);
        let start = match period {
            Period::Day => day,
            Period::Week => calendar::week_start(day),
        };
        let c = counts.entry(start).or_default();
        c.0 = c.0.saturating_add(1);
        c.1 = c.1.saturating_add(u32::from(a.first_try()));
    }
    counts
        .into_iter()
        .map(|(start_day, (attempts, first_tries))| Accuracy {
            label: match period {
                Period::Day => calendar::date_label(start_day),
                Period::Week => calendar::week_label(start_day),
            },
            start_day,
            attempts,
            first_tries,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::{DAY, T0, on_day};

    #[test]
    fn days_and_weeks_count_attempts_and_first_tries() {
        // T0 is Tuesday 2026-12-01 (ISO week 49); day 6 is Monday 2026-12-07 (week 50).
        let mut history = vec![
            on_day("la.a", 1, 6, 0, true),
            on_day("la.a", 1, 0, 0, true),
            on_day("la.b", 1, 0, 5, false),
            on_day("la.a", 2, 5, 0, true),
        ];
        // A hinted first try is a first try; a retry is not.
        history.push(Attempt {
            hints: 1,
            ..on_day("la.a", 1, 0, 9, true)
        });
        history.push(Attempt {
            tries: 2,
            ..on_day("la.a", 1, 0, 9, true)
        });
        let days = accuracy(&history, Period::Day, &Calendar::UTC);
        let rows: Vec<(&str, u32, u32)> = days
            .iter()
            .map(|a| (a.label.as_str(), a.attempts, a.first_tries))
            .collect();
        assert_eq!(
            rows,
            [
                ("2026-12-01", 4, 2),
                ("2026-12-06", 1, 1),
                ("2026-12-07", 1, 1)
            ]
        );
        assert_eq!(days[0].rate(), 0.5);
        assert_eq!(days[0].start_day, Calendar::UTC.day(T0));
        let weeks = accuracy(&history, Period::Week, &Calendar::UTC);
        let rows: Vec<(&str, u32, u32)> = weeks
            .iter()
            .map(|a| (a.label.as_str(), a.attempts, a.first_tries))
            .collect();
        assert_eq!(rows, [("2026-W49", 5, 3), ("2026-W50", 1, 1)]);
        assert_eq!(
            weeks[0].start_day,
            Calendar::UTC.day(T0) - 1,
            "Monday 30 November"
        );
        assert!(accuracy(&[], Period::Week, &Calendar::UTC).is_empty());
    }

    #[test]
    fn the_calendar_decides_the_day() {
        // Monday 2026-12-07 02:00 UTC is still Sunday evening in New York: week 49 there.
        let mut a = on_day("la.a", 1, 6, 0, true);
        a.at = T0 + 5 * DAY + 14 * 3_600_000;
        let ny = Calendar::with_offset(-300).unwrap();
        assert_eq!(
            accuracy(&[a.clone()], Period::Week, &Calendar::UTC)[0].label,
            "2026-W50"
        );
        assert_eq!(
            accuracy(&[a.clone()], Period::Week, &ny)[0].label,
            "2026-W49"
        );
        assert_eq!(accuracy(&[a], Period::Day, &ny)[0].label, "2026-12-06");
    }
}
