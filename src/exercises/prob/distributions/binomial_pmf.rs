//! `prob.binomial_pmf`: P(X = k) for a binomial X, by the formula C(n, k)·pᵏ·(1 − p)ⁿ⁻ᵏ.
//!
//! Level 1: n = 3–5, p ∈ {1/2, 1/3, 2/3, 1/4, 3/4}, exact fraction. Level 2: n = 5–8, p a
//! fraction with denominator 3–6, exact fraction. Level 3: n = 8–15, p with two decimals, the
//! answer to 4 significant figures (at least 0.02). Always 0 < k < n, so that C(n, k) > 1.
//!
//! Named mistakes: the coefficient C(n, k) left out; (1 − p) raised to k instead of n − k; the
//! two exponents swapped.

use super::binomial::{PMF_FORMULA, draw_p, parameters, setting, term_line};
use super::common::{binomial_pmf, choose, power, power_step};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::tidy;
use crate::exercises::common::{Mistakes, math_line};
use crate::math::Scalar;

pub struct BinomialPmf;

/// One problem: X ~ Binomial(n, p), asked P(X = k).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub n: u32,
    pub k: u32,
    pub p: Scalar,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (lo, hi) = match level {
        1 => (3, 5),
        2 => (5, 8),
        3 => (8, 15),
        l => return Err(GenError::Level(l)),
    };
    let n = rng.int(lo, hi) as u32;
    let p = draw_p(level, rng);
    let k = rng.int(1, n as i64 - 1) as u32;
    Ok(Params { n, k, p })
}

pub fn build(&Params { n, k, p }: &Params) -> Result<Draft, GenError> {
    let exact = p.is_exact();
    let value = binomial_pmf(n, k, p);
    if !exact && value.to_f64() < 0.02 {
        return Err(GenError::Redraw("a tiny probability"));
    }
    let q = Scalar::ONE - p;
    let answer = AnswerSpec::scalar(tidy(value));
    let c = Scalar::int(choose(n, k));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "forgot_coefficient",
        power(p, k) * power(q, n - k),
        "That is pᵏ·(1 − p)ⁿ⁻ᵏ, the probability of one particular order of the successes and \
         failures. Multiply by C(n, k), the number of orders in which they can come.",
    )?;
    mistakes.optional(
        "failures_exponent_k",
        c * power(p, k) * power(q, k),
        "The failures' factor 1 − p is raised to the number of failures, n − k, not to k.",
    );
    mistakes.optional(
        "swapped_exponents",
        c * power(p, n - k) * power(q, k),
        "The exponents are swapped: p goes with the k successes, 1 − p with the n − k failures.",
    );

    let precision = if exact {
        "Give the exact fraction."
    } else {
        "Give 4 significant figures."
    };
    let prompt = vec![
        setting(n, p),
        Line::text(format!("Find P(X = {k}). {precision}")),
    ];
    let solution = vec![
        Line::text(format!(
            "X is binomial with {}, so {PMF_FORMULA}.",
            parameters(n, p)
        )),
        Line::text(format!(
            "C({n}, {k}) = {n}!/({k}!·{}!) = {} counts the orders of {} among {n} trials:",
            n - k,
            choose(n, k),
            if k == 1 {
                "1 success".to_string()
            } else {
                format!("{k} successes")
            }
        )),
        math_line(&term_line(n, k, p)),
    ];
    let hints = vec![
        format!("Use {PMF_FORMULA} with k = {k}, {}.", parameters(n, p)),
        format!(
            "Multiply C({n}, {k}) = {}, {} and {}.",
            choose(n, k),
            power_step(p, k),
            power_step(q, n - k)
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for BinomialPmf {
    fn id(&self) -> &'static str {
        "prob.binomial_pmf"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness_with;
    use statrs::distribution::{Binomial, Discrete};

    #[test]
    fn binomial_probabilities_match_statrs_and_stay_nice() {
        let mut named = Seen::default();
        soundness_with(
            &BinomialPmf,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, prm, d, ctx| {
                let Params { n, k, p } = *prm;
                let reference = Binomial::new(p.to_f64(), n as u64).unwrap().pmf(k as u64);
                let got = d.answer.expected.as_scalar().unwrap();
                assert!((got.to_f64() - reference).abs() <= 1e-12, "{ctx}");
                let (lo, hi) = [(3, 5), (5, 8), (8, 15)][level as usize - 1];
                assert!((lo..=hi).contains(&n) && 0 < k && k < n, "{ctx}");
                // Exact fractions with a small denominator at levels 1–2, decimals at level 3.
                assert_eq!(got.is_exact(), level < 3, "{ctx}");
                if let Some(q) = p.exact() {
                    assert!(q.denom() <= 6, "{ctx}");
                } else {
                    assert!(reference >= 0.02, "{ctx}");
                    let hundredths = p.to_f64() * 100.0;
                    assert!((hundredths - hundredths.round()).abs() < 1e-9, "{ctx}");
                }
                // The last hint is the last step: the three factors' values, to be multiplied.
                let last = d.hints.last().unwrap();
                let q = Scalar::ONE - p;
                for part in [power_step(p, k), power_step(q, n - k)] {
                    assert!(last.contains(&part), "{ctx}: {last}");
                }
                named.note(d);
            },
        );
        named.assert_exactly(&[
            "failures_exponent_k",
            "forgot_coefficient",
            "swapped_exponents",
        ]);
    }
}
