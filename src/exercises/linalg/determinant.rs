//! `la.determinant`: compute det A.
//!
//! Level 1: 2×2 with entries −9..9. Level 2: 3×3 with entries −5..5, expanded along row 1.
//! Level 3: 3×3 with entries −10..10 and one or two zeros planted in a row or column, expanded
//! along the line with the most zeros. Draws with det A = 0 or |det A| > 600 are redrawn.

use super::common::{
    Mistakes, chain, det2_steps, det2_text, factor, num, product, signed_join, sub, sub2, value_sum,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::{determinant, random_int_matrix};
use crate::math::{Matrix, Scalar};

pub struct Determinant;

/// Largest |det A| a problem may have.
const MAX_DET: i64 = 600;

/// A row or a column of a 3×3 matrix to expand along.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Along {
    Row(usize),
    Col(usize),
}

impl Along {
    /// The positions `(i, j)` on this line, in order.
    fn positions(self, n: usize) -> Vec<(usize, usize)> {
        (0..n)
            .map(|t| match self {
                Along::Row(i) => (i, t),
                Along::Col(j) => (t, j),
            })
            .collect()
    }
    fn name(self) -> String {
        match self {
            Along::Row(i) => format!("row {}", i + 1),
            Along::Col(j) => format!("column {}", j + 1),
        }
    }
}

/// The line with the most zeros; ties go to the earliest row, then the earliest column.
fn best_line(a: &Matrix) -> Along {
    let n = a.nrows();
    let lines = (0..n).map(Along::Row).chain((0..n).map(Along::Col));
    let zeros = |l: Along| {
        l.positions(n)
            .iter()
            .filter(|&&(i, j)| a.get(i, j).is_zero())
            .count()
    };
    lines
        .fold(None, |best: Option<Along>, l| match best {
            Some(b) if zeros(b) >= zeros(l) => Some(b),
            _ => Some(l),
        })
        .unwrap_or(Along::Row(0))
}

/// `(−1)ⁱ⁺ʲ` as a sign: `true` for minus.
fn minus(i: usize, j: usize) -> bool {
    (i + j) % 2 == 1
}

/// `2×2 determinant` computed with a given rule `(a, b, c, d) ↦ …`.
fn det2_by(m: &Matrix, rule: fn(Scalar, Scalar, Scalar, Scalar) -> Scalar) -> Scalar {
    rule(m.get(0, 0), m.get(0, 1), m.get(1, 0), m.get(1, 1))
}

fn correct_rule(a: Scalar, b: Scalar, c: Scalar, d: Scalar) -> Scalar {
    a * d - b * c
}
fn ad_plus_bc_rule(a: Scalar, b: Scalar, c: Scalar, d: Scalar) -> Scalar {
    a * d + b * c
}

/// Cofactor expansion of a 3×3 matrix along `line`, each 2×2 minor computed by `rule`, with the
/// checkerboard signs (`signed`) or without them.
fn expand(
    a: &Matrix,
    line: Along,
    signed: bool,
    rule: fn(Scalar, Scalar, Scalar, Scalar) -> Scalar,
) -> Scalar {
    line.positions(a.nrows())
        .into_iter()
        .fold(Scalar::ZERO, |acc, (i, j)| {
            let term = a.get(i, j) * det2_by(&a.minor_matrix(i, j), rule);
            if signed && minus(i, j) {
                acc - term
            } else {
                acc + term
            }
        })
}

fn diagonal_product(a: &Matrix) -> Scalar {
    (0..a.nrows()).fold(Scalar::ONE, |p, i| p * a.get(i, i))
}

/// Draws the matrix for a level and the line the solution expands along.
fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Option<Along>), GenError> {
    Ok(match level {
        1 => (random_int_matrix(rng, 2, 2, -9, 9), None),
        2 => (random_int_matrix(rng, 3, 3, -5, 5), Some(Along::Row(0))),
        3 => {
            let mut a = random_int_matrix(rng, 3, 3, -10, 10);
            let idx = rng.index(3);
            let planted = if rng.chance(1, 2) {
                Along::Row(idx)
            } else {
                Along::Col(idx)
            };
            let mut spots = planted.positions(3);
            rng.shuffle(&mut spots);
            let zeros = 1 + rng.index(2);
            for &(i, j) in &spots[..zeros] {
                a.set(i, j, Scalar::ZERO);
            }
            let line = best_line(&a);
            (a, Some(line))
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for Determinant {
    fn id(&self) -> &'static str {
        "la.determinant"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, line) = draw(level, rng)?;
        let det = determinant(&a)
            .and_then(|d| d.as_integer())
            .ok_or(GenError::Redraw("no integer determinant"))?;
        if det == 0 || det.abs() > MAX_DET {
            return Err(GenError::Redraw("det A is 0 or too large"));
        }
        let answer = AnswerSpec::integer(det);
        let mut mistakes = Mistakes::new(&answer.expected);
        let prompt = vec![
            Line::text("Find the determinant of"),
            Line::new().m("A = ").v(a.clone()),
        ];

        let (solution, hints) = match line {
            None => {
                mistakes.require(
                    "ad_plus_bc",
                    det2_by(&a, ad_plus_bc_rule),
                    "That is a·d + b·c. The determinant subtracts the second product: \
                     det A = a·d − b·c.",
                )?;
                mistakes.require(
                    "bc_minus_ad",
                    -Scalar::int(det),
                    "That has the right size but the wrong sign: it is b·c − a·d. The main \
                     diagonal comes first: det A = a·d − b·c.",
                )?;
                mistakes.optional(
                    "diagonal_product",
                    diagonal_product(&a),
                    "That is only a·d, the product of the main diagonal. Subtract the product \
                     of the other diagonal: det A = a·d − b·c.",
                );
                let mut steps = vec!["a·d − b·c".to_string()];
                steps.extend(det2_steps(&a));
                let solution = vec![Line::math(chain("det A", &steps))];
                let hints = vec![format!("Start with det A = {}.", det2_text(&a))];
                (solution, hints)
            }
            Some(line) => {
                mistakes.require(
                    "bc_minus_ad",
                    -Scalar::int(det),
                    "That has the right size but the wrong sign: each 2×2 minor is a·d − b·c \
                     (main diagonal first), and the signs of the expansion go + − + from the \
                     top-left corner.",
                )?;
                let unsigned = expand(&a, line, false, correct_rule);
                let message = format!(
                    "The cofactor signs are missing: along {} they are {}, following the \
                     checkerboard (−1)ⁱ⁺ʲ.",
                    line.name(),
                    sign_pattern(line)
                );
                // Along row 1 the unsigned expansion is a real alternative; along a line with two
                // zeros it may coincide with the answer, and is then left out.
                if level == 2 {
                    mistakes.require("cofactor_sign", unsigned, message)?;
                } else {
                    mistakes.optional("cofactor_sign", unsigned, message);
                }
                mistakes.optional(
                    "ad_plus_bc",
                    expand(&a, line, true, ad_plus_bc_rule),
                    "The 2×2 minors were computed as a·d + b·c. Each minor is a·d − b·c.",
                );
                mistakes.optional(
                    "diagonal_product",
                    diagonal_product(&a),
                    "That is the product of the main diagonal, which is the determinant only \
                     of a triangular matrix. Expand along a row or column instead.",
                );
                expansion_solution(&a, line, det)
            }
        };

        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

/// The signs along a line, e.g. `+ − +`.
fn sign_pattern(line: Along) -> String {
    line.positions(3)
        .iter()
        .map(|&(i, j)| if minus(i, j) { "−" } else { "+" })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The worked cofactor expansion of a 3×3 matrix along `line`, and the specific hints.
fn expansion_solution(a: &Matrix, line: Along, det: i64) -> (Vec<Line>, Vec<String>) {
    let positions = line.positions(3);
    let zeros = positions
        .iter()
        .filter(|&&(i, j)| a.get(i, j).is_zero())
        .count();
    let why = match zeros {
        0 => String::new(),
        1 => " (it has a zero, whose term vanishes)".into(),
        z => format!(" (it has {z} zeros, whose terms vanish)"),
    };
    let mut solution = vec![Line::text(format!(
        "Expand along {}{why}. Mᵢⱼ is the determinant of A without row i and column j, and the \
         signs along {} are {}:",
        line.name(),
        line.name(),
        sign_pattern(line)
    ))];
    let symbolic: Vec<(bool, String)> = positions
        .iter()
        .map(|&(i, j)| {
            let s = sub2(i, j);
            (minus(i, j), format!("a{s}·M{s}"))
        })
        .collect();
    let with_entries: Vec<(bool, String)> = positions
        .iter()
        .map(|&(i, j)| {
            (
                minus(i, j),
                format!("{}·M{}", factor(a.get(i, j)), sub2(i, j)),
            )
        })
        .collect();
    let (mut substituted, mut values) = (Vec::new(), Vec::new());
    for &(i, j) in &positions {
        let entry = a.get(i, j);
        if entry.is_zero() {
            continue;
        }
        let minor = a.minor_matrix(i, j);
        let m = det2_by(&minor, correct_rule);
        let (mi, mj) = (sub(i + 1), sub(j + 1));
        solution.push(
            Line::new()
                .m(format!("M{mi}{mj} = det "))
                .v(minor.clone())
                .m(chain("", &det2_steps(&minor))),
        );
        substituted.push((minus(i, j), product(&[entry, m])));
        let term = entry * m;
        values.push(if minus(i, j) { -term } else { term });
    }
    solution.push(Line::math(chain(
        "det A",
        &[
            signed_join(&symbolic),
            signed_join(&substituted),
            value_sum(&values),
            num(Scalar::int(det)),
        ],
    )));
    let (fi, fj) = positions
        .iter()
        .copied()
        .find(|&(i, j)| !a.get(i, j).is_zero())
        .unwrap_or(positions[0]);
    let first_minor = a.minor_matrix(fi, fj);
    let hints = vec![
        format!(
            "Expand along {}: det A = {}.",
            line.name(),
            signed_join(&with_entries)
        ),
        format!(
            "M{} deletes row {} and column {}: M{} = {}.",
            sub2(fi, fj),
            fi + 1,
            fj + 1,
            sub2(fi, fj),
            det2_text(&first_minor)
        ),
    ];
    (solution, hints)
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;

    #[test]
    fn determinants_are_right_bounded_and_mistakes_distinct() {
        let mut two_zero_lines = 0;
        soundness(&Determinant, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let det = d.answer.expected.as_scalar().unwrap().as_integer().unwrap();
            assert!(
                (a.to_nalgebra().determinant() - det as f64).abs() < 1e-9,
                "{ctx}"
            );
            assert!(max_int(a) <= [9, 5, 10][level as usize - 1], "{ctx}");
            assert!(det != 0 && det.abs() <= MAX_DET, "{ctx}");
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            match level {
                1 => assert!(names.contains(&"ad_plus_bc") && names.contains(&"bc_minus_ad")),
                2 => assert!(names.contains(&"cofactor_sign"), "{ctx}: {names:?}"),
                _ => {
                    assert!(a.entries().iter().any(Scalar::is_zero), "{ctx}");
                    let l = best_line(a).positions(3);
                    two_zero_lines +=
                        usize::from(l.iter().filter(|&&(i, j)| a.get(i, j).is_zero()).count() >= 2);
                }
            }
        });
        assert!(two_zero_lines > 100, "{two_zero_lines}");
    }

    #[test]
    fn expansion_along_any_line_is_the_determinant() {
        let a = Matrix::from_ints(&[[2, -3, 1], [2, 0, -1], [1, 4, 5]]);
        for line in [Along::Row(0), Along::Row(1), Along::Col(2)] {
            assert_eq!(expand(&a, line, true, correct_rule), Scalar::int(49));
        }
        // Row 1 without signs: 2·4 + (−3)·11 + 1·8 = −17.
        assert_eq!(
            expand(&a, Along::Row(0), false, correct_rule),
            Scalar::int(-17)
        );
        assert_eq!(best_line(&a), Along::Row(1));
        let (solution, _) = expansion_solution(&a, Along::Row(0), 49);
        let last = &solution.last().unwrap().0[0];
        assert_eq!(
            *last,
            crate::engine::Piece::Math(
                "det A = a₁₁·M₁₁ − a₁₂·M₁₂ + a₁₃·M₁₃ = 2·4 − (−3)·11 + 1·8 = 8 + 33 + 8 = 49"
                    .into()
            )
        );
    }
}
