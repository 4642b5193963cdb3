//! The learner's calendar: which day an instant falls on, its date and its ISO week.
//!
//! A day runs from local midnight to local midnight, local time being UTC shifted by a fixed
//! offset in minutes (0 = UTC; the command line may pass the machine's offset). The scheduler
//! counts elapsed days and the mastery rule counts days with these day numbers, as Anki counts
//! days by its day boundaries, not by 24-hour periods. Day numbers count from 1970-01-01
//! (day 0) in the proleptic Gregorian calendar; instants are Unix milliseconds.

const MS_PER_DAY: i64 = 86_400_000;

/// Hours are enough for every real time zone (UTC−12 to UTC+14); more is refused.
const MAX_OFFSET_MINUTES: i32 = 18 * 60;

/// A calendar: UTC shifted by a fixed offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Calendar {
    offset_minutes: i32,
}

/// A UTC offset outside ±18 hours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a UTC offset of {0} minutes is out of range: give one between -1080 and 1080 (±18 h)")]
pub struct OffsetError(pub i32);

impl Calendar {
    /// UTC.
    pub const UTC: Calendar = Calendar { offset_minutes: 0 };

    /// Local time `offset_minutes` ahead of UTC (−300 for New York in winter).
    pub fn with_offset(offset_minutes: i32) -> Result<Calendar, OffsetError> {
        if offset_minutes.abs() > MAX_OFFSET_MINUTES {
            return Err(OffsetError(offset_minutes));
        }
        Ok(Calendar { offset_minutes })
    }

    pub fn offset_minutes(&self) -> i32 {
        self.offset_minutes
    }

    /// The day number of the instant `at` (Unix ms): days since 1970-01-01, local time.
    pub fn day(&self, at: i64) -> i64 {
        let local = at.saturating_add(i64::from(self.offset_minutes) * 60_000);
        local.div_euclid(MS_PER_DAY)
    }

    /// The last instant (Unix ms) of the day of `at`: a review due at any time today is due all
    /// day, so "due now" means due by this instant.
    pub fn end_of_day(&self, at: i64) -> i64 {
        let next = self.day(at).saturating_add(1).saturating_mul(MS_PER_DAY);
        next.saturating_sub(i64::from(self.offset_minutes) * 60_000)
            .saturating_sub(1)
    }

    /// Whole days from the day of `from` to the day of `to` (negative when `to` is earlier).
    pub fn days_between(&self, from: i64, to: i64) -> i64 {
        self.day(to) - self.day(from)
    }
}

/// The date (year, month 1–12, day 1–31) of day number `day`.
///
/// Howard Hinnant's `civil_from_days`, valid for every i64 day number an instant can give.
pub fn date(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March = 0
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The day number of a date: the inverse of [`date`] (Hinnant's `days_from_civil`).
pub fn day_of_date(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Day of the week, ISO numbering: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
pub fn weekday(day: i64) -> u32 {
    ((day + 3).rem_euclid(7) + 1) as u32
}

/// The ISO 8601 week (week-year, week 1–53) of day number `day`: weeks start on Monday and
/// week 1 is the week holding the year's first Thursday.
pub fn iso_week(day: i64) -> (i64, u32) {
    let thursday = day - i64::from(weekday(day)) + 4;
    let (year, _, _) = date(thursday);
    let week = (thursday - day_of_date(year, 1, 1)) / 7 + 1;
    (year, week as u32)
}

/// The first day (Monday) of the ISO week holding `day`.
pub fn week_start(day: i64) -> i64 {
    day - i64::from(weekday(day)) + 1
}

/// `2026-12-03`.
pub fn date_label(day: i64) -> String {
    let (y, m, d) = date(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `2026-W49`.
pub fn week_label(day: i64) -> String {
    let (y, w) = iso_week(day);
    format!("{y:04}-W{w:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (date, day number, ISO year, ISO week) from Python's `datetime.date`:
    /// `(d - date(1970, 1, 1)).days` and `d.isocalendar()`.
    type Ymd = (i64, u32, u32);
    const DATES: &[(Ymd, i64, (i64, u32))] = &[
        ((1970, 1, 1), 0, (1970, 1)),
        ((1969, 12, 31), -1, (1970, 1)),
        ((2026, 12, 2), 20789, (2026, 49)),
        ((2020, 12, 31), 18627, (2020, 53)),
        ((2021, 1, 3), 18630, (2020, 53)),
        ((2021, 1, 4), 18631, (2021, 1)),
        ((2024, 12, 30), 20087, (2025, 1)),
        ((2000, 2, 29), 11016, (2000, 9)),
        ((1900, 3, 1), -25508, (1900, 9)),
        ((2100, 12, 31), 47846, (2100, 52)),
        ((1, 1, 1), -719162, (1, 1)),
        ((9999, 12, 31), 2932896, (9999, 52)),
    ];

    #[test]
    fn dates_and_iso_weeks_match_python() {
        for &(ymd, day, week) in DATES {
            assert_eq!(date(day), ymd, "day {day}");
            assert_eq!(day_of_date(ymd.0, ymd.1, ymd.2), day, "{ymd:?}");
            assert_eq!(iso_week(day), week, "{ymd:?}");
            assert_eq!(weekday(week_start(day)), 1);
            assert!(day - week_start(day) < 7);
        }
        assert_eq!(date_label(20789), "2026-12-02");
        assert_eq!(week_label(20789), "2026-W49");
        assert_eq!(week_label(18630), "2020-W53");
    }

    #[test]
    fn date_and_day_of_date_are_inverse_far_out() {
        for day in [-1_000_000_000_i64, -719_163, -1, 0, 59, 60, 1_000_000_000] {
            let (y, m, d) = date(day);
            assert_eq!(day_of_date(y, m, d), day);
        }
        // The extreme instants do not overflow.
        for at in [i64::MIN, i64::MAX] {
            let cal = Calendar::with_offset(-1080).unwrap();
            let (y, m, d) = date(cal.day(at));
            assert!((1..=12).contains(&m) && (1..=31).contains(&d), "{y}");
        }
    }

    #[test]
    fn the_offset_moves_the_day_boundary() {
        // 2026-12-02 23:30 UTC is already 2026-12-03 in UTC+1 and still 12-02 in UTC−5.
        let at = 20789 * MS_PER_DAY + (23 * 60 + 30) * 60_000;
        assert_eq!(Calendar::UTC.day(at), 20789);
        assert_eq!(Calendar::with_offset(60).unwrap().day(at), 20790);
        assert_eq!(Calendar::with_offset(-300).unwrap().day(at), 20789);
        // A minute before 1970 in UTC is day −1.
        assert_eq!(Calendar::UTC.day(-60_000), -1);
        assert_eq!(Calendar::UTC.days_between(at, at + MS_PER_DAY), 1);
        assert_eq!(Calendar::UTC.days_between(at, at + 60 * 60_000), 1);
        assert_eq!(Calendar::UTC.days_between(at, at - 60 * 60_000), 0);
        assert_eq!(Calendar::with_offset(1081), Err(OffsetError(1081)));
        assert!(Calendar::with_offset(-1080).is_ok());
    }

    #[test]
    fn the_end_of_a_day_is_its_last_millisecond() {
        let at = 20789 * MS_PER_DAY + 5 * 60 * 60_000;
        for offset in [-1080, -300, 0, 60, 1080] {
            let cal = Calendar::with_offset(offset).unwrap();
            let end = cal.end_of_day(at);
            assert_eq!(cal.day(end), cal.day(at), "offset {offset}");
            assert_eq!(cal.day(end + 1), cal.day(at) + 1, "offset {offset}");
            assert_eq!(cal.end_of_day(end), end);
        }
        for at in [i64::MIN, i64::MAX] {
            let _ = Calendar::UTC.end_of_day(at);
        }
    }
}
