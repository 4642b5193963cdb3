//! Calendar time for the commands that record and schedule: "now" (the system clock, or
//! `MATHDRILL_NOW` to try the schedule over simulated days and for tests) and dates as the learner
//! reads them ("3 December"). Times are Unix milliseconds; days are UTC days.

use crate::progress::Calendar;
use crate::progress::calendar::{date as civil, day_of_date};
use anyhow::{Result, bail};

/// The environment variable that sets "now": `2026-12-03`, `2026-12-03T14:30`,
/// `2026-12-03T14:30:15Z` (UTC) or `@1764771015` (Unix seconds).
pub const NOW_VAR: &str = "MATHDRILL_NOW";

const DAY_MS: i64 = 86_400_000;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Now, in Unix ms: `MATHDRILL_NOW` when set (an unreadable value is an error that says what is
/// accepted), else the system clock.
pub fn now_ms() -> Result<i64> {
    match std::env::var(NOW_VAR) {
        Ok(text) if !text.trim().is_empty() => parse(text.trim()),
        _ => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))),
    }
}

/// Reads a time as `MATHDRILL_NOW` accepts it.
pub fn parse(text: &str) -> Result<i64> {
    let bad = || {
        anyhow::anyhow!(
            "{NOW_VAR}={text:?} is not a time: use a date such as 2026-12-03, a UTC time such as \
             2026-12-03T14:30 or 2026-12-03T14:30:15Z, or Unix seconds such as @1764771015"
        )
    };
    if let Some(secs) = text.strip_prefix('@') {
        let secs: i64 = secs.parse().map_err(|_| bad())?;
        return secs.checked_mul(1000).ok_or_else(bad);
    }
    let text = text.strip_suffix('Z').unwrap_or(text);
    let (date, time) = text.split_once('T').unwrap_or((text, "00:00"));
    let numbers = |s: &str, sep: char| -> Option<Vec<i64>> {
        s.split(sep)
            .map(|p| {
                (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| p.parse().ok())
                    .flatten()
            })
            .collect()
    };
    let d = numbers(date, '-').ok_or_else(bad)?;
    let t = numbers(time, ':').ok_or_else(bad)?;
    let [year, month, day] = d[..] else {
        bail!(bad())
    };
    let (hour, minute, second) = match t[..] {
        [h, m] => (h, m, 0),
        [h, m, s] => (h, m, s),
        _ => bail!(bad()),
    };
    let (Ok(m), Ok(d)) = (u32::try_from(month), u32::try_from(day)) else {
        bail!(bad())
    };
    let days = day_of_date(year, m, d);
    // A date that does not exist (30 February) comes back as another one.
    let valid = (1970..=9999).contains(&year)
        && civil(days) == (year, m, d)
        && hour < 24
        && minute < 60
        && second < 60;
    if !valid {
        bail!(bad());
    }
    Ok(days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000)
}

/// "3 December", with the year when it is not the year of `now` ("3 December 2025").
pub fn date(ms: i64, now: i64) -> String {
    let (y, m, d) = civil(Calendar::UTC.day(ms));
    let month = MONTHS[(m - 1) as usize];
    if y == civil(Calendar::UTC.day(now)).0 {
        format!("{d} {month}")
    } else {
        format!("{d} {month} {y}")
    }
}

/// "today", "tomorrow", "in 3 days", "on 3 December" (further), "yesterday", "3 days ago": the
/// UTC day of `ms` seen from the day of `now`.
pub fn relative_day(ms: i64, now: i64) -> String {
    match Calendar::UTC.days_between(now, ms) {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n @ 2..=13 => format!("in {n} days"),
        n @ -13..=-2 => format!("{} days ago", -n),
        _ => format!("on {}", date(ms, now)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_unix_clock_counts_them() {
        // Reference values: `date -u -d 2026-12-03 +%s` and friends.
        assert_eq!(parse("1970-01-01").unwrap(), 0);
        assert_eq!(parse("2026-12-03").unwrap(), 1_796_256_000_000);
        assert_eq!(parse("2026-12-03T14:30").unwrap(), 1_796_308_200_000);
        assert_eq!(parse("2026-12-03T14:30:15Z").unwrap(), 1_796_308_215_000);
        assert_eq!(parse("2024-02-29").unwrap(), 1_709_164_800_000);
        assert_eq!(parse("@1764771015").unwrap(), 1_764_771_015_000);
        assert_eq!(parse("2000-03-01").unwrap(), 951_868_800_000);
    }

    #[test]
    fn impossible_or_garbled_times_are_refused_with_the_accepted_forms() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-12-32",
            "2026-12-03T24:00",
            "2026-12-03T12:60",
            "yesterday",
            "2026-12",
            "-2026-12-03",
            "@",
            "@99999999999999999999",
            "2026-12-03T1:2:3:4",
            "1969-12-31",
        ] {
            let e = parse(bad).unwrap_err().to_string();
            assert!(e.contains("2026-12-03T14:30"), "{bad}: {e}");
        }
    }

    #[test]
    fn dates_print_as_a_learner_reads_them() {
        let now = parse("2026-12-02T15:00").unwrap();
        assert_eq!(date(parse("2026-12-03T23:59").unwrap(), now), "3 December");
        assert_eq!(date(parse("2025-01-31").unwrap(), now), "31 January 2025");
        let day = |s| relative_day(parse(s).unwrap(), now);
        assert_eq!(day("2026-12-02T00:00"), "today");
        assert_eq!(day("2026-12-03T08:00"), "tomorrow");
        assert_eq!(day("2026-12-01T23:00"), "yesterday");
        assert_eq!(day("2026-12-06"), "in 4 days");
        assert_eq!(day("2026-11-29"), "3 days ago");
        assert_eq!(day("2027-01-20"), "on 20 January 2027");
    }
}
