//! What the commands record in the progress store, driven as a learner would: a piped drill and
//! `check` save each judged answer with its review date (`MATHDRILL_NOW` sets the day);
//! `--no-save` saves nothing; a store that cannot be used is one warning and the drill goes on.

mod common;

use common::{Home, drill_args};
use mathdrill::cli::{DrillArgs, session_plan};
use mathdrill::progress::{AttemptFilter, Outcome, Source, Store};

const NOW: &str = "2026-12-03T10:00";
/// `NOW` in Unix ms (`date -u -d 2026-12-03T10:00 +%s`).
const NOW_MS: i64 = 1_796_292_000_000;
const DAY_MS: i64 = 86_400_000;

/// The canonical answers of a linalg drill's questions (a new learner's, at level 1).
fn answers(topic: &str, count: u32, seed: u64) -> Vec<String> {
    let args = DrillArgs {
        level: Some(1),
        ..drill_args(Some(topic), count, seed)
    };
    common::answers(&session_plan("linalg", &args, seed).unwrap())
}

#[test]
fn a_drill_saves_each_judged_answer_with_its_next_review() {
    let h = Home::at(NOW);
    let right = answers("la.dot_product", 3, 11);
    // right; wrong twice; skipped; the fourth question is left open by the end of input
    let stdin = format!("{}\n0.123456\n0.123457\ns\n", right[0]);
    let (code, out, err) = h.run(
        &["linalg", "la.dot_product", "--count", "4", "--seed", "11"],
        &stdin,
    );
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(err.is_empty(), "{err}");
    assert!(
        out.contains("Saved. Next review: la.dot_product level 1"),
        "{out}"
    );
    let store = Store::open(&h.store_path()).unwrap();
    let attempts = store.attempts(&AttemptFilter::default()).unwrap();
    let got: Vec<(Outcome, u8, &str)> = attempts
        .iter()
        .map(|a| (a.outcome, a.tries, a.answer.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Outcome::Correct, 0, right[0].as_str()),
            (Outcome::Wrong, 2, "0.123457"),
            (Outcome::Skipped, 0, ""),
        ]
    );
    for a in &attempts {
        assert_eq!(
            (a.kind.as_str(), a.level, a.at),
            ("la.dot_product", 1, NOW_MS)
        );
        assert_eq!(a.source, Source::Drill);
        assert_eq!(a.session, attempts[0].session);
    }
    let sessions = store.sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].command, "linalg la.dot_product");
    assert_eq!(sessions[0].ended, Some(NOW_MS));
    // one (kind, level): its state is the last review's, due a day or more later
    let states = store.review_states().unwrap();
    assert_eq!(states.len(), 1);
    assert_eq!(states[0].reps, 3);
    assert!(states[0].due >= NOW_MS + DAY_MS, "{states:?}");
}

#[test]
fn check_saves_its_verdict_and_no_save_saves_nothing() {
    let h = Home::at(NOW);
    let args = ["check", "la.inverse", "--seed", "4127", "--answer"];
    let (code, _, err) = h.run(&[&args[..], &["[2 -5; -1 3]", "--no-save"]].concat(), "");
    assert!(code == 0 || code == 1, "{err}");
    assert!(!h.store_path().exists(), "--no-save created the store");
    let (_, _, err) = h.run(&[&args[..], &["[[3,1],[5,2]]"]].concat(), "");
    assert!(err.is_empty(), "{err}");
    let store = Store::open(&h.store_path()).unwrap();
    let attempts = store.attempts(&AttemptFilter::kind("la.inverse")).unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].source, Source::Check);
    assert_eq!(attempts[0].answer, "[[3,1],[5,2]]");
    assert_eq!(attempts[0].seed, 4127);
    // an answer that cannot be read is no attempt
    let (code, _, _) = h.run(&[&args[..], &["[[3,1],["]].concat(), "");
    assert_eq!(code, 2);
    assert_eq!(store.attempts(&AttemptFilter::default()).unwrap().len(), 1);
}

#[test]
fn a_drill_with_no_save_leaves_no_store() {
    let h = Home::at(NOW);
    let (code, out, _) = h.run(
        &["linalg", "--count", "2", "--seed", "3", "--no-save"],
        "s\ns\n",
    );
    assert_eq!(code, 0);
    assert!(!out.contains("Saved."), "{out}");
    assert!(!h.store_path().exists());
}

#[test]
fn a_store_that_cannot_be_used_is_one_warning_and_the_drill_goes_on() {
    let h = Home::at(NOW);
    let junk = b"not a database, but the learner's own file".repeat(10);
    std::fs::write(h.store_path(), &junk).unwrap();
    let (code, out, err) = h.run(&["linalg", "--count", "2", "--seed", "3"], "s\ns\n");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err.matches("warning: progress is not saved").count(),
        1,
        "{err}"
    );
    assert!(err.contains("is not a mathdrill progress store"), "{err}");
    assert!(out.contains("Summary"), "{out}");
    assert!(!out.contains("Saved."), "{out}");
    assert_eq!(std::fs::read(h.store_path()).unwrap(), junk);
}

#[test]
fn a_now_that_is_not_a_time_is_refused() {
    let h = Home::at(NOW);
    let out = h
        .cmd()
        .env("MATHDRILL_NOW", "next tuesday")
        .args(["linalg", "--count", "1", "--seed", "3"])
        .write_stdin("s\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("MATHDRILL_NOW") && err.contains("2026-12-03"),
        "{err}"
    );
}

/// Records `answer` to `check KIND --seed S` on the day `day` (`2026-12-0D`).
fn check_on(h: &Home, day: u32, kind: &str, seed: &str, answer: &str) {
    let out = h
        .cmd()
        .env("MATHDRILL_NOW", format!("2026-12-{day:02}T09:00"))
        .args(["check", kind, "--seed", seed, "--answer", answer])
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{out:?}");
}

fn canonical(kind: &str, seed: u64) -> String {
    let p = mathdrill::registry().generate(kind, 1, seed).unwrap();
    p.answer.expected.to_text()
}

#[test]
fn progress_reports_mastery_mistakes_and_what_is_due() {
    let h = Home::at(NOW);
    let (code, out, _) = h.run(&["progress"], "");
    assert_eq!(code, 0);
    assert!(out.contains("Nothing recorded yet"), "{out}");
    assert!(!h.store_path().exists(), "the report created a store");
    let right = canonical("la.dot_product", 3);
    for day in [1, 2, 3] {
        check_on(&h, day, "la.dot_product", "3", &right);
        // the cofactors left untransposed: a named mistake
        check_on(&h, day, "la.inverse", "4127", "[[-3,5],[-4,7]]");
    }
    let (code, out, err) = h.run(&["progress"], "");
    assert_eq!(code, 0, "{err}");
    for want in [
        "Progress · 6 answers, 50% on the first try",
        "la.dot_product  level 2 · mastered up to level 1 · 3 answers, 100% first try",
        "la.inverse      level 1 · no level mastered · 3 answers, 0% first try",
        "la.inverse: \"That is (A⁻¹)ᵀ: the cofactor matrix must be transposed, adj A = Cᵀ, before dividing by det A.\" 3 times; last on 3 December",
        "drill it: mathdrill linalg la.inverse",
        "2026-W49",
        "3 December  mathdrill check la.inverse · 1 answer, 0% first try",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&h.run(&["progress", "la.inverse", "--json"], "").1).unwrap();
    assert_eq!(json["answers"], 3);
    assert_eq!(json["kinds"].as_array().unwrap().len(), 1);
    assert_eq!(json["mistakes"][0]["name"], "cofactors_not_transposed");
    assert_eq!(json["mistakes"][0]["count"], 3);
    // Again three times: due the next day
    let next = &json["next_due"];
    assert_eq!(next["kind"], "la.inverse");
    assert_eq!(
        next["due"],
        NOW_MS + DAY_MS - 3_600_000,
        "the last, 3 December 09:00, + 1 day"
    );
    let (code, _, err) = h.run(&["progress", "nonsense"], "");
    assert_eq!(code, 2);
    assert!(err.contains("neither an area"), "{err}");
}

#[test]
fn export_import_merges_without_duplicates_and_reset_asks_first() {
    let (a, b) = (Home::at(NOW), Home::at(NOW));
    check_on(&a, 1, "la.dot_product", "3", "0");
    check_on(&b, 2, "la.inverse", "4127", "[[-3,5],[-4,7]]");
    let file = a.dir.path().join("a.jsonl");
    let (code, _, err) = a.run(&["progress", "--export", file.to_str().unwrap()], "");
    assert_eq!(code, 0, "{err}");
    for _ in 0..2 {
        let (code, _, err) = b.run(&["progress", "--import", file.to_str().unwrap()], "");
        assert_eq!(code, 0, "{err}");
    }
    let store = Store::open(&b.store_path()).unwrap();
    let kinds: Vec<String> = store
        .attempts(&AttemptFilter::default())
        .unwrap()
        .into_iter()
        .map(|x| x.kind)
        .collect();
    assert_eq!(kinds, ["la.dot_product", "la.inverse"]);
    // the review states are rebuilt from the merged history
    assert_eq!(store.review_states().unwrap().len(), 2);
    drop(store);
    let (code, _, err) = b.run(&["progress", "--reset", "la.inverse"], "");
    assert_eq!(code, 2, "reset without --yes off a terminal");
    assert!(err.contains("--yes"), "{err}");
    let (code, out, _) = b.run(&["progress", "--reset", "la.inverse", "--yes"], "");
    assert_eq!(code, 0);
    assert!(out.contains("deleted 1 answer"), "{out}");
    let store = Store::open(&b.store_path()).unwrap();
    assert_eq!(store.attempts(&AttemptFilter::default()).unwrap().len(), 1);
}

#[test]
fn review_asks_what_is_due_in_due_order_and_says_when_nothing_is() {
    let h = Home::at(NOW);
    let (_, out, _) = h.run(&["review"], "");
    assert!(out.contains("Nothing to review yet"), "{out}");
    // wrong on the 1st (due the 2nd), right on the 2nd (due days later)
    check_on(&h, 1, "la.inverse", "4127", "[[-3,5],[-4,7]]");
    check_on(
        &h,
        2,
        "la.dot_product",
        "3",
        &canonical("la.dot_product", 3),
    );
    let on = |day: &str, args: &[&str], stdin: &str| {
        let out = h
            .cmd()
            .env("MATHDRILL_NOW", day)
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let out = on("2026-12-01T12:00", &["review"], "");
    assert!(
        out.contains("Nothing is due. The next review is la.inverse level 1 tomorrow."),
        "{out}"
    );
    let out = on("2026-12-02T12:00", &["review", "--seed", "9"], "s\n");
    assert!(
        out.contains("review · 1 question · session seed 9"),
        "{out}"
    );
    assert!(out.contains("Exercise 1/1 · la.inverse"), "{out}");
    assert!(!out.contains("Same questions again"), "{out}");
    let out = on("2026-12-02T12:30", &["review", "linalg"], "");
    assert!(
        out.contains("Nothing is due in linalg. The next review is la.inverse"),
        "{out}"
    );
    let store = Store::open(&h.store_path()).unwrap();
    let reviews: Vec<_> = store
        .attempts(&AttemptFilter::default())
        .unwrap()
        .into_iter()
        .filter(|a| a.source == Source::Review)
        .collect();
    assert_eq!(reviews.len(), 1);
    assert_eq!(
        (reviews[0].kind.as_str(), reviews[0].outcome),
        ("la.inverse", Outcome::Skipped)
    );
    assert_ne!(reviews[0].seed, 4127, "a review asks a fresh exercise");
    let (code, _, err) = h.run(&["review", "nope"], "");
    assert_eq!(code, 2, "{err}");
}

/// The store's attempts, read while a drill may be writing to it.
fn attempts_in(h: &Home) -> Vec<mathdrill::progress::Attempt> {
    if !h.store_path().exists() {
        return Vec::new();
    }
    Store::open(&h.store_path())
        .and_then(|s| s.attempts(&AttemptFilter::default()))
        .unwrap_or_default()
}

#[test]
fn kill_9_in_the_middle_of_a_drill_loses_only_the_unanswered_question() {
    use std::io::Write;
    let h = Home::at(NOW);
    let right = answers("la.dot_product", 3, 21);
    let (mut child, mut stdin) =
        h.spawn(&["linalg", "la.dot_product", "--count", "3", "--seed", "21"]);
    writeln!(stdin, "{}", right[0]).unwrap();
    stdin.flush().unwrap();
    // The first answer is committed as soon as it is judged, while the drill waits for the next.
    let start = std::time::Instant::now();
    while attempts_in(&h).is_empty() {
        assert!(start.elapsed().as_secs() < 30, "the answer was never saved");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    drop(stdin);
    let saved = attempts_in(&h);
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert_eq!(saved[0].outcome, Outcome::Correct);
    let store = Store::open(&h.store_path()).unwrap();
    assert!(store.review_state("la.dot_product", 1).unwrap().is_some());
    assert_eq!(
        store.sessions().unwrap()[0].ended,
        None,
        "killed before it ended"
    );
    drop(store);
    // The store is whole: the next drill records on top of it without a warning.
    let next = answers("la.dot_product", 1, 22);
    let (code, out, err) = h.run(
        &[
            "linalg",
            "la.dot_product",
            "--count",
            "1",
            "--seed",
            "22",
            "--level",
            "1",
        ],
        &format!("{}\n", next[0]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(out.contains("1/1 correct"), "{out}");
    assert_eq!(attempts_in(&h).len(), 2);
}

#[test]
fn two_drills_at_once_both_record_everything() {
    let h = Home::at(NOW);
    const N: usize = 40;
    let drills: Vec<_> = [31, 32]
        .iter()
        .map(|seed| {
            let (n, seed) = (N.to_string(), seed.to_string());
            let (child, mut stdin) = h.spawn(&["linalg", "--count", &n, "--seed", &seed]);
            std::thread::spawn(move || {
                use std::io::Write;
                let _ = stdin.write_all("s\n".repeat(N).as_bytes());
            });
            child
        })
        .collect();
    for child in drills {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert!(
            err.is_empty(),
            "no warning, no \"database is locked\": {err}"
        );
    }
    let store = Store::open(&h.store_path()).unwrap();
    let all = store.attempts(&AttemptFilter::default()).unwrap();
    assert_eq!(all.len(), 2 * N);
    let sessions = store.sessions().unwrap();
    assert_eq!(sessions.len(), 2);
    for s in &sessions {
        assert_eq!(all.iter().filter(|a| a.session == s.uid).count(), N);
        assert!(s.ended.is_some(), "{s:?}");
    }
}

#[test]
fn the_desired_retention_is_settable_and_a_lower_one_spaces_reviews_further() {
    let right = common::answers(&[("la.inverse".to_string(), 1, 4127)]).remove(0);
    let args = ["check", "la.inverse", "--seed", "4127", "--answer", &right];
    let due_with = |retention: Option<&str>| {
        let h = Home::at(NOW);
        let mut cmd = h.cmd();
        if let Some(r) = retention {
            cmd.env("MATHDRILL_RETENTION", r);
        }
        let out = cmd.args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let store = Store::open(&h.store_path()).unwrap();
        store.review_state("la.inverse", 1).unwrap().unwrap().due
    };
    let (low, default, high) = (
        due_with(Some("0.7")),
        due_with(None),
        due_with(Some("0.97")),
    );
    assert_eq!(default, due_with(Some("0.9")));
    assert!(low > default && default > high, "{low} {default} {high}");
    for bad in ["0.5", "1", "abc", "NaN"] {
        let h = Home::at(NOW);
        let out = h
            .cmd()
            .env("MATHDRILL_RETENTION", bad)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("0.7 to 0.99"), "{bad}: {err}");
        assert!(!h.store_path().exists(), "{bad}: nothing saved");
    }
}
