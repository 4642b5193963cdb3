//! `la.eigenvalues`: all eigenvalues of a matrix, as a multiset `{λ₁, λ₂, …}`.
//!
//! Built backwards as `A = P·D·P⁻¹` with unimodular `P` (see `math::linalg::nice_spectral`), so
//! the eigenvalues are the chosen integers. Level 1: 2×2, distinct eigenvalues in −6..6, entries
//! within ±9. Level 2: 3×3, distinct nonzero eigenvalues in −4..5, entries within ±10. Level 3:
//! 3×3 with a double eigenvalue (`{μ, μ, ν}`, nonzero), entries within ±10. The solution finds
//! them as the roots of the characteristic polynomial (rational-root search for 3×3).

use super::super::common::{Mistakes, chain, det2_steps, num, scalars, value_sum};
use super::common::{
    eigen_set, factored, nonzero_spectrum, poly_at_steps, poly_pretty, principal_minor_steps,
    spectral_draw, spectral_max_entry,
};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::math::linalg::charpoly::{char_poly, integer_eigenvalues};
use crate::math::linalg::determinant;
use crate::math::{Matrix, Scalar};

pub struct Eigenvalues;

impl Exercise for Eigenvalues {
    fn id(&self) -> &'static str {
        "la.eigenvalues"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let eigs = nonzero_spectrum(level, rng)?;
        let (a, _, _) = spectral_draw(rng, &eigs, spectral_max_entry(level))?;
        let n = a.nrows();
        let mut sorted = eigs.clone();
        sorted.sort_unstable();
        if integer_eigenvalues(&a).as_ref() != Some(&sorted) {
            return Err(GenError::Redraw("spectrum not recovered"));
        }
        let expected = eigen_set(&scalars(&sorted));
        let answer = AnswerSpec::with(
            expected.clone(),
            Equivalence::UnorderedSet(Tolerance::default()),
        );
        let tr = a.trace().unwrap_or(Scalar::ZERO);
        let det = determinant(&a).ok_or(GenError::Redraw("not square"))?;

        let mut mistakes = Mistakes::new(&answer.expected);
        let negated: Vec<i64> = sorted.iter().map(|x| -x).collect();
        mistakes.require(
            "sign_slip",
            eigen_set(&scalars(&negated)),
            "Every sign is flipped: those are the roots of λ² + (tr A)·λ + …, a sign slip in \
             the characteristic polynomial. The eigenvalues add up to tr A.",
        )?;
        if level == 3 {
            let mut distinct = sorted.clone();
            distinct.dedup();
            mistakes.require(
                "dropped_repeat",
                eigen_set(&scalars(&distinct)),
                "A repeated eigenvalue counts as often as its multiplicity: a 3×3 matrix has \
                 three eigenvalues (their sum is tr A). List the double root twice.",
            )?;
        }
        let diagonal: Vec<Scalar> = (0..n).map(|i| a.get(i, i)).collect();
        mistakes.optional(
            "diagonal_entries",
            eigen_set(&diagonal),
            "Those are the diagonal entries of A. They are the eigenvalues only of a triangular \
             matrix; in general solve det(A − λI) = 0.",
        );
        if n == 2 {
            mistakes.optional(
                "trace_and_det",
                eigen_set(&[tr, det]),
                "Those are tr A and det A: the eigenvalues' sum and product, not the \
                 eigenvalues. Solve λ² − (tr A)·λ + det A = 0.",
            );
        }

        let prompt = vec![
            Line::text("Find all eigenvalues of"),
            Line::new().m("A = ").v(a.clone()),
            Line::text(
                "Give them as a set, in any order, e.g. {2, -1}; repeat a repeated eigenvalue \
                 as often as it occurs.",
            ),
        ];
        let (mut solution, hints) = if n == 2 {
            two_by_two(&a, &sorted, tr, det)
        } else {
            three_by_three(&a, &sorted, tr, det)
        };
        solution.push(Line::new().t("The eigenvalues: ").v(expected));
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

/// `λ² − (tr A)·λ + det A = 0`, factored.
fn two_by_two(a: &Matrix, roots: &[i64], tr: Scalar, det: Scalar) -> (Vec<Line>, Vec<String>) {
    let coeffs = [Scalar::ONE, -tr, det];
    let lines = vec![
        Line::math(format!(
            "tr A = {} = {},  det A = {}",
            value_sum(&[a.get(0, 0), a.get(1, 1)]),
            num(tr),
            chain(&det2_steps(a)[0], &det2_steps(a)[1..])
        )),
        Line::math(format!(
            "det(A − λI) = λ² − (tr A)·λ + det A = {} = {} = 0",
            poly_pretty(&coeffs),
            factored(roots)
        )),
        Line::text("Check: ").m(format!(
            "{} = tr A = {},  {} = det A = {} ✓",
            value_sum(&scalars(roots)),
            num(tr),
            super::super::common::product(&scalars(roots)),
            num(det)
        )),
    ];
    let hints = vec![
        format!(
            "For a 2×2 matrix, det(A − λI) = λ² − (tr A)·λ + det A; here it is {}.",
            poly_pretty(&coeffs)
        ),
        format!(
            "Factor it: find two numbers with sum {} and product {}.",
            num(tr),
            num(det)
        ),
    ];
    (lines, hints)
}

/// The roots of `det(λI − A) = λ³ − (tr A)·λ² + (M₁₁ + M₂₂ + M₃₃)·λ − det A` by the
/// rational-root theorem.
fn three_by_three(a: &Matrix, roots: &[i64], tr: Scalar, det: Scalar) -> (Vec<Line>, Vec<String>) {
    let monic = char_poly(a).unwrap_or_default();
    let m = monic.get(2).copied().unwrap_or(Scalar::ZERO);
    let mut minors = Vec::new();
    let mut minor_texts = Vec::new();
    for i in 0..3 {
        let (text, v) = principal_minor_steps(a, i);
        let s = super::super::common::sub(i + 1);
        minor_texts.push(format!("M{s}{s} = {text}"));
        minors.push(v);
    }
    let diag: Vec<Scalar> = (0..3).map(|i| a.get(i, i)).collect();
    let mut distinct = roots.to_vec();
    distinct.dedup();
    let mut lines = vec![
        Line::text(
            "The eigenvalues are the roots of det(λI − A) = λ³ − (tr A)·λ² + (M₁₁ + M₂₂ + M₃₃)·λ \
             − det A (the same roots as det(A − λI)), where Mᵢᵢ is the principal 2×2 minor:",
        ),
        Line::math(format!("tr A = {} = {}", value_sum(&diag), num(tr))),
        super::super::common::math_line(&minor_texts.join(",  ")),
        Line::math(format!(
            "M₁₁ + M₂₂ + M₃₃ = {} = {},  det A = {}",
            value_sum(&minors),
            num(m),
            num(det)
        )),
        Line::math(format!("p(λ) = {}", poly_pretty(&monic))),
        Line::text(format!(
            "An integer root divides the constant term {}. Trying its divisors:",
            num(-det)
        )),
    ];
    for &r in &distinct {
        lines.push(Line::math(format!(
            "p({}) = {}",
            num(Scalar::int(r)),
            poly_at_steps(&monic, Scalar::int(r))
        )));
    }
    lines.push(Line::math(format!("p(λ) = {}", factored(roots))));
    if distinct.len() < roots.len() {
        let double = roots.windows(2).find(|w| w[0] == w[1]).map_or(0, |w| w[0]);
        lines.push(Line::text(format!(
            "{} is a double root, so it is listed twice.",
            num(Scalar::int(double))
        )));
    }
    lines.push(Line::text("Check: ").m(format!(
        "{} = tr A = {} ✓",
        value_sum(&scalars(roots)),
        num(tr)
    )));
    let hints = vec![
        format!(
            "p(λ) = det(λI − A) = {} has the same roots as det(A − λI).",
            poly_pretty(&monic)
        ),
        format!(
            "An integer root divides the constant term {}: try its divisors in p(λ); after \
             finding a root r, divide p(λ) by (λ − r).",
            num(-det)
        ),
    ];
    (lines, hints)
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;
    use crate::expr::Value;
    use crate::math::linalg::charpoly::reference::eigenvalues as reference_eigenvalues;

    #[test]
    fn eigenvalues_match_nalgebra_and_are_bounded() {
        soundness(&Eigenvalues, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let n = a.nrows();
            assert_eq!(n, if level == 1 { 2 } else { 3 }, "{ctx}");
            assert!(max_int(a) <= [9, 10, 10][level as usize - 1], "{ctx}");
            let Value::Set(items) = &d.answer.expected else {
                panic!("{ctx}: not a set")
            };
            let mut got: Vec<f64> = items
                .iter()
                .map(|v| v.as_scalar().unwrap().to_f64())
                .collect();
            got.sort_by(f64::total_cmp);
            let ev = reference_eigenvalues(&a.to_nalgebra()).expect("nalgebra converges");
            let mut re: Vec<f64> = ev.iter().map(|z| z.0).collect();
            re.sort_by(f64::total_cmp);
            assert!(ev.iter().all(|z| z.1.abs() < 1e-4), "{ctx}");
            assert_eq!(got.len(), n, "{ctx}");
            for (g, r) in got.iter().zip(&re) {
                assert!((g - r).abs() < 1e-4, "{ctx}: {got:?} vs {re:?}");
            }
            let distinct = got.windows(2).filter(|w| w[0] != w[1]).count() + 1;
            assert_eq!(distinct, if level == 3 { 2 } else { n }, "{ctx}");
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(names.contains(&"sign_slip"), "{ctx}");
            if level == 3 {
                assert!(names.contains(&"dropped_repeat"), "{ctx}");
            }
        });
    }
}
