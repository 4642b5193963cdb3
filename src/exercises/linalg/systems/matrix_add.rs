//! `la.matrix_add`: a linear combination `p·A + q·B` of two matrices of the same shape, computed
//! entry by entry: `(pA + qB)ᵢⱼ = p·aᵢⱼ + q·bᵢⱼ`.
//!
//! Level 1: `A − B`, 2×2 or 2×3, entries −9..9. Level 2: `k·A + B` or `A + k·B` with
//! `k ∈ {2, 3, −2, −3}`, 2×3 or 3×3, entries −6..6. Level 3: `p·A − q·B` with `p, q ∈ {2, 3, 4}`,
//! `p ≠ q`, 2×3 or 3×3, entries −5..5.

use super::super::common::{Mistakes, factor, num, product_sum};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::random_int_matrix;
use crate::math::{Matrix, Scalar};

pub struct MatrixAdd;

/// `p·A + q·B` (same shapes).
fn combine(a: &Matrix, b: &Matrix, p: Scalar, q: Scalar) -> Matrix {
    a.zip_with(b, |x, y| p * x + q * y)
        .unwrap_or_else(|| a.clone())
}

/// `pA`, `−A`, `A`: a scaled matrix name as written in an expression.
fn scaled(k: Scalar, name: &str) -> String {
    if k == Scalar::ONE {
        name.to_string()
    } else if k == -Scalar::ONE {
        format!("−{name}")
    } else {
        format!("{}{name}", num(k))
    }
}

/// `2A − 3B`, `A + 2B`, `−2A + B`.
fn expression(p: Scalar, q: Scalar) -> String {
    let sign = if q.to_f64() < 0.0 { "−" } else { "+" };
    format!("{} {sign} {}", scaled(p, "A"), scaled(q.abs(), "B"))
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Matrix, Scalar, Scalar), GenError> {
    let (rows, cols, bound) = match level {
        1 => (2, 2 + rng.index(2), 9),
        2 | 3 => (2 + rng.index(2), 3, if level == 2 { 6 } else { 5 }),
        l => return Err(GenError::Level(l)),
    };
    let (p, q) = match level {
        1 => (1, -1),
        2 => {
            let k = *rng.pick(&[2, 3, -2, -3]);
            if rng.chance(1, 2) { (k, 1) } else { (1, k) }
        }
        _ => {
            let p = rng.int(2, 4);
            let q = rng.int(2, 4);
            if p == q {
                return Err(GenError::Redraw("p = q"));
            }
            (p, -q)
        }
    };
    let a = random_int_matrix(rng, rows, cols, -bound, bound);
    let b = random_int_matrix(rng, rows, cols, -bound, bound);
    Ok((a, b, Scalar::int(p), Scalar::int(q)))
}

impl Exercise for MatrixAdd {
    fn id(&self) -> &'static str {
        "la.matrix_add"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, b, p, q) = draw(level, rng)?;
        let expr = expression(p, q);
        let result = combine(&a, &b, p, q);
        let answer = AnswerSpec::entrywise(result.clone());
        let mut mistakes = Mistakes::new(&answer.expected);
        let one = Scalar::ONE;
        let subtracts = q.to_f64() < 0.0;
        if subtracts {
            mistakes.require(
                "wrong_order",
                combine(&a, &b, -p, -q),
                format!(
                    "That is {} − {}, the subtraction the other way round: every entry has \
                     the wrong sign. Compute {expr} entry by entry, taking A's entry first.",
                    scaled(-q, "B"),
                    scaled(p, "A")
                ),
            )?;
            mistakes.optional(
                "added",
                combine(&a, &b, p, -q),
                format!(
                    "That is {}: B was added instead of subtracted.",
                    expression(p, -q)
                ),
            );
            mistakes.optional(
                "minus_negative",
                a.zip_with(&b, |x, y| p * x + q * y.abs())
                    .unwrap_or_else(|| a.clone()),
                "Where an entry of B is negative, subtracting it adds: a − (−3) = a + 3. Keep \
                 the sign of each entry of B.",
            );
        }
        if p != one && p != -one {
            mistakes.require(
                "forgot_scale_a",
                combine(&a, &b, one, q),
                format!(
                    "That is {}: A was not multiplied by {}. Multiply every entry of A by {} \
                     first.",
                    expression(one, q),
                    num(p),
                    num(p)
                ),
            )?;
        }
        if q != one && q != -one {
            let unit = if subtracts { -one } else { one };
            mistakes.require(
                "forgot_scale_b",
                combine(&a, &b, p, unit),
                format!(
                    "That is {}: B was not multiplied by {}. Multiply every entry of B by {} \
                     first.",
                    expression(p, unit),
                    num(q.abs()),
                    num(q.abs())
                ),
            )?;
        }
        if level == 2 {
            let k = if p == one { q } else { p };
            mistakes.optional(
                "scaled_sum",
                combine(&a, &b, k, k),
                format!(
                    "That is {}(A + B): the {} multiplies only {}, not both matrices.",
                    num(k),
                    num(k),
                    if p == one { "B" } else { "A" }
                ),
            );
        }

        let prompt = vec![
            Line::text(format!("Compute {expr} for")),
            Line::new()
                .m("A = ")
                .v(a.clone())
                .m(",   B = ")
                .v(b.clone()),
        ];
        let entry = |i: usize, j: usize| entry_text(p, a.get(i, j), q, b.get(i, j));
        let mut solution = vec![
            Line::text(format!(
                "Both matrices are {}×{}, so {expr} is computed entry by entry: ",
                a.nrows(),
                a.ncols()
            ))
            .m(format!("({expr})ᵢⱼ = {}.", entry_formula(p, q))),
        ];
        if p != one && p != -one {
            solution.push(
                Line::new()
                    .m(format!("{} = ", scaled(p, "A")))
                    .v(a.scale(p)),
            );
        }
        if q != one && q != -one {
            solution.push(
                Line::new()
                    .m(format!("{} = ", scaled(q.abs(), "B")))
                    .v(b.scale(q.abs())),
            );
        }
        solution.push(Line::math(format!(
            "Entry (1,1): {} = {}",
            entry(0, 0),
            num(result.get(0, 0))
        )));
        solution.push(Line::new().m(format!("{expr} = ")).v(result.clone()));
        let hints = vec![
            format!(
                "Entry (1,1) is {} = {}; do the same for every position.",
                entry(0, 0),
                num(result.get(0, 0))
            ),
            format!(
                "Every entry of {expr}, {}: work each one out.",
                every_entry(a.nrows(), a.ncols(), entry)
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
}

/// Every entry substituted, row by row: `row 1: −2 − 6, 3 − (−1); row 2: 5 − 0, 1 − 4` (the last
/// step before the answer).
fn every_entry(rows: usize, cols: usize, entry: impl Fn(usize, usize) -> String) -> String {
    (0..rows)
        .map(|i| {
            let entries: Vec<String> = (0..cols).map(|j| entry(i, j)).collect();
            format!("row {}: {}", i + 1, entries.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One entry substituted: `2·1 − 4·(−2)`, `−2 − 6`, `3 − (−1)`, with unit coefficients left out.
fn entry_text(p: Scalar, x: Scalar, q: Scalar, y: Scalar) -> String {
    let unit = |k: Scalar| k == Scalar::ONE || k == -Scalar::ONE;
    let first = if unit(p) {
        num(p * x)
    } else {
        product_sum(&[(p, x)])
    };
    let second = if unit(q) {
        factor(y)
    } else {
        format!("{}·{}", num(q.abs()), factor(y))
    };
    let sign = if q.to_f64() < 0.0 { "−" } else { "+" };
    format!("{first} {sign} {second}")
}

/// The entry formula `p·aᵢⱼ + q·bᵢⱼ` with the signs folded in: `2·aᵢⱼ − 3·bᵢⱼ`, `aᵢⱼ − bᵢⱼ`.
fn entry_formula(p: Scalar, q: Scalar) -> String {
    let term = |k: Scalar, name: &str| {
        let size = k.abs();
        if size == Scalar::ONE {
            name.to_string()
        } else {
            format!("{}·{name}", factor(size))
        }
    };
    let first = if p.to_f64() < 0.0 {
        format!("−{}", term(p, "aᵢⱼ"))
    } else {
        term(p, "aᵢⱼ")
    };
    let sign = if q.to_f64() < 0.0 { "−" } else { "+" };
    format!("{first} {sign} {}", term(q, "bᵢⱼ"))
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{
        close_to, expected_matrix, max_int, prompt_matrices, soundness,
    };
    use super::*;

    #[test]
    fn combinations_are_right_bounded_and_mistakes_named() {
        soundness(&MatrixAdd, &[1, 2, 3], |level, d, ctx| {
            let ms = prompt_matrices(d);
            let (a, b) = (&ms[0], &ms[1]);
            assert_eq!(a.shape(), b.shape(), "{ctx}");
            assert!(
                max_int(a).max(max_int(b)) <= [9, 6, 5][level as usize - 1],
                "{ctx}"
            );
            // The coefficients from the expression in the prompt, recomputed in f64 by nalgebra.
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            let got = expected_matrix(d);
            let (na, nb) = (a.to_nalgebra(), b.to_nalgebra());
            let fits = (-4..=4).any(|p: i32| {
                (-4..=4).any(|q: i32| close_to(&got, &(&na * p as f64 + &nb * q as f64)))
            });
            assert!(fits, "{ctx}");
            // The last hint is the last step: every entry substituted, none worked out.
            let last = d.hints.last().unwrap();
            let (rows, cols) = a.shape();
            for i in 0..rows {
                assert!(last.contains(&format!("row {}: ", i + 1)), "{ctx}: {last}");
            }
            assert_eq!(
                last.matches(", ").count(),
                rows * (cols - 1) + 1,
                "{ctx}: {last}"
            );
            match level {
                1 => {
                    assert!(close_to(&got, &(&na - &nb)), "{ctx}");
                    assert!(names.contains(&"wrong_order"), "{ctx}");
                }
                2 => assert!(
                    names.contains(&"forgot_scale_a") || names.contains(&"forgot_scale_b"),
                    "{ctx}"
                ),
                _ => assert!(
                    names.contains(&"forgot_scale_a") && names.contains(&"forgot_scale_b"),
                    "{ctx}"
                ),
            }
        });
    }

    #[test]
    fn expressions_read_like_a_textbook() {
        let s = Scalar::int;
        assert_eq!(expression(s(1), s(-1)), "A − B");
        assert_eq!(expression(s(2), s(-3)), "2A − 3B");
        assert_eq!(expression(s(-2), s(1)), "−2A + B");
        assert_eq!(entry_formula(s(2), s(-3)), "2·aᵢⱼ − 3·bᵢⱼ");
        assert_eq!(entry_formula(s(1), s(-1)), "aᵢⱼ − bᵢⱼ");
        assert_eq!(entry_text(s(2), s(1), s(-4), s(-2)), "2·1 − 4·(−2)");
        assert_eq!(entry_text(s(1), s(-2), s(-1), s(6)), "−2 − 6");
        assert_eq!(entry_text(s(-2), s(3), s(1), s(-1)), "−2·3 + (−1)");
    }
}
