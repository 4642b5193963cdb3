//! `la.solve_system`: solve `A·x = b` for a square invertible `A` (a unique solution).
//!
//! Built backwards: level 1 draws a 2×2 unimodular `A` (entries within ±6) and an integer `x`
//! (−5..5), then `b = A·x`, solved by `x = A⁻¹·b`. Level 2: 3×3 unimodular `A` (entries ±4),
//! integer `x` (−4..4), `b = A·x`, solved by Gauss–Jordan elimination of `[A | b]`. Level 3: 3×3
//! `A` with `det A ∈ {±2, ±3}` and an integer `b` (−6..6), so `x` has fractions (denominators
//! dividing det A), also by Gauss–Jordan. `|bᵢ| ≤ 40`, `|xᵢ| ≤ 10`; symmetric `A` is redrawn.

use super::super::common::{
    Mistakes, before_last_pivot_step, chain, det2_steps, elimination_lines, factor, is_symmetric,
    matrix_text, num, product_sum, vector_text, zero_count,
};
use super::common::equation;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::expr::Value;
use crate::math::linalg::{
    determinant, inverse, random_int_matrix, solve, unimodular, with_determinant,
};
use crate::math::{Matrix, Scalar};

pub struct SolveSystem;

/// `x` as a column matrix (to stack on `A`).
fn column(x: &[Scalar]) -> Option<Matrix> {
    Matrix::from_rows(x.iter().map(|&v| vec![v]).collect())
}

/// Back substitution on the echelon form of `[A | b]` with the sign of the substituted terms
/// given by `sign`: `xᵢ = (cᵢ − sign·Σⱼ₌ᵢ₊₁ uᵢⱼxⱼ)/uᵢᵢ`. `sign = 1` is right; `sign = −1` is the
/// slip of adding the known terms instead of moving them across. `None` unless every column of
/// `A` has a pivot.
fn back_substitution(a: &Matrix, b: &[Scalar], sign: Scalar) -> Option<Vec<Scalar>> {
    let n = a.ncols();
    let e = solve::row_echelon(&a.hstack(&column(b)?)?);
    if e.pivots != (0..n).collect::<Vec<_>>() {
        return None;
    }
    let u = e.form;
    let mut x = vec![Scalar::ZERO; n];
    for i in (0..n).rev() {
        let known = (i + 1..n).fold(Scalar::ZERO, |s, j| s + u.get(i, j) * x[j]);
        x[i] = (u.get(i, n) - sign * known).checked_div(u.get(i, i))?;
    }
    Some(x)
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Vec<Scalar>), GenError> {
    let (a, b) = match level {
        1 | 2 => {
            let (n, bound, xmax) = if level == 1 { (2, 6, 5) } else { (3, 4, 4) };
            let a = unimodular(rng, n, bound).ok_or(GenError::Redraw("no matrix"))?;
            let x: Vec<Scalar> = (0..n).map(|_| Scalar::int(rng.int(-xmax, xmax))).collect();
            if x.iter().filter(|v| v.is_zero()).count() > 1 {
                return Err(GenError::Redraw("x is mostly zero"));
            }
            let b = a.mul_vec(&x).ok_or(GenError::Redraw("shape"))?;
            (a, b)
        }
        3 => fractional(rng)?,
        l => return Err(GenError::Level(l)),
    };
    let n = a.nrows();
    // No zero in a 2×2, at most one in a 3×3 (two at level 3, whose matrices are sparser), and
    // an entry beyond ±1.
    let zeros = match (n, level) {
        (2, _) => 0,
        (_, 3) => 2,
        _ => 1,
    };
    if is_symmetric(&a) || zero_count(&a) > zeros || a.max_abs() < 2.0 {
        return Err(GenError::Redraw("A is symmetric or too sparse"));
    }
    if b.iter().any(|v| v.to_f64().abs() > 40.0) || b.iter().all(Scalar::is_zero) {
        return Err(GenError::Redraw("b is too large or zero"));
    }
    Ok((a, b))
}

/// Level 3: `det A = ±2` or `±3` and an integer `b` whose solution has a fraction and entries
/// within ±10 (a few `b` are tried for each `A`, since most `A⁻¹·b` are too large).
fn fractional(rng: &mut DrillRng) -> Result<(Matrix, Vec<Scalar>), GenError> {
    let det = rng.sign() * rng.int(2, 3);
    let a = with_determinant(rng, 3, det, 4).ok_or(GenError::Redraw("no matrix"))?;
    let inv = inverse(&a).ok_or(GenError::Redraw("singular"))?;
    for _ in 0..10 {
        let b = random_int_matrix(rng, 3, 1, -6, 6).col(0);
        let Some(x) = inv.mul_vec(&b) else { break };
        if x.iter().all(|v| v.to_f64().abs() <= 10.0) && x.iter().any(|v| v.as_integer().is_none())
        {
            return Ok((a, b));
        }
    }
    Err(GenError::Redraw("no b with a small fractional solution"))
}

impl Exercise for SolveSystem {
    fn id(&self) -> &'static str {
        "la.solve_system"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, b) = draw(level, rng)?;
        let n = a.nrows();
        let (solution_set, elimination) =
            solve::solve_with_steps(&a, &b).ok_or(GenError::Redraw("shape"))?;
        let solve::Solution::Unique(x) = solution_set else {
            return Err(GenError::Redraw("no unique solution"));
        };
        if x.iter().any(|v| v.to_f64().abs() > 10.0) {
            return Err(GenError::Redraw("x is too large"));
        }
        if level == 3 && x.iter().all(|v| v.as_integer().is_some()) {
            return Err(GenError::Redraw("level 3 wants fractions"));
        }
        let inv = inverse(&a).ok_or(GenError::Redraw("singular"))?;
        let det = determinant(&a).ok_or(GenError::Redraw("not square"))?;
        let answer = AnswerSpec::entrywise(x.clone());

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "a_times_b",
            a.mul_vec(&b).ok_or(GenError::Redraw("shape"))?,
            "That is A·b, which multiplies b by A. Solving A·x = b undoes A: x = A⁻¹·b (or \
             row-reduce [A | b]).",
        )?;
        mistakes.optional(
            "b_times_inverse",
            inv.transpose()
                .mul_vec(&b)
                .ok_or(GenError::Redraw("shape"))?,
            "That is b·A⁻¹ (b as a row times A⁻¹), which is (A⁻¹)ᵀ·b. The inverse multiplies \
             b from the left: xᵢ is row i of A⁻¹ times b.",
        );
        if let Some(slip) = back_substitution(&a, &b, -Scalar::ONE) {
            mistakes.optional(
                "back_substitution_sign",
                slip,
                "A sign slipped in back substitution: from uᵢᵢxᵢ + (known terms) = cᵢ, the known \
                 terms are subtracted, xᵢ = (cᵢ − known)/uᵢᵢ, not added. Check with A·x = b.",
            );
        }
        // The values in the wrong order: reversed (back substitution finds the last unknown
        // first), or two neighbours swapped.
        let reorders = [vec![], vec![0, 1], vec![1, 2]].map(|pair: Vec<usize>| {
            let mut y = x.clone();
            match pair[..] {
                [i, j] if j < n => y.swap(i, j),
                _ => y.reverse(),
            }
            Value::Vector(y)
        });
        mistakes.optional_first(
            "swapped_components",
            reorders,
            "The components of x are out of order: entry k of x is the unknown xₖ, the one that \
             multiplies column k of A. Substitute into the equations to see which value goes \
             where.",
        );
        if n == 2 {
            mistakes.optional(
                "forgot_one_over_det",
                inv.scale(det)
                    .mul_vec(&b)
                    .ok_or(GenError::Redraw("shape"))?,
                format!(
                    "That is [d −b; −c a]·b, not yet divided by det A = {}. \
                     x = (1/det A)·[d −b; −c a]·b.",
                    num(det)
                ),
            );
        }

        let names: Vec<String> = (1..=n)
            .map(|i| format!("x{}", super::super::common::sub(i)))
            .collect();
        let mut prompt = vec![Line::text("Solve the system")];
        for i in 0..n {
            prompt.push(Line::math(equation(&a, &b, i)));
        }
        prompt.push(
            Line::new()
                .t("that is A·x = b with ")
                .m("A = ")
                .v(a.clone())
                .m(",   b = ")
                .v(b.clone()),
        );
        prompt.push(Line::text(format!(
            "Type x as a vector [{}]{}.",
            names.join(", "),
            if level == 3 {
                "; fractions such as 3/2 are fine"
            } else {
                ""
            }
        )));

        let mut solution = Vec::new();
        let hints = if n == 2 {
            let (p, q, r, s) = (a.get(0, 0), a.get(0, 1), a.get(1, 0), a.get(1, 1));
            solution.push(Line::math(chain("det A = a·d − b·c", &det2_steps(&a))));
            solution.push(
                Line::new()
                    .m("A⁻¹ = (1/det A)·[d −b; −c a] = ")
                    .v(inv.clone()),
            );
            for i in 0..n {
                let pairs: Vec<(Scalar, Scalar)> = (0..n).map(|j| (inv.get(i, j), b[j])).collect();
                solution.push(Line::math(format!(
                    "{} = {} = {}",
                    names[i],
                    product_sum(&pairs),
                    num(x[i])
                )));
            }
            vec![
                format!(
                    "For a 2×2 matrix, A⁻¹ = (1/det A)·[d −b; −c a]; here det A = {}.",
                    num(det)
                ),
                format!(
                    "x = A⁻¹·b = (1/{})·[{} {}; {} {}]·{}.",
                    factor(det),
                    num(s),
                    num(-q),
                    num(-r),
                    num(p),
                    vector_text(&b)
                ),
            ]
        } else {
            let aug = a
                .hstack(&column(&b).ok_or(GenError::Redraw("shape"))?)
                .ok_or(GenError::Redraw("shape"))?;
            solution.push(Line::text(
                "Row-reduce the augmented matrix [A | b] until the left block is I:",
            ));
            solution.push(Line::new().m("[A | b] = ").v(aug.clone()));
            solution.extend(elimination_lines(&aug, &elimination.ops));
            solution.push(Line::text(
                "The left block is I, so the last column is the solution.",
            ));
            let first = elimination
                .ops
                .first()
                .map(super::super::common::row_op_text)
                .unwrap_or_default();
            let before = before_last_pivot_step(&aug, &elimination.ops);
            vec![
                format!("Row-reduce [A | b]; the first operation is {first}."),
                format!(
                    "[A | b] reaches {} before the last pivot step, which leaves I on the left \
                     and x in the last column.",
                    matrix_text(&before)
                ),
            ]
        };
        solution.push(Line::new().m("x = ").v(x.clone()));
        solution.push(Line::math("Check: A·x = b ✓"));
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{
        f64_vector, max_int, prompt_matrices, prompt_vectors, soundness,
    };
    use super::*;
    use crate::expr::Value;

    #[test]
    fn solutions_agree_with_nalgebra() {
        let mut swapped = 0;
        soundness(&SolveSystem, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let b = &prompt_vectors(d)[0];
            let Value::Vector(x) = &d.answer.expected else {
                panic!("{ctx}: vector answer")
            };
            let nb = f64_vector(b);
            let reference = a.to_nalgebra().lu().solve(&nb).expect("invertible");
            for (o, r) in x.iter().zip(reference.iter()) {
                assert!((o.to_f64() - r).abs() < 1e-9, "{ctx}");
            }
            assert_eq!(a.mul_vec(x).as_deref(), Some(b.as_slice()), "{ctx}");
            let det = a.to_nalgebra().determinant().round() as i64;
            assert!(max_int(a) <= [6, 4, 4][level as usize - 1], "{ctx}");
            match level {
                1 | 2 => {
                    assert!(det.abs() == 1, "{ctx}");
                    assert!(x.iter().all(|v| v.as_integer().is_some()), "{ctx}");
                }
                _ => {
                    assert!((2..=3).contains(&det.abs()), "{ctx}");
                    assert!(x.iter().any(|v| v.as_integer().is_none()), "{ctx}");
                }
            }
            // The swapped-components mistake holds the values of x in another order.
            if let Some(m) = d.mistakes.iter().find(|m| m.name == "swapped_components") {
                swapped += 1;
                let Value::Vector(y) = &m.answer else {
                    panic!("{ctx}")
                };
                let key = |v: &Vec<Scalar>| {
                    let mut f: Vec<f64> = v.iter().map(|s| s.to_f64()).collect();
                    f.sort_by(f64::total_cmp);
                    f
                };
                assert!(y != x && key(y) == key(x), "{ctx}: {y:?}");
            }
        });
        assert!(swapped > 0);
    }

    #[test]
    fn back_substitution_by_hand() {
        // x + y = 3, 2x + 3y = 8  ⇒  echelon [1 1 | 3; 0 1 | 2]: y = 2, x = 3 − 2 = 1.
        let a = Matrix::from_ints(&[[1, 1], [2, 3]]);
        let b = [Scalar::int(3), Scalar::int(8)];
        assert_eq!(
            back_substitution(&a, &b, Scalar::ONE),
            Some(vec![Scalar::int(1), Scalar::int(2)])
        );
        // The slip adds: x = 3 + 2 = 5.
        assert_eq!(
            back_substitution(&a, &b, -Scalar::ONE),
            Some(vec![Scalar::int(5), Scalar::int(2)])
        );
    }
}
