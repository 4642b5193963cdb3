use super::*;
use crate::progress::model::Outcome;
use crate::progress::testing::{DAY, T0, attempt, catalog, on_day};

/// The rule at (`la.a`, 1) for days given as (day, clean), one attempt each.
fn rule(days: &[(i64, bool)]) -> LevelMastery {
    let history: Vec<Attempt> = days
        .iter()
        .map(|&(d, c)| on_day("la.a", 1, d, 0, c))
        .collect();
    level_mastery(&history, &Calendar::UTC)[&("la.a".to_string(), 1)].clone()
}

#[test]
fn three_clean_days_master_a_level() {
    assert_eq!(rule(&[(0, true)]).days_to_go(), 2);
    assert_eq!(rule(&[(0, true), (1, true)]).days_to_go(), 1);
    let m = rule(&[(0, true), (1, true), (5, true)]);
    assert!(m.mastered());
    assert_eq!((m.clean_days(), m.days_to_go()), (3, 0));
    assert!(level_mastery(&[], &Calendar::UTC).is_empty());
}

#[test]
fn three_successes_in_a_day_count_once() {
    let history: Vec<Attempt> = (0..3).map(|i| on_day("la.a", 1, 0, i * 10, true)).collect();
    let m = &level_mastery(&history, &Calendar::UTC)[&("la.a".to_string(), 1)];
    assert_eq!(m.recent, vec![true]);
    assert!(!m.mastered());
    assert_eq!(m.days_to_go(), 2);
}

#[test]
fn one_miss_among_the_last_four_days_is_forgiven_two_are_not() {
    let m = rule(&[(0, true), (1, false), (2, true), (3, true)]);
    assert_eq!(m.recent, vec![true, true, false, true]);
    assert!(m.mastered());
    let m = rule(&[(0, true), (1, true), (2, false), (3, false)]);
    assert!(!m.mastered());
    // Each new clean day pushes out a clean one until both misses have left the window.
    assert_eq!(m.days_to_go(), 3);
    // Misses older than the last four days are forgotten.
    assert!(rule(&[(0, false), (1, false), (2, true), (3, true), (4, true)]).mastered());
    assert_eq!(rule(&[(0, false)]).days_to_go(), 3);
}

#[test]
fn a_miss_spoils_its_day_whatever_the_order() {
    for miss_at in 0..3 {
        let mut history = vec![on_day("la.a", 1, 0, 0, true), on_day("la.a", 1, 1, 0, true)];
        history.extend((0..3).map(|i| on_day("la.a", 1, 2, i * 5, i != miss_at)));
        let m = &level_mastery(&history, &Calendar::UTC)[&("la.a".to_string(), 1)];
        assert_eq!(m.recent, vec![false, true, true], "miss at {miss_at}");
        assert!(!m.mastered());
    }
}

#[test]
fn only_clean_successes_count() {
    let clean = |d| on_day("la.a", 1, d, 0, true);
    let hinted = Attempt {
        hints: 1,
        ..clean(2)
    };
    let retried = Attempt {
        tries: 1,
        ..clean(2)
    };
    let revealed = Attempt {
        outcome: Outcome::Revealed,
        ..clean(2)
    };
    for third in [hinted, retried, revealed] {
        let history = vec![clean(0), clean(1), third.clone()];
        let m = &level_mastery(&history, &Calendar::UTC)[&("la.a".to_string(), 1)];
        assert!(!m.mastered(), "{third:?}");
    }
    assert!(
        level_mastery(&[clean(0), clean(1), clean(2)], &Calendar::UTC)[&("la.a".to_string(), 1)]
            .mastered()
    );
}

#[test]
fn days_are_the_learners_calendar_days() {
    // 23:30 and 00:30 UTC: two days in UTC, one evening in New York (UTC−5).
    let late = T0 + 11 * 3_600_000 + 30 * 60_000;
    let history = vec![
        attempt("la.a", late - DAY, 1),
        attempt("la.a", late, 1),
        attempt("la.a", late + 3_600_000, 1),
    ];
    let utc = &level_mastery(&history, &Calendar::UTC)[&("la.a".to_string(), 1)];
    assert!(utc.mastered());
    let ny = Calendar::with_offset(-300).unwrap();
    let ny = &level_mastery(&history, &ny)[&("la.a".to_string(), 1)];
    assert_eq!(ny.recent, vec![true, true]);
}

/// Clean days 0, 1, 2 at (kind, level).
fn mastered(kind: &str, level: u8) -> Vec<Attempt> {
    (0..3).map(|d| on_day(kind, level, d, 0, true)).collect()
}

#[test]
fn levels_rise_in_order() {
    let c = catalog();
    let at = |history: &[Attempt], kind: &str| {
        let s = &standing(history, &c, &Calendar::UTC)[kind];
        (s.mastered, s.level)
    };
    assert_eq!(at(&[], "la.a"), (0, 1));
    assert_eq!(at(&mastered("la.a", 1), "la.a"), (1, 2));
    // Level 2 mastered alone: level 1 still to do.
    assert_eq!(at(&mastered("la.a", 2), "la.a"), (0, 1));
    let mut both = mastered("la.a", 1);
    both.extend(mastered("la.a", 2));
    assert_eq!(at(&both, "la.a"), (2, 3));
    both.extend(mastered("la.a", 3));
    assert_eq!(
        at(&both, "la.a"),
        (3, 3),
        "all mastered: drill the top level"
    );
    // Levels 1 and 3 only: after 1 comes 3.
    assert_eq!(at(&mastered("la.c", 1), "la.c"), (1, 3));
    // A single-level kind stays at its level once mastered.
    assert_eq!(at(&mastered("la.b", 1), "la.b"), (1, 1));
}

#[test]
fn mastery_lost_sends_the_level_back() {
    let c = catalog();
    let mut history = mastered("la.a", 1);
    history.extend(mastered("la.a", 2));
    history.push(on_day("la.a", 1, 10, 0, false));
    assert_eq!(standing(&history, &c, &Calendar::UTC)["la.a"].level, 3);
    history.push(on_day("la.a", 1, 11, 0, false));
    let s = &standing(&history, &c, &Calendar::UTC)["la.a"];
    assert_eq!((s.mastered, s.level), (0, 1));
}

#[test]
fn standings_cover_the_catalog_and_count_attempts() {
    let c = catalog();
    let mut history = mastered("la.a", 1);
    history.push(Attempt {
        hints: 2,
        ..on_day("la.a", 1, 4, 0, true)
    });
    history.push(on_day("la.a", 1, 4, 5, false));
    history.push(on_day("la.a", 7, 4, 9, true)); // no such level
    history.push(on_day("la.gone", 1, 4, 9, true)); // no such kind
    let s = standing(&history, &c, &Calendar::UTC);
    assert_eq!(
        s.keys().collect::<Vec<_>>(),
        ["la.a", "la.b", "la.c", "prob.d"]
    );
    let a = &s["la.a"];
    // Day 4 had a miss: the window is day 4 (unclean), 2, 1, 0 — still 3 clean.
    assert_eq!((a.kind.as_str(), a.mastered, a.level), ("la.a", 1, 2));
    // Hinted first tries are first tries (the model's definition), not clean successes.
    assert_eq!((a.attempts, a.first_tries), (6, 5));
    assert_eq!(
        s["prob.d"],
        Standing {
            kind: "prob.d".into(),
            mastered: 0,
            level: 1,
            attempts: 0,
            first_tries: 0
        }
    );
}
