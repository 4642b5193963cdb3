//! `la.determinant`: compute det A.
//!
//! Level 1: 2×2 with entries −9..9. Level 2: 3×3 with entries −5..5, expanded along row 1.
//! Draws with det A = 0 or |det A| > 600 are redrawn.
//! Level 3: 4×4, solved by elimination to an upper triangular matrix. Built backwards as
//! `A = L·U` (`L` unit lower triangular with sparse entries in ±1..±2, `U` upper triangular with
//! diagonal in ±1..±4 and sparse entries in −3..3), and for half of the draws with `L₂₁ = 0` and
//! rows 1 and 2 swapped, so the elimination must start with a swap. Elimination then stays in
//! integers (the multipliers are the entries of `L`) and `det A = (−1)^swaps·Π Uᵢᵢ`.
//! At least three zeros, entries within ±9, `0 < |det A| ≤ 500`.

use super::common::{
    Mistakes, chain, det2_steps, det2_text, elimination_lines, factor, math_line, num, product,
    row_op_text, signed_join, sub, sub2, value_sum, zero_count,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::{RowOp, determinant, determinant_cofactor, random_int_matrix, solve};
use crate::math::{Matrix, Scalar};

pub struct Determinant;

/// Largest |det A| a problem may have (levels 1–2).
const MAX_DET: i64 = 600;
/// Largest |det A| of a 4×4 problem (level 3).
const MAX_DET_4: i64 = 500;
/// Largest |entry| of a 4×4 problem.
const MAX_ENTRY_4: i64 = 9;

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

/// How the worked solution computes the determinant.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Method {
    /// `a·d − b·c`.
    Formula,
    /// Cofactor expansion of a 3×3 along a line.
    Expand(Along),
    /// Elimination of a 4×4 to upper triangular form.
    Eliminate,
}

/// Draws the matrix for a level and the method of the solution.
fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Method), GenError> {
    Ok(match level {
        1 => (random_int_matrix(rng, 2, 2, -9, 9), Method::Formula),
        2 => (
            random_int_matrix(rng, 3, 3, -5, 5),
            Method::Expand(Along::Row(0)),
        ),
        3 => (four_by_four(rng)?, Method::Eliminate),
        l => return Err(GenError::Level(l)),
    })
}

/// `A = L·U` as described in the module documentation, with rows 1 and 2 swapped half the time.
fn four_by_four(rng: &mut DrillRng) -> Result<Matrix, GenError> {
    let n = 4;
    let swap = rng.chance(1, 2);
    let mut l = Matrix::identity(n);
    let mut u = Matrix::zeros(n, n);
    for i in 0..n {
        u.set(i, i, Scalar::int(rng.sign() * rng.int(1, 4)));
        for j in i + 1..n {
            if rng.chance(1, 2) {
                u.set(i, j, Scalar::int(rng.int(-3, 3)));
            }
        }
        for j in 0..i {
            if rng.chance(1, 2) && !(swap && (i, j) == (1, 0)) {
                l.set(i, j, Scalar::int(rng.sign() * rng.int(1, 2)));
            }
        }
    }
    if zero_count(&l) > n * n - n - 2 {
        return Err(GenError::Redraw(
            "L is too close to I: A would be triangular",
        ));
    }
    let mut a = l.mul(&u).ok_or(GenError::Redraw("shape"))?;
    if swap {
        RowOp::Swap(0, 1).apply(&mut a);
    }
    if zero_count(&a) < 3 || a.max_abs() > MAX_ENTRY_4 as f64 {
        return Err(GenError::Redraw("too few zeros or a large entry"));
    }
    Ok(a)
}

impl Exercise for Determinant {
    fn id(&self) -> &'static str {
        "la.determinant"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, method) = draw(level, rng)?;
        let det = determinant(&a)
            .and_then(|d| d.as_integer())
            .ok_or(GenError::Redraw("no integer determinant"))?;
        let max = if method == Method::Eliminate {
            MAX_DET_4
        } else {
            MAX_DET
        };
        if det == 0 || det.abs() > max {
            return Err(GenError::Redraw("det A is 0 or too large"));
        }
        let answer = AnswerSpec::integer(det);
        let mut mistakes = Mistakes::new(&answer.expected);
        let prompt = vec![
            Line::text("Find the determinant of"),
            Line::new().m("A = ").v(a.clone()),
        ];

        let (solution, hints) = match method {
            Method::Eliminate => elimination_solution(&a, det, &mut mistakes)?,
            Method::Formula => {
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
                let solution = vec![math_line(&chain("det A", &steps))];
                let worked = det2_steps(&a);
                let hints = vec![
                    "For a 2×2 matrix [a b; c d], det A = a·d − b·c: the product of the main \
                     diagonal minus the product of the other one."
                        .to_string(),
                    format!("det A = {}.", chain(&worked[0], &worked[1..2])),
                ];
                (solution, hints)
            }
            Method::Expand(line) => {
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
                    sign_pattern(line, 3)
                );
                // Along row 1 the unsigned expansion is a real alternative.
                mistakes.require("cofactor_sign", unsigned, message)?;
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

/// The signs along a line of an `n × n` matrix, e.g. `+ − +`.
fn sign_pattern(line: Along, n: usize) -> String {
    line.positions(n)
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
        sign_pattern(line, 3)
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
                .m(format!(
                    " = {}",
                    chain(&det2_text(&minor), &det2_steps(&minor)[1..])
                )),
        );
        substituted.push((minus(i, j), product(&[entry, m])));
        let term = entry * m;
        values.push(if minus(i, j) { -term } else { term });
    }
    solution.push(math_line(&chain(
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
            "Expand along {}, with the checkerboard signs {}: det A = {}, where Mᵢⱼ is the 2×2 \
             determinant left after deleting row i and column j.",
            line.name(),
            sign_pattern(line, 3),
            signed_join(&with_entries)
        ),
        format!(
            "M{} deletes row {} and column {}: M{} = {}; the other minors the same way.",
            sub2(fi, fj),
            fi + 1,
            fj + 1,
            sub2(fi, fj),
            chain(&det2_text(&first_minor), &det2_steps(&first_minor)[2..])
        ),
        format!("With the minors in: det A = {}.", signed_join(&substituted)),
    ];
    (solution, hints)
}

/// Cofactor expansion along `line` without the checkerboard signs: `Σ aᵢⱼ·det Mᵢⱼ`.
fn unsigned_expansion(a: &Matrix, line: Along) -> Scalar {
    line.positions(a.nrows())
        .into_iter()
        .fold(Scalar::ZERO, |acc, (i, j)| {
            let minor = determinant_cofactor(&a.minor_matrix(i, j)).unwrap_or(Scalar::ZERO);
            acc + a.get(i, j) * minor
        })
}

/// Level 3: the worked elimination of a 4×4 to upper triangular form, its mistakes and hints.
fn elimination_solution(
    a: &Matrix,
    det: i64,
    mistakes: &mut Mistakes,
) -> Result<(Vec<Line>, Vec<String>), GenError> {
    let n = a.nrows();
    let e = solve::row_echelon(a);
    if e.pivots.len() < n {
        return Err(GenError::Redraw("singular"));
    }
    let diag: Vec<Scalar> = (0..n).map(|i| e.form.get(i, i)).collect();
    let det_u = diag.iter().fold(Scalar::ONE, |p, &x| p * x);
    let det = Scalar::int(det);
    if e.swaps % 2 == 1 {
        mistakes.require(
            "swap_sign",
            -det,
            "The row swap was forgotten: swapping two rows flips the sign of the determinant, \
             so after s swaps det A = (−1)ˢ·det U.",
        )?;
    }
    mistakes.optional(
        "diagonal_product",
        diagonal_product(a),
        "That is the product of the diagonal of A, which is the determinant only of a \
         triangular matrix. Eliminate below the pivots first, then multiply the diagonal of U.",
    );
    let line = best_line(a);
    mistakes.optional(
        "cofactor_sign",
        unsigned_expansion(a, line),
        format!(
            "The cofactor signs are missing: along {} they are {}, following the checkerboard \
             (−1)ⁱ⁺ʲ.",
            line.name(),
            sign_pattern(line, n)
        ),
    );

    let mut solution = vec![
        Line::text(
            "Eliminate below the pivots to reach an upper triangular U. Adding a multiple of one \
             row to another leaves the determinant unchanged; a row swap changes its sign.",
        ),
        Line::new().m("A = ").v(a.clone()),
    ];
    solution.extend(elimination_lines(a, &e.ops));
    solution.push(
        Line::text("U is triangular, so det U is the product of its diagonal: ").m(format!(
            "det U = {} = {}",
            product(&diag),
            num(det_u)
        )),
    );
    let odd = e.swaps % 2 == 1;
    let last = if odd {
        chain(
            "det A",
            &["−det U".into(), format!("−{}", factor(det_u)), num(det)],
        )
    } else {
        chain("det A", &["det U".into(), num(det)])
    };
    let swaps = match e.swaps {
        0 => "No row swaps".to_string(),
        1 => "One row swap".to_string(),
        k => format!("{k} row swaps"),
    };
    solution.push(Line::text(format!("{swaps}, so ")).m(last));
    let first = e.ops.first().map(row_op_text).unwrap_or_default();
    let why = if a.get(0, 0).is_zero() {
        " (a₁₁ = 0, so a swap brings up a nonzero pivot)".to_string()
    } else {
        String::new()
    };
    let sign = if odd { "−" } else { "" };
    let hints = vec![
        "Eliminate below the pivots to reach an upper triangular U; each row swap on the way \
         flips the sign of the determinant."
            .to_string(),
        format!("Start with {first}{why}."),
        format!(
            "U has the diagonal {}, after {}: det A = {sign}{}.",
            super::common::vector_text(&diag),
            super::common::plural(e.swaps, "row swap"),
            product(&diag)
        ),
    ];
    Ok((solution, hints))
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;

    #[test]
    fn determinants_are_right_bounded_and_mistakes_distinct() {
        let mut swapped = 0;
        soundness(&Determinant, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let det = d.answer.expected.as_scalar().unwrap().as_integer().unwrap();
            assert!(
                (a.to_nalgebra().determinant() - det as f64).abs() < 1e-9,
                "{ctx}"
            );
            assert!(max_int(a) <= [9, 5, 9][level as usize - 1], "{ctx}");
            assert!(det != 0 && det.abs() <= MAX_DET, "{ctx}");
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            match level {
                1 => assert!(names.contains(&"ad_plus_bc") && names.contains(&"bc_minus_ad")),
                2 => assert!(names.contains(&"cofactor_sign"), "{ctx}: {names:?}"),
                _ => {
                    assert_eq!(a.shape(), (4, 4), "{ctx}");
                    assert!(det.abs() <= MAX_DET_4, "{ctx}");
                    assert!(zero_count(a) >= 3, "{ctx}");
                    // The elimination stays in integers.
                    let e = solve::row_echelon(a);
                    let mut m = a.clone();
                    for op in &e.ops {
                        op.apply(&mut m);
                        assert!(
                            m.entries().iter().all(|x| x.as_integer().is_some()),
                            "{ctx}"
                        );
                    }
                    if e.swaps > 0 {
                        swapped += 1;
                        assert!(names.contains(&"swap_sign"), "{ctx}: {names:?}");
                    }
                }
            }
        });
        assert!(swapped > 100, "{swapped}");
    }

    #[test]
    fn four_by_four_solution_multiplies_the_pivots() {
        // Rows 1, 2 of an upper triangular matrix swapped: one swap, det = −(2·1·3·(−1)) = 6.
        let a = Matrix::from_ints(&[[0, 1, 0, 2], [2, 1, 0, 0], [0, 0, 3, 1], [0, 0, 0, -1]]);
        let mut mistakes = Mistakes::new(&crate::expr::Value::Scalar(Scalar::int(6)));
        let (solution, hints) = elimination_solution(&a, 6, &mut mistakes).unwrap();
        // The hints end at the last step, in this problem's numbers; the hint about 4×4
        // elimination is this level's, not the catalog's.
        assert_eq!(
            hints.last().unwrap(),
            "U has the diagonal (2, 1, 3, −1), after 1 row swap: det A = −2·1·3·(−1)."
        );
        assert_eq!(
            solution.last().unwrap().0,
            [
                crate::engine::Piece::Text("One row swap, so ".into()),
                crate::engine::Piece::Math("det A = −det U = −(−6) = 6".into())
            ]
        );
        let list = mistakes.finish().unwrap();
        assert_eq!(list[0].name, "swap_sign");
        // The feedback names the rule, not det U or the answer.
        assert!(!list[0].message.contains('6'), "{}", list[0].message);
        // Expanding along row 4 (three zeros) without signs: (−1)·det M₄₄ = (−1)·(−6) = 6?
        // M₄₄ = det [[0, 1, 0], [2, 1, 0], [0, 0, 3]] = −6, and the unsigned term is 6 = det:
        // so the unsigned expansion along row 4 coincides with the answer and is left out.
        assert!(list.iter().all(|m| m.name != "cofactor_sign"));
        assert_eq!(unsigned_expansion(&a, Along::Row(3)), Scalar::int(6));
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
        let last: String = solution
            .last()
            .unwrap()
            .0
            .iter()
            .map(|p| match p {
                crate::engine::Piece::Math(s) => s.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(
            last,
            "det A = a₁₁·M₁₁ − a₁₂·M₁₂ + a₁₃·M₁₃ = 2·4 − (−3)·11 + 1·8 = 8 + 33 + 8 = 49"
        );
    }
}
