//! Small checks the kinds' tests share: an answer's numbers, comparing a value with a reference
//! at a stated tolerance, the last hint, and which named mistakes a sweep has seen.

use crate::engine::Draft;
use crate::expr::Value;
use std::collections::BTreeSet;

/// The expected answer as a number (NaN when the answer is not a scalar).
pub fn answer_f64(d: &Draft) -> f64 {
    d.answer
        .expected
        .as_scalar()
        .map_or(f64::NAN, |x| x.to_f64())
}

/// The numbers of a scalar or interval (tuple) answer, in order.
pub fn answer_numbers(d: &Draft) -> Vec<f64> {
    match &d.answer.expected {
        Value::Scalar(x) => vec![x.to_f64()],
        Value::Tuple(items) => items
            .iter()
            .map(|v| v.as_scalar().expect("number").to_f64())
            .collect(),
        other => panic!("{other:?}"),
    }
}

/// Whether `a` is within `rel` of `b`, relative to `|b|` (at least 1e-12 absolute).
pub fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= (rel * b.abs()).max(1e-12)
}

/// Whether `got` is within 1e-9 of `want`, relative to `max(|want|, 1)`: an exact computation
/// against an f64 one that sums a few terms.
pub fn near(got: f64, want: f64) -> bool {
    (got - want).abs() <= 1e-9 * want.abs().max(1.0)
}

/// `got` equals `want` to 1e-12 relative to `max(|want|, 1e-3)`: an exact computation against
/// an f64 one of a few operations.
pub fn assert_close(got: f64, want: f64, ctx: &str) {
    assert!(
        (got - want).abs() <= 1e-12 * want.abs().max(1e-3),
        "{ctx}: {got} against the reference {want}"
    );
}

/// The last hint of a draft (empty when it has none).
pub fn last_hint(d: &Draft) -> &str {
    d.hints.last().map_or("", String::as_str)
}

/// The names of the named mistakes seen over a sweep.
#[derive(Default, Debug)]
pub struct Seen(pub BTreeSet<&'static str>);

impl Seen {
    /// Notes the names of `d`'s mistakes.
    pub fn note(&mut self, d: &Draft) {
        self.0.extend(d.mistakes.iter().map(|m| m.name));
    }
    /// Every one of `names` was seen (others may have been too).
    pub fn assert_all(&self, names: &[&str]) {
        for n in names {
            assert!(
                self.0.contains(n),
                "mistake {n} never named; seen {:?}",
                self.0
            );
        }
    }
    /// The names seen are exactly `names`: each one the kind defines appears, and no other.
    pub fn assert_exactly(&self, names: &[&str]) {
        let want: BTreeSet<&str> = names.iter().copied().collect();
        let seen: BTreeSet<&str> = self.0.iter().copied().collect();
        assert_eq!(seen, want, "named mistakes seen");
    }
}

/// The names of the named mistakes a kind gives at `level` over the first `seeds` seeds.
pub fn mistake_names(ex: &dyn crate::engine::Exercise, level: u8, seeds: u64) -> Seen {
    let mut seen = Seen::default();
    for seed in 0..seeds {
        seen.note(&super::draw(ex, level, seed).0);
    }
    seen
}

/// Prints the problems of the kinds named in `MATHDRILL_SHOW` (comma-separated ids; levels 1–3,
/// seeds 0–2) as the terminal shows them, with their LaTeX: for reading the kinds while
/// writing them (`MATHDRILL_SHOW=prob.bayes_test cargo test --lib show_kinds -- --ignored
/// --nocapture`).
#[test]
#[ignore]
fn show_kinds() {
    let wanted = std::env::var("MATHDRILL_SHOW").unwrap_or_default();
    for ex in crate::exercises::all() {
        if !wanted.split(',').any(|w| w == ex.id()) {
            continue;
        }
        for level in 1..=3 {
            for seed in 0..3 {
                let (d, _) = super::draw(ex.as_ref(), level, seed);
                let fit = |ls: &[crate::engine::Line]| crate::render::fit(ls, "  ", 80);
                println!("==== {} level {level} seed {seed}", ex.id());
                println!("{}", fit(&d.prompt));
                println!("-- answer {}", d.answer.canonical_text());
                println!("{}", fit(&d.solution));
                for h in &d.hints {
                    println!("hint: {h}");
                }
                for m in &d.mistakes {
                    println!("mistake {} = {}: {}", m.name, m.answer.to_text(), m.message);
                }
                if std::env::var("MATHDRILL_SHOW_LATEX").is_ok() {
                    println!("{}", crate::render::latex(&d.solution));
                }
            }
        }
    }
}
