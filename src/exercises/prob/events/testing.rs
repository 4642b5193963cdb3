//! Test support for the prob kinds: replaying a kind's draw to get at its parameters, so that a
//! test can recompute the answer from them with an independent formula.

use crate::engine::{Draft, DrillRng, Exercise, GenError};
use crate::exercises::common::testing::{draw, seeds, soundness};
use std::collections::BTreeSet;

/// A kind's parameter draw for a level.
pub type DrawFn<P> = fn(u8, &mut DrillRng) -> Result<P, GenError>;
/// A kind's draft built from its parameters.
pub type BuildFn<P> = fn(u8, &P) -> Result<Draft, GenError>;

/// The common soundness sweep over levels 1–3, then every level and seed again with the
/// parameters: `each(level, params, draft, ctx)`. The replayed draft is checked to be the one
/// the engine generates, so the parameters are those of the problem the learner sees.
pub fn sweep<P>(
    ex: &dyn Exercise,
    draw_params: DrawFn<P>,
    build: BuildFn<P>,
    mut each: impl FnMut(u8, &P, &Draft, &str),
) {
    soundness(ex, &[1, 2, 3], |_, _, _| {});
    for level in 1..=3 {
        for seed in 0..seeds() {
            let ctx = format!("{} level {level} seed {seed}", ex.id());
            let mut rng = DrillRng::for_exercise(ex.id(), level, seed);
            let replayed = (0..100).find_map(|_| {
                let built =
                    draw_params(level, &mut rng).and_then(|p| build(level, &p).map(|d| (p, d)));
                match built {
                    Ok(pd) => Some(pd),
                    Err(GenError::Redraw(_)) => None,
                    Err(e) => panic!("{ctx}: {e}"),
                }
            });
            let (params, d) = replayed.unwrap_or_else(|| panic!("{ctx}: no draw"));
            assert_eq!(d, draw(ex, level, seed).0, "{ctx}: replay differs");
            each(level, &params, &d, &ctx);
        }
    }
}

/// The expected answer as a number.
pub fn answer_f64(d: &Draft) -> f64 {
    d.answer
        .expected
        .as_scalar()
        .map_or(f64::NAN, |x| x.to_f64())
}

/// `got` equals `want` to 1e-12 relative (an exact computation against an f64 one).
pub fn assert_close(got: f64, want: f64, ctx: &str) {
    assert!(
        (got - want).abs() <= 1e-12 * want.abs().max(1e-3),
        "{ctx}: {got} against the reference {want}"
    );
}

/// The names of the named mistakes seen over a sweep.
#[derive(Default)]
pub struct Seen(BTreeSet<&'static str>);

impl Seen {
    pub fn note(&mut self, d: &Draft) {
        self.0.extend(d.mistakes.iter().map(|m| m.name));
    }
    /// Every one of `names` was seen.
    pub fn assert_all(&self, names: &[&str]) {
        for n in names {
            assert!(
                self.0.contains(n),
                "mistake {n} never named; seen {:?}",
                self.0
            );
        }
    }
}

/// The last hint of a draft.
pub fn last_hint(d: &Draft) -> &str {
    d.hints.last().map_or("", String::as_str)
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
                let (d, _) = draw(ex.as_ref(), level, seed);
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
