//! `la.char_poly`: the characteristic polynomial `det(A − λI)`, expanded, as a formula in λ.
//!
//! Convention (stated in the prompt): `det(A − λI)`, which is `λ² − tr(A)·λ + det A` for a 2×2
//! matrix and `−λ³ + tr(A)·λ² − (M₁₁ + M₂₂ + M₃₃)·λ + det A` for a 3×3 one (the monic
//! `det(λI − A)` with the sign `(−1)ⁿ`; giving the monic one for a 3×3 is the named mistake
//! `sign_convention`).
//!
//! Level 1: 2×2 with entries −5..5. Level 2: 2×2 with entries −9..9. Level 3: 3×3 with entries
//! −4..4 and at most two zeros. Redrawn: tr A = 0 (the sign slip on the trace would be invisible),
//! a zero off-diagonal product in a 2×2 (triangular), a zero sum of principal minors in a 3×3.

use super::super::common::{
    Mistakes, chain, det2_steps, factor, math_line, num, product, value_sum,
};
use super::common::{
    lambda_formula, minus_lambda_factor, poly_formula, poly_pretty, principal_minor_steps,
    shifted_text,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::charpoly::{char_poly, principal_minor_sum};
use crate::math::linalg::{determinant, random_int_matrix};
use crate::math::{Matrix, Scalar};

pub struct CharPoly;

fn draw(level: u8, rng: &mut DrillRng) -> Result<Matrix, GenError> {
    let a = match level {
        1 => random_int_matrix(rng, 2, 2, -5, 5),
        2 => random_int_matrix(rng, 2, 2, -9, 9),
        3 => random_int_matrix(rng, 3, 3, -4, 4),
        l => return Err(GenError::Level(l)),
    };
    let tr = a.trace().unwrap_or(Scalar::ZERO);
    if tr.is_zero() {
        return Err(GenError::Redraw("tr A = 0"));
    }
    if a.nrows() == 2 && (a.get(0, 1) * a.get(1, 0)).is_zero() {
        return Err(GenError::Redraw("A is triangular"));
    }
    if a.nrows() == 3 {
        let zeros = a.entries().iter().filter(|x| x.is_zero()).count();
        let m = principal_minor_sum(&a).unwrap_or(Scalar::ZERO);
        if zeros > 2 || m.is_zero() {
            return Err(GenError::Redraw("A is too sparse"));
        }
    }
    Ok(a)
}

/// The coefficients of `det(A − λI)` from those of `det(λI − A)`: multiplied by `(−1)ⁿ`.
fn a_minus_lambda(monic: &[Scalar]) -> Vec<Scalar> {
    let n = monic.len() - 1;
    monic
        .iter()
        .map(|&c| if n % 2 == 1 { -c } else { c })
        .collect()
}

impl Exercise for CharPoly {
    fn id(&self) -> &'static str {
        "la.char_poly"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let a = draw(level, rng)?;
        let n = a.nrows();
        let monic = char_poly(&a).ok_or(GenError::Redraw("no characteristic polynomial"))?;
        let coeffs = a_minus_lambda(&monic);
        let expected = poly_formula(&coeffs)?;
        let answer = AnswerSpec::with(expected.clone(), lambda_formula());
        let tr = a.trace().unwrap_or(Scalar::ZERO);
        let det = determinant(&a).ok_or(GenError::Redraw("not square"))?;

        let mut mistakes = Mistakes::new(&answer.expected);
        let (solution, hints) = if n == 2 {
            let (p, q, r, s) = (a.get(0, 0), a.get(0, 1), a.get(1, 0), a.get(1, 1));
            mistakes.require(
                "trace_sign",
                poly_formula(&[Scalar::ONE, tr, det])?,
                "The sign of the λ term is wrong: (a − λ)(d − λ) expands to λ² − (a + d)·λ + a·d, \
                 so the coefficient of λ is −tr A.",
            )?;
            mistakes.require(
                "missing_bc",
                poly_formula(&[Scalar::ONE, -tr, p * s])?,
                "That is only (a − λ)(d − λ): the product b·c of the off-diagonal entries is \
                 missing. det(A − λI) = (a − λ)(d − λ) − b·c.",
            )?;
            mistakes.optional(
                "ad_plus_bc",
                poly_formula(&[Scalar::ONE, -tr, p * s + q * r])?,
                "The constant term is a·d + b·c. A determinant subtracts the off-diagonal \
                 product: the constant term is det A = a·d − b·c.",
            );
            two_by_two(&a, &coeffs, &expected, tr, det)
        } else {
            let m = principal_minor_sum(&a).ok_or(GenError::Redraw("not square"))?;
            mistakes.require(
                "sign_convention",
                poly_formula(&monic)?,
                "That is det(λI − A) = λ³ − …, the monic polynomial. For a 3×3 matrix \
                 det(A − λI) = −det(λI − A): every sign flips, starting with −λ³.",
            )?;
            mistakes.require(
                "trace_sign",
                poly_formula(&[-Scalar::ONE, -tr, -m, det])?,
                "The sign of the λ² term is wrong: det(A − λI) = −λ³ + (tr A)·λ² − …, with \
                 +tr A.",
            )?;
            mistakes.optional(
                "minor_sum_sign",
                poly_formula(&[-Scalar::ONE, tr, m, det])?,
                "The sign of the λ term is wrong: it is −(M₁₁ + M₂₂ + M₃₃)·λ, minus the sum of \
                 the principal 2×2 minors.",
            );
            mistakes.optional(
                "det_sign",
                poly_formula(&[-Scalar::ONE, tr, -m, -det])?,
                "The constant term is wrong: set λ = 0 to see it is det(A − 0·I) = det A.",
            );
            three_by_three(&a, &coeffs, &expected, tr, m, det)
        };

        let prompt = vec![
            Line::text("Find the characteristic polynomial of"),
            Line::new().m("A = ").v(a.clone()),
            Line::text(format!(
                "Use the convention p(λ) = det(A − λI) and expand it: give a formula in λ (type \
                 λ or lambda), e.g. {}.",
                if n == 2 {
                    "λ^2 - 3*λ + 2"
                } else {
                    "-λ^3 + 2*λ^2 + λ - 2"
                }
            )),
        ];
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

/// `(a − λ)(d − λ) − b·c` expanded with this matrix's numbers.
fn two_by_two(
    a: &Matrix,
    coeffs: &[Scalar],
    expected: &crate::expr::Value,
    tr: Scalar,
    det: Scalar,
) -> (Vec<Line>, Vec<String>) {
    let (p, q, r, s) = (a.get(0, 0), a.get(0, 1), a.get(1, 0), a.get(1, 1));
    let bc = q * r;
    let lines = vec![
        Line::math(format!("A − λI = {}", shifted_text(a))),
        Line::math(format!(
            "det(A − λI) = (a − λ)(d − λ) − b·c = {}{} − {}",
            minus_lambda_factor(p),
            minus_lambda_factor(s),
            product(&[q, r])
        )),
        Line::math("= λ² − (a + d)·λ + (a·d − b·c), ")
            .t("with ")
            .m(format!("a + d = {} = {}", value_sum(&[p, s]), num(tr)))
            .t(" and ")
            .m(format!(
                "a·d − b·c = {}",
                chain(&det2_steps(a)[0], &det2_steps(a)[1..])
            )),
        Line::math(format!("det(A − λI) = {}", poly_pretty(coeffs))),
        Line::new().t("As an answer: ").v(expected.clone()),
    ];
    let hints = vec![
        "For a 2×2 matrix, det(A − λI) = (a − λ)(d − λ) − b·c = λ² − (tr A)·λ + det A.".to_string(),
        format!(
            "Here tr A = {} and det A = {} (b·c = {}): put them into λ² − (tr A)·λ + det A.",
            num(tr),
            num(det),
            num(bc)
        ),
    ];
    (lines, hints)
}

/// `−λ³ + (tr A)·λ² − (M₁₁ + M₂₂ + M₃₃)·λ + det A` with this matrix's numbers.
fn three_by_three(
    a: &Matrix,
    coeffs: &[Scalar],
    expected: &crate::expr::Value,
    tr: Scalar,
    m: Scalar,
    det: Scalar,
) -> (Vec<Line>, Vec<String>) {
    let diag: Vec<Scalar> = (0..3).map(|i| a.get(i, i)).collect();
    let mut lines = vec![
        Line::math(format!("A − λI = {}", shifted_text(a))),
        Line::text(
            "Expanding this determinant gives −λ³ + (tr A)·λ² − (M₁₁ + M₂₂ + M₃₃)·λ + det A, \
             where Mᵢᵢ is the 2×2 minor left when row i and column i are deleted:",
        ),
        Line::math(format!("tr A = {} = {}", value_sum(&diag), num(tr))),
    ];
    let mut minors = Vec::new();
    for i in 0..3 {
        let (text, value) = principal_minor_steps(a, i);
        let s = super::super::common::sub(i + 1);
        lines.push(Line::math(format!("M{s}{s} = {text}")));
        minors.push(value);
    }
    lines.push(Line::math(format!(
        "M₁₁ + M₂₂ + M₃₃ = {} = {}",
        value_sum(&minors),
        num(m)
    )));
    // det A along row 1, with the minors M₁ⱼ.
    let row: Vec<(bool, String)> = (0..3)
        .map(|j| {
            let minor = a.minor_matrix(0, j);
            let mv = determinant(&minor).unwrap_or(Scalar::ZERO);
            (j == 1, product(&[a.get(0, j), mv]))
        })
        .collect();
    lines.push(math_line(&format!(
        "det A = a₁₁·M₁₁ − a₁₂·M₁₂ + a₁₃·M₁₃ = {} = {}",
        super::super::common::signed_join(&row),
        num(det)
    )));
    lines.push(math_line(&format!(
        "det(A − λI) = −λ³ + {}·λ² − {}·λ + {} = {}",
        factor(tr),
        factor(m),
        factor(det),
        poly_pretty(coeffs)
    )));
    lines.push(Line::new().t("As an answer: ").v(expected.clone()));
    let hints = vec![
        "For a 3×3 matrix, det(A − λI) = −λ³ + (tr A)·λ² − (M₁₁ + M₂₂ + M₃₃)·λ + det A, where \
         Mᵢᵢ is the 2×2 minor left when row i and column i are deleted."
            .to_string(),
        format!(
            "Here tr A = {}, M₁₁ + M₂₂ + M₃₃ = {} and det A = {}: put them into the formula.",
            num(tr),
            num(m),
            num(det)
        ),
    ];
    (lines, hints)
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;
    use crate::expr::{Value, eval_at};
    use crate::math::linalg::charpoly::reference::eigenvalues as reference_eigenvalues;

    #[test]
    fn polynomials_vanish_at_the_eigenvalues_and_mistakes_are_named() {
        let mut three_mistakes = 0;
        soundness(&CharPoly, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let n = a.nrows();
            assert_eq!(n, if level == 3 { 3 } else { 2 }, "{ctx}");
            assert!(max_int(a) <= [5, 9, 4][level as usize - 1], "{ctx}");
            let Value::Formula(p) = &d.answer.expected else {
                panic!("{ctx}: not a formula")
            };
            let at = |x: f64| eval_at(p, &[("λ", x)]).unwrap();
            // Independent: det(A − xI) by nalgebra at a few points.
            for x in [-2.5, -1.0, 0.0, 0.5, 3.0] {
                let m = a.to_nalgebra() - nalgebra::DMatrix::identity(n, n) * x;
                assert!((at(x) - m.determinant()).abs() < 1e-9, "{ctx}: at {x}");
            }
            // and the polynomial vanishes at nalgebra's eigenvalues (real parts of real ones)
            if let Some(ev) = reference_eigenvalues(&a.to_nalgebra()) {
                for &(re, im) in &ev {
                    if im.abs() < 1e-9 {
                        assert!(at(re).abs() < 1e-6, "{ctx}");
                    }
                }
            }
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(names.contains(&"trace_sign"), "{ctx}");
            if level == 3 {
                assert!(names.contains(&"sign_convention"), "{ctx}");
            } else {
                assert!(names.contains(&"missing_bc"), "{ctx}");
            }
            three_mistakes += usize::from(names.len() >= 3);
        });
        assert!(three_mistakes > 1000, "{three_mistakes}");
    }

    #[test]
    fn the_canonical_text_of_a_two_by_two() {
        let a = Matrix::from_ints(&[[4, 1], [2, 3]]);
        let monic = char_poly(&a).unwrap();
        let coeffs = a_minus_lambda(&monic);
        assert_eq!(poly_formula(&coeffs).unwrap().to_text(), "λ^2 - 7*λ + 10");
        let b = Matrix::from_ints(&[[2, 0, 0], [1, 3, 0], [4, 5, 1]]);
        let coeffs = a_minus_lambda(&char_poly(&b).unwrap());
        assert_eq!(
            poly_formula(&coeffs).unwrap().to_text(),
            "-λ^3 + 6*λ^2 - 11*λ + 6"
        );
    }
}
