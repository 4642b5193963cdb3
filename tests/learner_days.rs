//! A learner over simulated days (`MATHDRILL_NOW`), as the issue checks it: the path starts at the
//! first stage; reviews come due in the order FSRS gives and `review` asks them in that order;
//! mastery rises after clean days, the kind's level follows it and the path opens what comes
//! after; `progress` and the overview show it.

mod common;

use common::{Home, answers, drill_args};
use mathdrill::cli::{drill_plan, review_plan};
use mathdrill::progress::{Calendar, Learner, Store};

/// 2026-12-03 10:00 UTC, in Unix seconds.
const DAY0: i64 = 1_796_292_000;
const DAY: i64 = 86_400;

/// The learner the home's store holds (a new learner before the first answer).
fn learner(h: &Home) -> Learner {
    let catalog = mathdrill::registry().catalog();
    if !h.store_path().exists() {
        return Learner::newcomer(catalog, &Calendar::UTC);
    }
    Learner::from_store(
        &Store::open(&h.store_path()).unwrap(),
        catalog,
        &Calendar::UTC,
    )
    .unwrap()
}

fn on_day(h: &mut Home, day: i64) -> i64 {
    let now = DAY0 + day * DAY;
    h.now = Some(format!("@{now}"));
    now * 1000
}

#[test]
fn a_learner_over_nine_days_follows_the_path_reviews_and_levels_up() {
    let catalog = mathdrill::registry().catalog();
    let mut h = Home::new();
    let (_, overview, _) = h.run(&[], "");
    assert!(
        overview.contains("New here? Start with `mathdrill linalg`"),
        "{overview}"
    );
    let mut level_ups: Vec<(i64, String)> = Vec::new();
    let mut opened: Vec<(i64, String)> = Vec::new();
    let mut reviewed = 0;
    let mut answered = 0;
    for day in 0..9 {
        let now = on_day(&mut h, day);
        let due_by = Calendar::UTC.end_of_day(now);

        // What is due, in FSRS's due order, first.
        let before = learner(&h);
        let review = review_plan(&before, Some("linalg"), 50, 100 + day as u64, now);
        let mut due: Vec<_> = before.states.iter().filter(|s| s.due <= due_by).collect();
        due.sort_by_key(|s| s.due);
        let due: Vec<(String, u8)> = due.iter().map(|s| (s.kind.clone(), s.level)).collect();
        let asked: Vec<(String, u8)> = review.iter().map(|(k, l, _)| (k.clone(), *l)).collect();
        assert_eq!(asked, due, "day {day}: reviews in due order");
        if !review.is_empty() {
            let stdin: String = answers(&review).iter().map(|a| format!("{a}\n")).collect();
            let seed = (100 + day).to_string();
            let (code, out, err) = h.run(
                &["review", "linalg", "--count", "50", "--seed", &seed],
                &stdin,
            );
            assert_eq!(code, 0, "{err}");
            let n = review.len();
            assert!(
                out.contains(&format!("{n}/{n} correct")),
                "day {day}: {out}"
            );
            // The exercise headers come in the planned order.
            let mut at = 0;
            for (i, (k, l, s)) in review.iter().enumerate() {
                let head = format!("Exercise {}/{n} · {k} · level {l} · seed {s}", i + 1);
                at += out[at..]
                    .find(&head)
                    .unwrap_or_else(|| panic!("{head} in {out}"));
            }
            reviewed += n;
            answered += n;
        }

        // Then the day's drill from the path.
        let me = learner(&h);
        let args = drill_args(None, 10, day as u64 + 1);
        let plan = drill_plan("linalg", &args, day as u64 + 1, &me, due_by).unwrap();
        assert_eq!(plan.questions.len(), 10);
        for (kind, level, _) in &plan.questions {
            let k = catalog.get(kind).unwrap();
            if day == 0 {
                assert!(
                    k.stage == 1 && k.after.is_empty(),
                    "a new learner starts at stage 1: {kind}"
                );
            }
            let s = &me.standings[kind];
            let review_due = me
                .states
                .iter()
                .any(|r| &r.kind == kind && r.level == *level && r.due <= due_by);
            assert!(
                *level == s.level || review_due,
                "day {day}: {kind} level {level}, standing {s:?}"
            );
            assert!(
                k.after.iter().all(|a| me.standings[a].mastered >= 1) || s.attempts > 0,
                "day {day}: {kind} before its prerequisites are mastered"
            );
        }
        let mut right = answers(&plan.questions);
        if day == 0 {
            // Three skipped on the first day: their kinds come back for review, in the order
            // FSRS gives.
            right[..3].fill("s".to_string());
        }
        let stdin: String = right.iter().map(|a| format!("{a}\n")).collect();
        let seed = (day + 1).to_string();
        let (code, out, err) = h.run(&["linalg", "--count", "10", "--seed", &seed], &stdin);
        assert_eq!(code, 0, "{err}");
        assert!(err.is_empty(), "{err}");
        answered += 10;
        let expect = if day == 0 {
            "7/10 correct"
        } else {
            "10/10 correct"
        };
        assert!(out.contains(expect), "day {day}: {out}");
        let note = if day == 0 {
            "Your learning path starts at linalg's first stage"
        } else {
            "From your path:"
        };
        assert!(out.contains(note), "day {day}: {out}");
        for line in out.lines() {
            if let Some(rest) = line.trim().strip_prefix("▲ ") {
                level_ups.push((day, rest.to_string()));
            }
            if let Some(rest) = line.trim().strip_prefix("New on your path: ") {
                opened.push((day, rest.to_string()));
            }
        }
        // What the summary said is what the store now says.
        let after = learner(&h);
        for (d, line) in level_ups.iter().filter(|(d, _)| *d == day) {
            let kind = line.split_whitespace().next().unwrap();
            assert!(after.standings[kind].mastered >= 1, "day {d}: {line}");
            assert!(
                me.standings[kind].mastered < after.standings[kind].mastered,
                "{line}"
            );
        }
    }
    // Three clean days are the soonest a level can be mastered.
    assert!(!level_ups.is_empty(), "nothing mastered in nine days");
    assert!(level_ups.iter().all(|(d, _)| *d >= 2), "{level_ups:?}");
    assert!(
        !opened.is_empty(),
        "mastery opens the next stage: {level_ups:?}"
    );
    assert!(reviewed >= 3, "the skipped questions came due: {reviewed}");
    // A kind that levelled up is asked at its next level from then on.
    let me = learner(&h);
    let up = level_ups[0].1.split_whitespace().next().unwrap();
    assert!(
        me.standings[up].level >= 2
            || me.standings[up].mastered == *catalog.get(up).unwrap().levels.iter().max().unwrap()
    );
    // progress and the overview agree with the store.
    let (code, json, _) = h.run(&["progress", "--json"], "");
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["answers"], answered);
    assert_eq!(report["streak_days"], 9);
    let linalg = report["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "linalg")
        .unwrap();
    assert!(linalg["mastered"].as_u64().unwrap() >= 1, "{linalg}");
    let (_, overview, _) = h.run(&[], "");
    assert!(overview.contains("9 days in a row"), "{overview}");
    assert!(
        overview.contains(&format!("{}/", linalg["mastered"])),
        "{overview}"
    );
}
