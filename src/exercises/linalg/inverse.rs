//! `la.inverse`: compute A⁻¹.
//!
//! Built backwards so the numbers stay nice (see `math::linalg::generators`):
//! level 1: a 2×2 unimodular matrix (det ±1, so A⁻¹ has integer entries), entries −9..9;
//! level 2: a 3×3 unimodular matrix with entries −5..5 whose inverse has entries within ±20;
//! level 3: a 2×2 matrix with det ∈ {±2, ±3, ±4, ±5} and entries −9..9 (a rational inverse).
//! Symmetric and sparse draws are redrawn.

use super::common::{
    Mistakes, before_last_pivot_step, chain, cofactor_matrix, det2_steps, det2_text,
    elimination_lines, factor, is_symmetric, matrix_text, num, row_op_text, zero_count,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::{determinant, inverse_with_steps, unimodular, with_determinant};
use crate::math::{Matrix, Scalar};

pub struct Inverse;

/// Largest |entry| of a level-2 inverse.
const MAX_INVERSE_ENTRY: f64 = 20.0;

fn draw(level: u8, rng: &mut DrillRng) -> Result<Matrix, GenError> {
    let a = match level {
        1 => unimodular(rng, 2, 9),
        2 => unimodular(rng, 3, 5),
        3 => {
            let det = rng.sign() * rng.int(2, 5);
            with_determinant(rng, 2, det, 9)
        }
        l => return Err(GenError::Level(l)),
    }
    .ok_or(GenError::Redraw("no matrix"))?;
    let n = a.nrows();
    if is_symmetric(&a) {
        return Err(GenError::Redraw("A is symmetric"));
    }
    // No zero in a 2×2 and at most one in a 3×3, and some entry beyond ±1.
    if zero_count(&a) + 2 > n || a.max_abs() < 2.0 {
        return Err(GenError::Redraw("A is too sparse"));
    }
    Ok(a)
}

impl Exercise for Inverse {
    fn id(&self) -> &'static str {
        "la.inverse"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let a = draw(level, rng)?;
        let n = a.nrows();
        let det = determinant(&a).ok_or(GenError::Redraw("not square"))?;
        let (inv, elimination) = inverse_with_steps(&a).ok_or(GenError::Redraw("singular"))?;
        if inv.max_abs() > MAX_INVERSE_ENTRY {
            return Err(GenError::Redraw("inverse entries too large"));
        }
        let answer = AnswerSpec::entrywise(inv.clone());
        let per_det = |m: Matrix| m.map(|x| x.checked_div(det).unwrap_or(x));

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "transpose",
            a.transpose(),
            "That is Aᵀ, the transpose. The inverse undoes A: A·A⁻¹ = I.",
        )?;
        let adjugate = cofactor_matrix(&a, true).transpose();
        mistakes.optional(
            "forgot_one_over_det",
            adjugate,
            format!(
                "That is the adjugate adj A, not yet divided by det A = {}. \
                 A⁻¹ = (1/det A)·adj A.",
                num(det)
            ),
        );
        mistakes.optional(
            "adjugate_no_signs",
            per_det(cofactor_matrix(&a, false).transpose()),
            if n == 2 {
                "The off-diagonal entries need their signs changed: A⁻¹ = (1/det A)·[d −b; −c a] \
                 swaps a and d and negates b and c."
            } else {
                "The cofactors are missing their checkerboard signs (−1)ⁱ⁺ʲ: Cᵢⱼ = (−1)ⁱ⁺ʲ·Mᵢⱼ."
            },
        );
        mistakes.optional(
            "cofactors_not_transposed",
            per_det(cofactor_matrix(&a, true)),
            "That is (A⁻¹)ᵀ: the cofactor matrix must be transposed, adj A = Cᵀ, before dividing \
             by det A.",
        );
        mistakes.optional(
            "negated_inverse",
            inv.scale(-Scalar::ONE),
            "That is −A⁻¹: every sign is flipped. Check the sign of det A, and that A·A⁻¹ = I.",
        );

        let prompt = vec![
            Line::text("Find the inverse of"),
            Line::new().m("A = ").v(a.clone()),
        ];
        let (mut solution, hints) = if n == 2 {
            two_by_two(&a, det, &inv)
        } else {
            let aug = a
                .hstack(&Matrix::identity(n))
                .ok_or(GenError::Redraw("not square"))?;
            let mut lines = vec![
                Line::math(format!("det A = {} ≠ 0", num(det))).t(format!(
                    ", so A is invertible{}.",
                    if det.to_f64().abs() == 1.0 {
                        ", and as det A = ±1 the inverse has integer entries"
                    } else {
                        ""
                    }
                )),
                Line::text("Row-reduce [A | I] until the left block is I:"),
                Line::new().m("[A | I] = ").v(aug.clone()),
            ];
            lines.extend(elimination_lines(&aug, &elimination.ops));
            lines.push(Line::text(
                "The left block is I, so the right block is A⁻¹:",
            ));
            lines.push(Line::new().m("A⁻¹ = ").v(inv.clone()));
            let first = elimination.ops.first().map(row_op_text).unwrap_or_default();
            let before = before_last_pivot_step(&aug, &elimination.ops);
            let hints = vec![
                format!(
                    "Row-reduce [A | I] until the left block is I; the right block is then A⁻¹. \
                     Start with {first}."
                ),
                format!(
                    "[A | I] reaches {} before the last pivot step.",
                    matrix_text(&before)
                ),
            ];
            (lines, hints)
        };
        solution.push(Line::math("Check: A·A⁻¹ = I ✓"));

        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

/// The 2×2 formula `A⁻¹ = (1/det A)·[d −b; −c a]` with this matrix's numbers.
fn two_by_two(a: &Matrix, det: Scalar, inv: &Matrix) -> (Vec<Line>, Vec<String>) {
    let (p, q, r, s) = (a.get(0, 0), a.get(0, 1), a.get(1, 0), a.get(1, 1));
    let swapped = Matrix::from_rows(vec![vec![s, -q], vec![-r, p]]).unwrap_or_else(|| a.clone());
    let formula = Line::new().m("A⁻¹ = (1/det A)·[d −b; −c a] = ");
    let formula = if det == Scalar::ONE {
        formula.v(inv.clone())
    } else {
        let k = Scalar::ONE.checked_div(det).unwrap_or(Scalar::ONE);
        formula
            .m(format!("{}·", factor(k)))
            .v(swapped)
            .m(" = ")
            .v(inv.clone())
    };
    let lines = vec![
        Line::math(chain("det A = a·d − b·c", &det2_steps(a))),
        formula,
    ];
    let hints = vec![
        "For a 2×2 matrix, A⁻¹ = (1/det A)·[d −b; −c a]: swap the diagonal, negate the \
         off-diagonal, divide by det A."
            .to_string(),
        format!("det A = {} = {}.", det2_text(a), num(det)),
        format!(
            "Swap the diagonal entries {} and {}, change the signs of {} and {}, then divide \
             everything by {}.",
            num(p),
            num(s),
            num(q),
            num(r),
            num(det)
        ),
    ];
    (lines, hints)
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::{close_to, expected_matrix, prompt_matrices, soundness};
    use super::*;

    #[test]
    fn inverses_are_right_bounded_and_mistakes_distinct() {
        let mut det_minus_one = 0;
        soundness(&Inverse, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let inv = expected_matrix(d);
            let reference = a.to_nalgebra().try_inverse().expect("invertible");
            assert!(close_to(&inv, &reference), "{ctx}");
            let det = a.to_nalgebra().determinant().round() as i64;
            let bound = [9.0, 5.0, 9.0][level as usize - 1];
            assert!(a.max_abs() <= bound, "{ctx}");
            assert!(inv.max_abs() <= MAX_INVERSE_ENTRY, "{ctx}");
            assert_eq!(a.mul(&inv), Some(Matrix::identity(a.nrows())), "{ctx}");
            match level {
                1 | 2 => {
                    assert!(det == 1 || det == -1, "{ctx}");
                    assert!(
                        inv.entries().iter().all(|x| x.as_integer().is_some()),
                        "{ctx}"
                    );
                    det_minus_one += usize::from(det == -1);
                }
                _ => {
                    assert!((2..=5).contains(&det.abs()), "{ctx}");
                    assert!(
                        inv.entries().iter().any(|x| x.as_integer().is_none()),
                        "{ctx}"
                    );
                }
            }
            assert!(d.mistakes.iter().any(|m| m.name == "transpose"), "{ctx}");
        });
        assert!(det_minus_one > 300, "{det_minus_one}");
    }

    #[test]
    fn two_by_two_solution_uses_the_formula() {
        let a = Matrix::from_ints(&[[3, 5], [1, 2]]);
        let inv = Matrix::from_ints(&[[2, -5], [-1, 3]]);
        let (lines, hints) = two_by_two(&a, Scalar::ONE, &inv);
        assert_eq!(
            lines[0],
            Line::math("det A = a·d − b·c = 3·2 − 5·1 = 6 − 5 = 1")
        );
        assert_eq!(hints[1], "det A = 3·2 − 5·1 = 1.");
        assert!(
            lines[1]
                .0
                .contains(&crate::engine::Piece::Value(inv.into()))
        );
    }
}
