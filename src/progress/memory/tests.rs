use super::*;
use crate::progress::model::Outcome;
use crate::progress::testing::{DAY, T0, attempt};

fn days(s: &ReviewState) -> i64 {
    (s.due - s.last_review) / DAY
}

/// Reviews `ratings` in turn, each on the day the previous one fell due.
fn on_due_dates(s: &Scheduler, ratings: &[Rating]) -> Vec<ReviewState> {
    let mut out: Vec<ReviewState> = Vec::new();
    for &r in ratings {
        let now = out.last().map_or(T0, |p| p.due);
        out.push(s.review(out.last(), "la.dot", 1, r, now).unwrap());
    }
    out
}

#[test]
fn intervals_grow_with_good() {
    let states = on_due_dates(&Scheduler::default(), &[Rating::Good; 6]);
    let intervals: Vec<i64> = states.iter().map(days).collect();
    assert_eq!(intervals[0], 2, "a first Good: stability 2.3065 days");
    assert!(intervals.windows(2).all(|w| w[1] > w[0]), "{intervals:?}");
    assert!(states.windows(2).all(|w| w[1].stability > w[0].stability));
    assert_eq!(states.last().unwrap().reps, 6);
    assert_eq!(states.last().unwrap().lapses, 0);
}

#[test]
fn again_shortens_the_interval_and_counts_a_lapse() {
    let s = Scheduler::default();
    let states = on_due_dates(
        &s,
        &[Rating::Good, Rating::Good, Rating::Good, Rating::Again],
    );
    let (before, after) = (&states[2], &states[3]);
    assert!(
        days(after) < days(before),
        "{} {}",
        days(after),
        days(before)
    );
    assert!(after.stability < before.stability);
    assert!(after.difficulty > before.difficulty);
    assert_eq!((after.reps, after.lapses), (4, 1));
    // A first answer rated Again is not a lapse: there was nothing to forget.
    let first = s.review(None, "la.dot", 1, Rating::Again, T0).unwrap();
    assert_eq!((first.reps, first.lapses), (1, 0));
    assert_eq!(days(&first), 1, "at least one day");
    let again = s
        .review(Some(&first), "la.dot", 1, Rating::Again, T0 + DAY)
        .unwrap();
    assert_eq!((again.reps, again.lapses), (2, 1));
}

#[test]
fn easy_beats_good_beats_hard() {
    let s = Scheduler::default();
    let new = |r| s.review(None, "la.dot", 1, r, T0).unwrap();
    // New: the initial stabilities 1.2931, 2.3065, 8.2956 days, rounded.
    assert_eq!(
        [Rating::Hard, Rating::Good, Rating::Easy].map(|r| days(&new(r))),
        [1, 2, 8]
    );
    let prev = on_due_dates(&s, &[Rating::Good, Rating::Good])
        .pop()
        .unwrap();
    let next = |r| s.review(Some(&prev), "la.dot", 1, r, prev.due).unwrap();
    let [a, h, g, e] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy].map(next);
    assert!(days(&a) < days(&h) && days(&h) < days(&g) && days(&g) < days(&e));
    assert!(a.difficulty > h.difficulty && h.difficulty > g.difficulty);
    assert!(g.difficulty > e.difficulty);
}

#[test]
fn higher_retention_gives_shorter_intervals() {
    let history = [Rating::Good, Rating::Good, Rating::Hard, Rating::Good];
    let at = |r: f64| on_due_dates(&Scheduler::new(r, Calendar::UTC).unwrap(), &history);
    let (low, mid, high) = (at(0.8), at(0.9), at(0.95));
    // From the first review on (a first Good: 1, 2 and 8 days).
    assert_eq!([&high, &mid, &low].map(|s| days(&s[0])), [1, 2, 8]);
    for ((h, m), l) in high.iter().zip(&mid).zip(&low) {
        assert!(days(h) < days(m) && days(m) < days(l), "{h:?} {m:?} {l:?}");
    }
    assert_eq!(mid[3], on_due_dates(&Scheduler::default(), &history)[3]);
}

#[test]
fn the_desired_retention_is_validated() {
    for bad in [0.69, 0.995, 1.0, 0.0, -0.9, f64::NAN, f64::INFINITY] {
        let err = Scheduler::new(bad, Calendar::UTC).unwrap_err();
        assert!(matches!(err, ScheduleError::Retention(_)), "{bad}");
        assert!(review(None, "la.dot", 1, Rating::Good, T0, bad).is_err());
    }
    for good in [0.7, 0.85, 0.99] {
        assert_eq!(
            Scheduler::new(good, Calendar::UTC).unwrap().retention() as f32,
            good as f32
        );
    }
    let err = ScheduleError::Retention(1.5).to_string();
    assert!(err.contains("0.7 to 0.99"), "{err}");
}

#[test]
fn same_day_reviews_take_the_short_term_path() {
    let s = Scheduler::default();
    let first = s.review(None, "la.dot", 1, Rating::Good, T0).unwrap();
    // Ten minutes later, same day: 0 elapsed days. A Good barely moves a 2.3-day stability
    // (the short-term increase is clamped at 1), where the next day it would grow.
    let same = s
        .review(Some(&first), "la.dot", 1, Rating::Good, T0 + 600_000)
        .unwrap();
    let next_day = s
        .review(Some(&first), "la.dot", 1, Rating::Good, T0 + DAY)
        .unwrap();
    assert!((same.stability - first.stability).abs() < 0.05 * first.stability);
    assert!(next_day.stability > 1.5 * first.stability);
    // A same-day Again cuts it and counts a lapse.
    let slip = s
        .review(Some(&same), "la.dot", 1, Rating::Again, T0 + 900_000)
        .unwrap();
    assert!(slip.stability < 0.5 * same.stability);
    assert_eq!((slip.reps, slip.lapses), (3, 1));
    // Days are the calendar's: 23:50 and 00:10 UTC are a day apart in UTC, the same day in UTC−5.
    let late = T0 + 11 * 3_600_000 + 50 * 60_000;
    let utc_first = s.review(None, "la.dot", 1, Rating::Good, late).unwrap();
    let utc = s.review(
        Some(&utc_first),
        "la.dot",
        1,
        Rating::Good,
        late + 1_200_000,
    );
    let ny = Scheduler::new(0.9, Calendar::with_offset(-300).unwrap()).unwrap();
    let ny = ny.review(
        Some(&utc_first),
        "la.dot",
        1,
        Rating::Good,
        late + 1_200_000,
    );
    assert!(utc.unwrap().stability > 1.5 * utc_first.stability);
    assert!((ny.unwrap().stability - utc_first.stability).abs() < 0.05 * utc_first.stability);
}

#[test]
fn bad_states_and_times_are_errors_or_clamped_never_panics() {
    let s = Scheduler::default();
    let good = s.review(None, "la.dot", 1, Rating::Good, T0).unwrap();
    for (st, d) in [(f32::NAN, 5.0), (f32::INFINITY, 5.0), (2.0, f32::NAN)] {
        let bad = ReviewState {
            stability: st,
            difficulty: d,
            ..good.clone()
        };
        let err = s.review(Some(&bad), "la.dot", 1, Rating::Good, T0 + DAY);
        assert!(
            matches!(err, Err(ScheduleError::InvalidState { .. })),
            "{st} {d}"
        );
    }
    let err = s.review(Some(&good), "la.inverse", 1, Rating::Good, T0 + DAY);
    assert!(matches!(err, Err(ScheduleError::Mismatch { .. })));
    let err = s.review(Some(&good), "la.dot", 2, Rating::Good, T0 + DAY);
    assert!(matches!(err, Err(ScheduleError::Mismatch { .. })));
    // A clock that went back counts 0 days: the short-term path, due still after "now".
    let back = s
        .review(Some(&good), "la.dot", 1, Rating::Good, T0 - 30 * DAY)
        .unwrap();
    assert!(back.due > back.last_review);
    // Out-of-range stabilities and difficulties are clamped by FSRS; the interval is capped.
    for (st, d) in [(1e30, 0.0), (0.0, 20.0), (-5.0, -5.0), (f32::MAX, 10.0)] {
        let odd = ReviewState {
            stability: st,
            difficulty: d,
            ..good.clone()
        };
        let next = s
            .review(Some(&odd), "la.dot", 1, Rating::Easy, T0 + 400 * DAY)
            .unwrap();
        assert!((1..=MAX_INTERVAL_DAYS).contains(&days(&next)), "{st} {d}");
        assert!(next.stability.is_finite() && (1.0..=10.0).contains(&next.difficulty));
    }
    // The ends of time saturate.
    let end = s
        .review(Some(&good), "la.dot", 1, Rating::Easy, i64::MAX)
        .unwrap();
    assert_eq!(end.due, i64::MAX);
    let start = s.review(None, "la.dot", 1, Rating::Easy, i64::MIN).unwrap();
    assert!(start.due > i64::MIN);
    let far = s
        .review(Some(&start), "la.dot", 1, Rating::Good, i64::MAX)
        .unwrap();
    assert!(far.due >= far.last_review && far.stability.is_finite());
}

#[test]
fn replay_equals_stepping_one_by_one() {
    let mut history = Vec::new();
    let outcomes = [
        ("la.dot", 1, 0, Outcome::Correct, 0, 0, 40_000),
        ("la.inverse", 1, 0, Outcome::Wrong, 1, 0, 90_000),
        ("la.dot", 1, 1, Outcome::Correct, 0, 0, 30_000),
        ("la.dot", 1, 1, Outcome::Correct, 1, 0, 30_000),
        ("la.inverse", 1, 2, Outcome::Correct, 0, 1, 80_000),
        ("la.dot", 2, 2, Outcome::Skipped, 0, 0, 5_000),
        ("la.dot", 1, 3, Outcome::Correct, 0, 0, 35_000),
        ("la.dot", 1, 6, Outcome::Correct, 0, 0, 10_000),
        ("la.inverse", 1, 9, Outcome::Revealed, 0, 2, 100_000),
    ];
    for (i, &(kind, level, day, outcome, tries, hints, took)) in outcomes.iter().enumerate() {
        let mut a = attempt(kind, T0 + day * DAY + i as i64 * 60_000, took);
        a.level = level;
        a.outcome = outcome;
        a.tries = tries;
        a.hints = hints;
        history.push(a);
    }
    let s = Scheduler::new(0.85, Calendar::UTC).unwrap();
    // By hand: step each (kind, level) through its attempts with their ratings.
    let mut by_hand = Vec::new();
    let mut ratings = Vec::new();
    for (kind, level) in [("la.dot", 1), ("la.dot", 2), ("la.inverse", 1)] {
        let mut state: Option<ReviewState> = None;
        let mut pace = Pace::new();
        for a in history
            .iter()
            .filter(|a| a.kind == kind && a.level == level)
        {
            let r = rate(a, &pace);
            ratings.push(r);
            pace.record(a);
            state = Some(s.review(state.as_ref(), kind, level, r, a.at).unwrap());
        }
        by_hand.push(state.unwrap());
    }
    // la.dot 1: Good, Hard (retried), Good, Easy (10 s ≤ half the median 35 s).
    assert_eq!(
        ratings,
        [
            Rating::Good,
            Rating::Good,
            Rating::Hard,
            Rating::Good,
            Rating::Easy,
            Rating::Again,
            Rating::Again,
            Rating::Hard,
            Rating::Again
        ]
    );
    assert_eq!(s.replay(&history).unwrap(), by_hand);
    // The order the attempts come in does not matter.
    history.reverse();
    assert_eq!(s.replay(&history).unwrap(), by_hand);
    assert_eq!(replay(&history, 0.85).unwrap(), by_hand);
    assert_eq!(s.replay(&[]).unwrap(), Vec::new());
    assert_eq!(by_hand[0].reps, 5);
    assert_eq!(
        by_hand[2].lapses, 1,
        "the first Again is not a lapse, the last is"
    );
}

#[derive(serde::Deserialize)]
struct Reference {
    sequence: String,
    retention: f64,
    at: i64,
    rating: u32,
    stability: f64,
    difficulty: f64,
    due: i64,
}

/// py-fsrs 6.3.2 computes in f64, the crate in f32: stability and difficulty agree to 1e-5
/// relative; the due dates (whole days) exactly.
#[test]
fn matches_the_python_fsrs_package() {
    let text = include_str!("../../../tests/data/fsrs/reference.jsonl");
    let rows: Vec<Reference> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 75);
    let mut state: Option<ReviewState> = None;
    let mut current = (String::new(), 0.0);
    for row in &rows {
        if (row.sequence.clone(), row.retention) != current {
            current = (row.sequence.clone(), row.retention);
            state = None;
        }
        let s = Scheduler::new(row.retention, Calendar::UTC).unwrap();
        let rating = Rating::from_number(row.rating).unwrap();
        let next = s
            .review(state.as_ref(), "la.dot", 1, rating, row.at)
            .unwrap();
        let what = format!("{} at {} retention {}", row.sequence, row.at, row.retention);
        let rel = |a: f32, b: f64| (f64::from(a) - b).abs() / b.abs();
        assert!(
            rel(next.stability, row.stability) < 1e-5,
            "{what}: {} {}",
            next.stability,
            row.stability
        );
        assert!(
            rel(next.difficulty, row.difficulty) < 1e-5,
            "{what}: {} {}",
            next.difficulty,
            row.difficulty
        );
        assert_eq!(next.due, row.due, "{what}");
        state = Some(next);
    }
}
