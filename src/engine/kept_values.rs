//! A problem's formula checker state, kept between checks: the test points of its seed and its
//! answer's values there. Generating a problem checks its printed answer and judges its named
//! mistakes at these points; the learner's checks that follow (several tries in a drill, the
//! `check` command after generating) compare with the values already computed.
//!
//! The state is derived from the problem alone (its seed, level, answer and equivalence), so it
//! changes no verdict: it only saves recomputing the same numbers.

use std::sync::{Mutex, MutexGuard, OnceLock};

use super::answer::Equivalence;
use super::formula::{TestPoints, Values};
use super::formula_values::{formula_domain, values_for};
use super::problem::Problem;
use crate::expr::Value;

/// The seed of a problem's formula test points: fixed per problem, so a verdict is reproducible.
pub(crate) fn points_seed(p: &Problem) -> u64 {
    p.seed ^ ((p.level as u64) << 56) ^ 0x7465_7374
}

/// The checker's points and the expected answer's values there (one [`Values`] per formula of
/// a list).
#[derive(Debug)]
pub(crate) struct KeptValues {
    pub points: TestPoints,
    pub expected: Vec<Values>,
    /// What they were computed for: the points' seed, the expected answer and its equivalence
    /// (whose domain the points are drawn from).
    seed: u64,
    of: Value,
    under: Equivalence,
}

/// The kept state of one problem, filled in on first use; empty for answers that are not
/// formulas. A clone starts empty, and it takes no part in comparing problems.
#[derive(Default)]
pub struct Kept(OnceLock<Option<Mutex<KeptValues>>>);

impl Kept {
    /// The kept points and values of `p` (whose state this is), locked for one check; `None`
    /// for an answer that is not a formula, or when the problem has changed since they were
    /// computed (its fields are public), in which case the caller computes afresh.
    pub(crate) fn lock(&self, p: &Problem) -> Option<MutexGuard<'_, KeptValues>> {
        let kept = self.0.get_or_init(|| {
            let eq = &p.answer.equivalence;
            formula_domain(eq).map(|domain| {
                Mutex::new(KeptValues {
                    points: TestPoints::new(domain, points_seed(p)),
                    expected: values_for(eq, &p.answer.expected),
                    seed: points_seed(p),
                    of: p.answer.expected.clone(),
                    under: eq.clone(),
                })
            })
        });
        // A poisoned lock only means a panic elsewhere while it was held; the values are
        // filled in point by point and stay valid.
        let guard = kept
            .as_ref()?
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let same = guard.seed == points_seed(p)
            && guard.of == p.answer.expected
            && guard.under == p.answer.equivalence;
        same.then_some(guard)
    }
}

impl Clone for Kept {
    fn clone(&self) -> Kept {
        Kept::default()
    }
}

impl PartialEq for Kept {
    fn eq(&self, _: &Kept) -> bool {
        true
    }
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Kept")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{check, compare_answer};
    use crate::expr::parse;

    /// A problem checked with its kept values gives the verdict of the comparison made afresh
    /// (new points, new values), for its answer, each named mistake and a wrong answer; and
    /// kept values of another answer are not used.
    #[test]
    fn kept_values_change_no_verdict() {
        let reg = crate::registry();
        let mut judged = 0;
        for id in [
            "calc.chain_rule",
            "calc.antiderivative",
            "calc.gradient_formula",
        ] {
            for seed in 0..20 {
                let p = reg.generate(id, 2, seed).unwrap();
                let mut answers: Vec<String> =
                    p.mistakes.iter().map(|m| m.answer.to_text()).collect();
                answers.push(p.answer.canonical_text());
                // A wrong answer the kinds of one variable read (the others refuse it).
                answers.push("x^3 + 1".into());
                for a in &answers {
                    let Ok(kept) = check(&p, a) else { continue };
                    let Ok(e) = parse(a) else { continue };
                    let afresh = compare_answer(&Value::Formula(e), &p.answer, points_seed(&p));
                    assert_eq!(kept.correct, afresh.correct, "{id} {seed} {a}");
                    assert_eq!(
                        kept.score.to_bits(),
                        afresh.score.to_bits(),
                        "{id} {seed} {a}"
                    );
                    judged += 1;
                }
                assert!(p.kept.lock(&p).is_some());
                let mut changed = p.clone();
                changed.answer.expected = Value::Formula(parse("x^2").unwrap());
                assert!(p.kept.lock(&changed).is_none());
                let mut moved = p.clone();
                moved.answer.equivalence = Equivalence::Formula {
                    vars: vec![crate::engine::Domain::new("x", 10.0, 20.0)],
                    tol: crate::engine::Tolerance::default(),
                };
                assert!(p.kept.lock(&moved).is_none());
            }
        }
        assert!(judged > 200, "{judged}");
    }
}
