//! Hand-built histories and catalogs for the tests of this layer.

use super::model::{Attempt, Outcome, Source};
use crate::engine::Catalog;

/// One day in ms.
pub const DAY: i64 = 86_400_000;
/// 2026-12-01 12:00 UTC (day 20788).
pub const T0: i64 = 1_796_126_400_000;

/// A clean success (right first try, no hint) at `kind` level 1, at `at` ms, that took
/// `took_ms`; tests change the other fields with struct update syntax.
pub fn attempt(kind: &str, at: i64, took_ms: i64) -> Attempt {
    Attempt {
        uid: format!("{at:032x}"),
        session: "s".into(),
        at,
        kind: kind.into(),
        level: 1,
        seed: 7,
        answer: "1".into(),
        outcome: Outcome::Correct,
        tries: 0,
        score: 1.0,
        mistake: None,
        hints: 0,
        took_ms,
        source: Source::Drill,
    }
}

/// An attempt at (`kind`, `level`) on day `day` after [`T0`], `minute` minutes past noon, right
/// on the first try without hints when `clean`, wrong otherwise.
pub fn on_day(kind: &str, level: u8, day: i64, minute: i64, clean: bool) -> Attempt {
    let mut a = attempt(kind, T0 + day * DAY + minute * 60_000, 30_000);
    a.level = level;
    if !clean {
        a.outcome = Outcome::Wrong;
        a.tries = 1;
        a.score = 0.0;
    }
    a
}

/// A catalog of three linear-algebra kinds and one probability kind:
/// - `la.a`: levels 1–3, topic la.vectors;
/// - `la.b`: level 1 only, topics la.vectors and la.dot;
/// - `la.c`: levels 1 and 3, topic la.dot;
/// - `prob.d`: levels 1–2, topic prob.bayes.
pub fn catalog() -> Catalog {
    let topic = |id: &str| {
        format!(
            "[[topic]]\nid = \"{id}\"\nsection = \"s\"\nlevel = \"core\"\nmin_kinds = 1\ntitle = \"t\"\n"
        )
    };
    let syllabus = format!(
        "format_version = 1\n{}{}{}",
        topic("la.vectors"),
        topic("la.dot"),
        topic("prob.bayes")
    );
    let kind = |id: &str, levels: &str, topics: &str| {
        format!(
            "[[kind]]\nid = \"{id}\"\ntitle = \"t\"\ntopics = [{topics}]\nstage = 1\nafter = []\nlevels = [{levels}]\nanswer = \"number\"\nhints = [\"a\", \"b\"]\n"
        )
    };
    let linalg = format!(
        "format_version = 1\narea = \"linalg\"\n{}{}{}",
        kind("la.a", "1, 2, 3", "\"la.vectors\""),
        kind("la.b", "1", "\"la.vectors\", \"la.dot\""),
        kind("la.c", "1, 3", "\"la.dot\"")
    );
    let prob = format!(
        "format_version = 1\narea = \"prob\"\n{}",
        kind("prob.d", "1, 2", "\"prob.bayes\"")
    );
    let c = Catalog::from_sources(&[("linalg.toml", &linalg), ("prob.toml", &prob)], &syllabus)
        .unwrap();
    assert_eq!(
        c.validate(&["la.a", "la.b", "la.c", "prob.d"]),
        Vec::<String>::new()
    );
    c
}

/// A catalog entry in TOML.
fn path_kind(id: &str, stage: u8, after: &[&str], levels: &[u8]) -> String {
    let after: Vec<String> = after.iter().map(|a| format!("{a:?}")).collect();
    format!(
        "[[kind]]\nid = {id:?}\ntitle = \"t\"\ntopics = []\nstage = {stage}\nafter = [{}]\n\
         levels = {levels:?}\nanswer = \"number\"\nhints = []\n",
        after.join(", ")
    )
}

/// linalg: a, b (stage 1); c after a, d after a and b (stage 2); e after c (stage 3).
/// prob: x (stage 1); y after x and la.c (stage 2).
pub fn path_catalog() -> Catalog {
    let linalg = [
        path_kind("la.a", 1, &[], &[1, 2, 3]),
        path_kind("la.b", 1, &[], &[1, 2]),
        path_kind("la.c", 2, &["la.a"], &[1, 2, 3]),
        path_kind("la.d", 2, &["la.a", "la.b"], &[1, 3]),
        path_kind("la.e", 3, &["la.c"], &[1, 2, 3]),
    ];
    let prob = [
        path_kind("prob.x", 1, &[], &[1, 2]),
        path_kind("prob.y", 2, &["prob.x", "la.c"], &[1]),
    ];
    let file = |area: &str, kinds: &[String]| {
        format!("format_version = 1\narea = {area:?}\n{}", kinds.concat())
    };
    let (la, pr) = (file("linalg", &linalg), file("prob", &prob));
    let c = Catalog::from_sources(
        &[("la", &la), ("prob", &pr)],
        "format_version = 1\ntopic = []\n",
    );
    let c = c.unwrap();
    assert_eq!(c.path_problems(), Vec::<String>::new());
    c
}
