//! The learning path on hand-built catalogs and standings, and on the embedded catalog.

use super::{Pick, Why, draw, frontier};
use crate::engine::Catalog;
use crate::progress::testing::path_catalog as catalog;
use crate::progress::{ReviewState, Standing};
use std::collections::BTreeMap;

const NOW: i64 = 1_800_000_000_000;
const DAY: i64 = 86_400_000;

/// Standings from `(kind, mastered, level, attempts)`.
fn standings(rows: &[(&str, u8, u8, u32)]) -> BTreeMap<String, Standing> {
    rows.iter()
        .map(|&(kind, mastered, level, attempts)| {
            let s = Standing {
                kind: kind.into(),
                mastered,
                level,
                attempts,
                first_tries: attempts / 2,
            };
            (kind.to_string(), s)
        })
        .collect()
}

fn state(kind: &str, level: u8, due: i64) -> ReviewState {
    ReviewState {
        kind: kind.into(),
        level,
        stability: 3.0,
        difficulty: 5.0,
        last_review: due - 3 * DAY,
        due,
        reps: 2,
        lapses: 0,
    }
}

fn pick(kind: &str, level: u8, stage: u8, why: Why) -> Pick {
    Pick {
        kind: kind.into(),
        level,
        stage,
        why,
    }
}

/// `(kind, level, why)` of each pick, for compact comparisons.
fn summary(picks: &[Pick]) -> Vec<(&str, u8, Why)> {
    picks
        .iter()
        .map(|p| (p.kind.as_str(), p.level, p.why))
        .collect()
}

fn count_of(picks: &[Pick], kind: &str) -> usize {
    picks.iter().filter(|p| p.kind == kind).count()
}

#[test]
fn a_new_learner_starts_at_the_first_stage() {
    let none = BTreeMap::new();
    let f = frontier(&catalog(), None, &none, &[], NOW);
    assert_eq!(
        summary(&f),
        vec![
            ("la.a", 1, Why::Next),
            ("la.b", 1, Why::Next),
            ("prob.x", 1, Why::Next)
        ]
    );
}

#[test]
fn a_new_learner_starts_at_each_areas_stage_one_kinds_in_the_embedded_catalog() {
    let c = Catalog::embedded().unwrap();
    let none = BTreeMap::new();
    for area in c.areas() {
        let f = frontier(&c, Some(area), &none, &[], NOW);
        let starts: Vec<&str> = c
            .kinds
            .iter()
            .filter(|k| k.area == area && k.stage == 1 && k.after.is_empty())
            .map(|k| k.id.as_str())
            .collect();
        let got: Vec<&str> = f.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(got, starts, "{area}");
        assert!(f.iter().all(|p| p.why == Why::Next && p.level == 1));
    }
    // Five linear-algebra kinds to start with: a first 10-question drill asks each twice.
    let f = frontier(&c, Some("linalg"), &none, &[], NOW);
    let d = draw(&f, 10, 42);
    assert_eq!(d.len(), 10);
    assert!(f.iter().all(|p| count_of(&d, &p.kind) == 2), "{d:?}");
}

#[test]
fn mastering_a_prerequisite_opens_its_dependants() {
    let c = catalog();
    // la.a mastered at level 1: la.c opens; la.d still waits for la.b; la.a goes on at level 2.
    let s = standings(&[("la.a", 1, 2, 6)]);
    let f = frontier(&c, Some("linalg"), &s, &[], NOW);
    assert_eq!(
        summary(&f),
        vec![
            ("la.b", 1, Why::Next),
            ("la.c", 1, Why::Next),
            ("la.a", 2, Why::Practice)
        ]
    );
    // la.b mastered too: la.d opens, at its first level.
    let s = standings(&[("la.a", 1, 2, 6), ("la.b", 1, 2, 5)]);
    let f = frontier(&c, Some("linalg"), &s, &[], NOW);
    let next: Vec<&str> = f
        .iter()
        .filter(|p| p.why == Why::Next)
        .map(|p| p.kind.as_str())
        .collect();
    assert_eq!(next, ["la.c", "la.d"]);
    // A prerequisite in another area counts too: prob.y needs prob.x and la.c.
    let s = standings(&[("prob.x", 1, 2, 4)]);
    let f = frontier(&c, Some("prob"), &s, &[], NOW);
    assert!(!f.iter().any(|p| p.kind == "prob.y"), "{f:?}");
    let s = standings(&[("prob.x", 1, 2, 4), ("la.a", 1, 2, 4), ("la.c", 1, 2, 3)]);
    let f = frontier(&c, Some("prob"), &s, &[], NOW);
    assert_eq!(
        summary(&f),
        vec![("prob.y", 1, Why::Next), ("prob.x", 2, Why::Practice)]
    );
}

#[test]
fn started_mastered_and_unreached_kinds() {
    let c = catalog();
    let s = standings(&[
        // Mastered at every level: Refresh at its top level.
        ("la.a", 3, 3, 20),
        // Started, nothing mastered, prerequisites mastered: still Next, at the standing's level.
        ("la.c", 0, 1, 2),
        // Started out of order (its prerequisite la.b is not mastered): Practice.
        ("la.d", 0, 1, 1),
    ]);
    let f = frontier(&c, Some("linalg"), &s, &[], NOW);
    assert_eq!(
        summary(&f),
        vec![
            ("la.b", 1, Why::Next),
            ("la.c", 1, Why::Next),
            ("la.d", 1, Why::Practice),
            ("la.a", 3, Why::Refresh)
        ]
    );
    // la.e is neither open (la.c is not mastered) nor started: beyond the frontier.
    assert!(!f.iter().any(|p| p.kind == "la.e"));
    // A standing at a level the kind lacks (la.d has levels 1 and 3): its next level up.
    let s = standings(&[("la.b", 1, 2, 4), ("la.d", 1, 2, 5)]);
    let f = frontier(&c, Some("linalg"), &s, &[], NOW);
    assert!(f.contains(&pick("la.d", 3, 2, Why::Practice)), "{f:?}");
}

#[test]
fn due_reviews_come_first_most_overdue_first() {
    let c = catalog();
    let s = standings(&[("la.a", 1, 2, 6), ("la.b", 1, 2, 6)]);
    let states = [
        state("la.b", 1, NOW - DAY),
        state("la.c", 1, NOW + DAY), // not yet due
        state("la.a", 1, NOW - 3 * DAY),
        state("la.gone", 1, NOW - 9 * DAY), // no longer in the catalog
        state("la.b", 3, NOW - 9 * DAY),    // la.b has no level 3
        state("la.b", 2, NOW),              // due exactly now
    ];
    let f = frontier(&c, Some("linalg"), &s, &states, NOW);
    assert_eq!(
        summary(&f),
        vec![
            ("la.a", 1, Why::Due { due: NOW - 3 * DAY }),
            ("la.b", 1, Why::Due { due: NOW - DAY }),
            ("la.b", 2, Why::Due { due: NOW }),
            ("la.c", 1, Why::Next),
            ("la.d", 1, Why::Next),
            ("la.a", 2, Why::Practice),
        ]
    );
    // la.b's Practice at level 2 is left out: its review at level 2 covers it.
    let d = draw(&f, 10, 3);
    assert_eq!(summary(&d[..3]), summary(&f[..3]));
    assert!(d[3..].iter().all(|p| !matches!(p.why, Why::Due { .. })));
    // A day later la.c is due too, after the others.
    let f = frontier(&c, Some("linalg"), &s, &states, NOW + 2 * DAY);
    assert_eq!(f[3], pick("la.c", 1, 2, Why::Due { due: NOW + DAY }));
}

#[test]
fn the_area_filter_keeps_its_own_kinds_and_reviews() {
    let c = catalog();
    let s = standings(&[("la.a", 1, 2, 6), ("prob.x", 1, 2, 3)]);
    let states = [state("la.a", 1, NOW - DAY), state("prob.x", 1, NOW - DAY)];
    let prob = frontier(&c, Some("prob"), &s, &states, NOW);
    assert_eq!(
        summary(&prob),
        vec![
            ("prob.x", 1, Why::Due { due: NOW - DAY }),
            ("prob.x", 2, Why::Practice)
        ]
    );
    let all = frontier(&c, None, &s, &states, NOW);
    assert_eq!(all.len(), 6, "{all:?}");
    assert!(frontier(&c, Some("stats"), &s, &states, NOW).is_empty());
}

/// A frontier of `n` Next kinds at stages 1, 2, …, then the given picks.
fn next_kinds(n: u8, then: &[Pick]) -> Vec<Pick> {
    let mut f: Vec<Pick> = (1..=n)
        .map(|i| pick(&format!("k{i:02}"), 1, i, Why::Next))
        .collect();
    f.extend(then.iter().cloned());
    f
}

#[test]
fn a_ten_question_drill_asks_no_kind_more_than_twice_and_prefers_low_stages() {
    let f = next_kinds(12, &[]);
    for seed in 0..20 {
        let d = draw(&f, 10, seed);
        assert_eq!(d.len(), 10);
        // Ten distinct kinds: the ten lowest stages.
        let mut kinds: Vec<&str> = d.iter().map(|p| p.kind.as_str()).collect();
        kinds.sort();
        assert_eq!(
            kinds,
            f[..10].iter().map(|p| &p.kind[..]).collect::<Vec<_>>()
        );
    }
    let f = next_kinds(6, &[]);
    for seed in 0..20 {
        let d = draw(&f, 10, seed);
        assert!(f.iter().all(|p| count_of(&d, &p.kind) <= 2), "{d:?}");
        assert!(d.windows(2).all(|w| w[0].kind != w[1].kind), "{d:?}");
    }
    // Twenty questions allow four of a kind.
    let d = draw(&next_kinds(5, &[]), 20, 1);
    assert!(d.iter().all(|p| count_of(&d, &p.kind) == 4), "{d:?}");
}

#[test]
fn next_and_practice_are_mixed() {
    let practice: Vec<Pick> = (1..=5)
        .map(|i| pick(&format!("p{i}"), 2, i, Why::Practice))
        .collect();
    let f = next_kinds(5, &practice);
    for seed in 0..10 {
        let d = draw(&f, 4, seed);
        let n = d.iter().filter(|p| p.why == Why::Next).count();
        assert_eq!(n, 2, "seed {seed}: {d:?}");
    }
    // With only Practice left, the drill is all Practice.
    let d = draw(&practice, 5, 0);
    assert!(d.iter().all(|p| p.why == Why::Practice) && d.len() == 5);
}

#[test]
fn a_short_frontier_is_filled_from_mastered_kinds_then_by_repeating_low_stages() {
    let refresh: Vec<Pick> = (1..=4)
        .map(|i| pick(&format!("r{i}"), 3, i, Why::Refresh))
        .collect();
    let f = next_kinds(2, &refresh);
    let d = draw(&f, 10, 5);
    assert_eq!(d.len(), 10);
    assert_eq!(count_of(&d, "k01"), 2);
    assert_eq!(count_of(&d, "k02"), 2);
    assert_eq!(d.iter().filter(|p| p.why == Why::Refresh).count(), 6);
    assert!(d.iter().all(|p| count_of(&d, &p.kind) <= 2), "{d:?}");
    // The frontier's kinds come before the filler.
    assert!(d[..4].iter().all(|p| p.why == Why::Next), "{d:?}");

    // Two kinds and nothing mastered: five each, never the same twice in a row.
    let d = draw(&next_kinds(2, &[]), 10, 5);
    assert_eq!((count_of(&d, "k01"), count_of(&d, "k02")), (5, 5));
    assert!(d.windows(2).all(|w| w[0].kind != w[1].kind), "{d:?}");
    // Three kinds, eleven questions: the cap is ⌈11/3⌉ = 4; lower stages fill first.
    let d = draw(&next_kinds(3, &[]), 11, 5);
    let counts: Vec<usize> = ["k01", "k02", "k03"]
        .iter()
        .map(|k| count_of(&d, k))
        .collect();
    assert_eq!(counts, [4, 4, 3]);
}

#[test]
fn due_reviews_alone_are_asked_once_each() {
    let due: Vec<Pick> = (0..3)
        .map(|i| pick(&format!("d{i}"), 1, 1, Why::Due { due: NOW - i }))
        .collect();
    assert_eq!(draw(&due, 10, 1), due);
    assert_eq!(draw(&due, 2, 1), due[..2].to_vec());
    assert!(draw(&due, 0, 1).is_empty());
    assert!(draw(&[], 10, 1).is_empty());
}

#[test]
fn the_same_seed_gives_the_same_drill() {
    let practice = [
        pick("p1", 2, 1, Why::Practice),
        pick("p2", 3, 2, Why::Practice),
    ];
    let f = next_kinds(8, &practice);
    let drills: Vec<Vec<Pick>> = (0..8).map(|seed| draw(&f, 10, seed)).collect();
    for (seed, d) in drills.iter().enumerate() {
        assert_eq!(&draw(&f, 10, seed as u64), d);
    }
    let distinct = drills.iter().filter(|d| *d != &drills[0]).count();
    assert!(distinct > 0, "every seed gave the same drill");
}
