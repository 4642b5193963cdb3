//! `la.low_rank_error`: the error of the best rank-k approximation (Eckart–Young).
//!
//! With singular values `σ₁ ≥ … ≥ σᵣ`, the best rank-k approximation `A_k` keeps the first k
//! terms of the SVD, and `‖A − A_k‖_F = √(σ_{k+1}² + … + σᵣ²)`, `‖A − A_k‖₂ = σ_{k+1}`.
//! Level 1: the Frobenius error from a list of 3–5 singular values, two or three of them
//! dropped; usually a Pythagorean pair or quadruple, so the error is an integer, otherwise a
//! square root. Level 2: an SVD `A = U·Σ·Vᵀ` with rational orthogonal U, V (3×3) is shown and
//! the spectral or the Frobenius error of the best rank-1 approximation is asked. Level 3: the
//! fraction of `‖A‖_F² = Σσᵢ²` that `A_k` keeps, `Σ_{i≤k} σᵢ² / Σ σᵢ²`, from a list or an SVD.

use super::super::common::{Mistakes, answer_text, chain, num, sub};
use super::super::vectors::helpers::root_text;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::nice_orthogonal::random_orthogonal_3x3;
use crate::math::{Matrix, Scalar};

pub struct LowRankError;

/// Descending pairs with an integer root of the sum of squares.
const PAIRS: [(i64, i64); 6] = [(4, 3), (8, 6), (12, 5), (15, 8), (12, 9), (24, 7)];
/// Descending triples with an integer root of the sum of squares.
const TRIPLES: [(i64, i64, i64); 7] = [
    (6, 3, 2),
    (8, 4, 1),
    (9, 6, 2),
    (12, 4, 3),
    (14, 5, 2),
    (11, 10, 2),
    (12, 9, 8),
];

/// Which error the question asks for.
#[derive(Clone, Copy, PartialEq)]
enum Asked {
    Frobenius,
    Spectral,
    Captured,
}

/// The dropped singular values, descending: a Pythagorean pair or triple (integer error) with
/// probability 2/3, otherwise 2 or 3 distinct values in 1..9.
fn dropped(rng: &mut DrillRng, count: usize) -> Vec<i64> {
    if rng.chance(2, 3) {
        if count == 2 {
            let (a, b) = *rng.pick(&PAIRS);
            vec![a, b]
        } else {
            let (a, b, c) = *rng.pick(&TRIPLES);
            vec![a, b, c]
        }
    } else {
        let mut v: Vec<i64> = Vec::new();
        while v.len() < count {
            let x = rng.int(1, 9);
            if !v.contains(&x) {
                v.push(x);
            }
        }
        v.sort_by(|a, b| b.cmp(a));
        v
    }
}

/// `count` distinct values above `floor`, descending.
fn kept(rng: &mut DrillRng, count: usize, floor: i64) -> Vec<i64> {
    let mut v: Vec<i64> = Vec::new();
    while v.len() < count {
        let x = rng.int(floor + 1, floor + 15);
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v.sort_by(|a, b| b.cmp(a));
    v
}

fn squares_sum(values: &[i64]) -> i64 {
    values.iter().map(|x| x * x).sum()
}

/// `σ₂² + σ₃²` as written in a solution, from index `from` (0-based).
fn symbols(from: usize, to: usize, squared: bool) -> String {
    (from..to)
        .map(|i| format!("σ{}{}", sub(i + 1), if squared { "²" } else { "" }))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The singular values named: `σ₁ = 5, σ₂ = 3, σ₃ = 1`.
fn sigma_list(sigma: &[i64]) -> String {
    sigma
        .iter()
        .enumerate()
        .map(|(i, s)| format!("σ{} = {s}", sub(i + 1)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn values_text(values: &[i64], squared: bool) -> String {
    values
        .iter()
        .map(|x| {
            if squared {
                format!("{x}²")
            } else {
                x.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// A rational orthogonal 3×3 matrix whose entries have denominators at most 9 and which is not
/// a signed permutation.
fn nice_orthogonal(rng: &mut DrillRng) -> Result<Matrix, GenError> {
    let q = random_orthogonal_3x3(rng, 2).ok_or(GenError::Redraw("no orthogonal matrix"))?;
    let denominators_ok = q
        .entries()
        .iter()
        .all(|x| x.exact().is_some_and(|r| r.denom() <= 9));
    let zeros = q.entries().iter().filter(|x| x.is_zero()).count();
    if !denominators_ok || zeros > 3 {
        return Err(GenError::Redraw("orthogonal matrix not nice"));
    }
    Ok(q)
}

impl Exercise for LowRankError {
    fn id(&self) -> &'static str {
        "la.low_rank_error"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        // (singular values, k, what is asked, whether an SVD is shown)
        let (sigma, k, asked, shown) = match level {
            1 => {
                let k = 1 + rng.index(2);
                let count = 2 + rng.index(2);
                let drop = dropped(rng, count);
                let mut s = kept(rng, k, drop[0]);
                s.extend(drop);
                (s, k, Asked::Frobenius, false)
            }
            2 => {
                let drop = dropped(rng, 2);
                let mut s = kept(rng, 1, drop[0]);
                s.extend(drop);
                let asked = if rng.chance(1, 2) {
                    Asked::Spectral
                } else {
                    Asked::Frobenius
                };
                (s, 1, asked, true)
            }
            3 => {
                let shown = rng.chance(1, 2);
                let r = if shown { 3 } else { 4 + rng.index(2) };
                let k = 1 + rng.index(r - 1);
                let mut s = Vec::new();
                while s.len() < r {
                    let x = rng.int(1, 12);
                    if !s.contains(&x) {
                        s.push(x);
                    }
                }
                s.sort_by(|a, b| b.cmp(a));
                (s, k, Asked::Captured, shown)
            }
            l => return Err(GenError::Level(l)),
        };
        let r = sigma.len();
        let ks = sub(k);
        let kept_part = &sigma[..k];
        let dropped_part = &sigma[k..];
        let frobenius = Scalar::int(squares_sum(dropped_part)).sqrt();
        let total = squares_sum(&sigma);
        let captured = Scalar::frac(squares_sum(kept_part), total);
        let expected = match asked {
            Asked::Frobenius => frobenius,
            Asked::Spectral => Scalar::int(sigma[k]),
            Asked::Captured => captured,
        };
        let answer = AnswerSpec::scalar(expected);
        // A Frobenius error √n that is not a whole number has √n as its exact form.
        let answer = if expected.is_exact() {
            answer
        } else {
            answer.exact_as(answer_text(&root_text(Scalar::int(squares_sum(
                dropped_part,
            )))))
        };
        // The singular values this problem keeps and drops, by name: `σ₁…σ₂`, `σ₃² + σ₄²`.
        let kept_names = if k == 1 {
            "σ₁".to_string()
        } else {
            format!("σ₁…σ{ks}")
        };
        let next = format!("σ{}", sub(k + 1));
        let dropped_squares = symbols(k, r, true);
        let mut mistakes = Mistakes::new(&answer.expected);
        let sum_dropped = Scalar::int(dropped_part.iter().sum());
        match asked {
            Asked::Frobenius => {
                mistakes.require(
                    "sum_of_dropped",
                    sum_dropped,
                    format!(
                        "That adds the dropped singular values. The Frobenius error squares them, \
                         adds the squares and takes the root: √({dropped_squares})."
                    ),
                )?;
                mistakes.require(
                    "no_square_root",
                    Scalar::int(squares_sum(dropped_part)),
                    format!("That is the SQUARED error ‖A − A{ks}‖_F². Take its square root."),
                )?;
                mistakes.optional(
                    "off_by_one",
                    Scalar::int(squares_sum(&sigma[k - 1..])).sqrt(),
                    format!(
                        "That also drops σ{ks}. The rank-{k} approximation keeps {kept_names} and \
                         drops only {next} onwards."
                    ),
                );
                mistakes.optional(
                    "spectral_instead",
                    Scalar::int(sigma[k]),
                    format!(
                        "That is the spectral-norm error {next}. The Frobenius error includes all \
                         dropped singular values: √({dropped_squares})."
                    ),
                );
            }
            Asked::Spectral => {
                mistakes.require(
                    "sigma_k",
                    Scalar::int(sigma[k - 1]),
                    format!(
                        "That is σ{}, which A{ks} keeps. The spectral error is the largest \
                         singular value dropped: σ{}.",
                        sub(k),
                        sub(k + 1)
                    ),
                )?;
                mistakes.optional(
                    "frobenius_instead",
                    frobenius,
                    format!(
                        "That is the Frobenius-norm error. In the spectral norm ‖·‖₂ the error is \
                         just the largest dropped singular value, {next}."
                    ),
                );
                mistakes.optional(
                    "sum_of_dropped",
                    sum_dropped,
                    format!(
                        "That adds the dropped singular values. The spectral error is only the \
                         largest of them, {next}."
                    ),
                );
            }
            Asked::Captured => {
                mistakes.optional(
                    "sigma_not_squared",
                    Scalar::frac(kept_part.iter().sum(), sigma.iter().sum()),
                    format!(
                        "That uses the singular values themselves. The energy ‖A‖_F² is the sum \
                         of their SQUARES: ({}) / ({}).",
                        symbols(0, k, true),
                        symbols(0, r, true)
                    ),
                );
                mistakes.optional(
                    "lost_fraction",
                    Scalar::frac(squares_sum(dropped_part), total),
                    format!(
                        "That is the fraction LOST, ‖A − A{ks}‖_F²/‖A‖_F². The question asks for \
                         the fraction kept: one minus that."
                    ),
                );
                mistakes.optional(
                    "off_by_one",
                    Scalar::frac(squares_sum(&sigma[..k + 1]), total),
                    format!(
                        "That keeps {} singular values; A{ks} keeps exactly {k}: {kept_names}.",
                        k + 1
                    ),
                );
                if k > 1 {
                    mistakes.optional(
                        "off_by_one_low",
                        Scalar::frac(squares_sum(&sigma[..k - 1]), total),
                        format!(
                            "That keeps only {} singular values; A{ks} keeps {k}.",
                            k - 1
                        ),
                    );
                }
            }
        }

        let sigma_scalars: Vec<Scalar> = sigma.iter().map(|&s| Scalar::int(s)).collect();
        let mut prompt = Vec::new();
        if shown {
            let u = nice_orthogonal(rng)?;
            let v = nice_orthogonal(rng)?;
            let big_sigma = Matrix::from_fn(r, r, |i, j| {
                if i == j {
                    sigma_scalars[i]
                } else {
                    Scalar::ZERO
                }
            });
            prompt.push(Line::text(
                "A matrix A has the singular value decomposition A = U·Σ·Vᵀ with",
            ));
            prompt.push(
                Line::new()
                    .m("U = ")
                    .v(u)
                    .t(",  ")
                    .m("Σ = ")
                    .v(big_sigma)
                    .t(",  ")
                    .m("Vᵀ = ")
                    .v(v.transpose()),
            );
        } else {
            prompt.push(
                Line::text(format!("A matrix A of rank {r} has the singular values"))
                    .m(format!(" {}", sigma_list(&sigma))),
            );
        }
        let what = match asked {
            Asked::Frobenius => format!(
                "Let A{ks} be the best rank-{k} approximation of A. Find the error ‖A − A{ks}‖_F \
                 in the Frobenius norm (an exact form such as sqrt(29) or a decimal to 4 \
                 significant figures)."
            ),
            Asked::Spectral => format!(
                "Let A{ks} be the best rank-{k} approximation of A. Find the error ‖A − A{ks}‖₂ \
                 in the spectral norm."
            ),
            Asked::Captured => format!(
                "What fraction of ‖A‖_F² does the best rank-{k} approximation A{ks} keep? Give \
                 ‖A{ks}‖_F² / ‖A‖_F² as a fraction or a decimal."
            ),
        };
        prompt.push(Line::text(what));

        let mut solution = Vec::new();
        if shown {
            solution.push(Line::math(format!(
                "The singular values are the diagonal of Σ: {}. U and V are orthogonal and do \
                 not change norms, so only the σᵢ matter.",
                sigma_list(&sigma)
            )));
        }
        solution.push(Line::text(format!(
            "By Eckart–Young, the best rank-{k} approximation keeps {} and drops the rest.",
            if k == 1 {
                "the largest singular value".to_string()
            } else {
                format!("the {k} largest singular values")
            }
        )));
        let hints = match asked {
            Asked::Frobenius => {
                let inner = squares_sum(dropped_part);
                let mut text = format!(
                    "‖A − A{ks}‖_F = √({}) = √({}) = √{inner}",
                    symbols(k, r, true),
                    values_text(dropped_part, true)
                );
                text.push_str(&format!(" = {}", num(frobenius)));
                solution.push(Line::math(text));
                vec![
                    format!(
                        "The dropped singular values are {}.",
                        values_text(dropped_part, false).replace(" + ", ", ")
                    ),
                    format!(
                        "Their squares add up to {} = {inner}; the error is the root of that.",
                        values_text(dropped_part, true)
                    ),
                ]
            }
            Asked::Spectral => {
                solution.push(Line::math(format!(
                    "‖A − A{ks}‖₂ = σ{} = {}",
                    sub(k + 1),
                    sigma[k]
                )));
                vec![
                    format!("The spectral error is the largest singular value that A{ks} drops."),
                    format!("A{ks} keeps {kept_names}; the first one it drops is {next}."),
                ]
            }
            Asked::Captured => {
                solution.push(Line::math(chain(
                    &format!("‖A{ks}‖_F² / ‖A‖_F²"),
                    &[
                        format!("({}) / ({})", symbols(0, k, true), symbols(0, r, true)),
                        format!(
                            "({}) / ({})",
                            values_text(kept_part, true),
                            values_text(&sigma, true)
                        ),
                        format!("{}/{total}", squares_sum(kept_part)),
                        num(captured),
                    ],
                )));
                vec![
                    format!("‖A‖_F² = {} = {total}.", values_text(&sigma, true)),
                    format!(
                        "A{ks} keeps {} = {} of it.",
                        values_text(kept_part, true),
                        squares_sum(kept_part)
                    ),
                ]
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

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{prompt_debug_text, prompt_matrices, soundness};
    use super::*;
    use crate::math::linalg::nice_orthogonal::rational_svd_matrix;

    /// The singular values from the prompt: Σ's diagonal, or the listed `σᵢ = n`.
    fn prompt_sigma(d: &Draft) -> (Vec<f64>, Option<(Matrix, Matrix, Matrix)>) {
        let ms = prompt_matrices(d);
        if ms.len() == 3 {
            let s: Vec<f64> = (0..3).map(|i| ms[1].get(i, i).to_f64()).collect();
            return (s, Some((ms[0].clone(), ms[1].clone(), ms[2].clone())));
        }
        let text = prompt_debug_text(d);
        let s = text
            .split(" = ")
            .skip(1)
            .map_while(|t| {
                t.split(|c: char| !c.is_ascii_digit())
                    .next()?
                    .parse::<f64>()
                    .ok()
            })
            .collect();
        (s, None)
    }

    #[test]
    fn feedback_names_this_problems_singular_values_and_answers_are_exact() {
        soundness(&LowRankError, &[1, 2, 3], |_, d, ctx| {
            let x = d.answer.expected.as_scalar().unwrap();
            assert_eq!(d.answer.exact.is_some(), !x.is_exact(), "{ctx}");
            for m in &d.mistakes {
                // Generic symbols (σ_{k+1}, A_k, σᵣ) are not what the prompt defines.
                for generic in ["k+1", "A_k", "σᵣ", "σ₁…σ₁"] {
                    assert!(!m.message.contains(generic), "{ctx}: {}", m.message);
                }
            }
        });
    }

    #[test]
    fn errors_match_a_reconstruction() {
        let mut svds = 0;
        soundness(&LowRankError, &[1, 2, 3], |level, d, ctx| {
            let (s, svd) = prompt_sigma(d);
            assert!(
                s.len() >= 3 && s.windows(2).all(|w| w[0] > w[1]),
                "{ctx}: {s:?}"
            );
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            let text = prompt_debug_text(d);
            let k: usize = text.split("best rank-").nth(1).unwrap()[..1]
                .parse()
                .unwrap();
            if let Some((u, sigma, vt)) = svd {
                svds += 1;
                // Build A = UΣVᵀ exactly; nalgebra's SVD of A must give back the σ, and the
                // truncated SVD gives the errors directly.
                let diag: Vec<Scalar> = (0..3).map(|i| sigma.get(i, i)).collect();
                let a = rational_svd_matrix(&u, &diag, &vt.transpose()).unwrap();
                assert!(a.is_exact());
                let na = a.to_nalgebra();
                let svd = na.clone().svd(true, true);
                let mut sv: Vec<f64> = svd.singular_values.iter().copied().collect();
                sv.sort_by(|x, y| y.total_cmp(x));
                assert!(
                    sv.iter().zip(&s).all(|(x, y)| (x - y).abs() < 1e-9),
                    "{ctx}"
                );
                let uu = svd.u.unwrap();
                let vv = svd.v_t.unwrap();
                let mut ak = nalgebra::DMatrix::zeros(3, 3);
                for i in 0..3 {
                    if svd.singular_values[i] >= s[k - 1] - 1e-9 {
                        ak += svd.singular_values[i] * uu.column(i) * vv.row(i);
                    }
                }
                let diff = &na - &ak;
                let reference = if text.contains("‖_F in the Frobenius") {
                    diff.norm()
                } else if text.contains("spectral norm") {
                    diff.singular_values().max()
                } else {
                    ak.norm_squared() / na.norm_squared()
                };
                assert!(
                    (got - reference).abs() < 1e-9,
                    "{ctx}: {got} vs {reference}"
                );
            } else {
                let dropped: f64 = s[k..].iter().map(|x| x * x).sum();
                let all: f64 = s.iter().map(|x| x * x).sum();
                let reference = if level == 3 {
                    1.0 - dropped / all
                } else {
                    dropped.sqrt()
                };
                assert!((got - reference).abs() < 1e-9, "{ctx}");
            }
        });
        assert!(svds > 400, "{svds}");
    }
}
