//! `la.diagonal_power`: `Dᵏ` for a diagonal matrix `D`. Products of diagonal matrices multiply
//! the diagonals entry by entry, so `Dᵏ = diag(d₁ᵏ, …, dₙᵏ)`, for negative `k` too
//! (`D⁻ᵏ = diag(1/d₁ᵏ, …)`, defined when no `dᵢ` is 0).
//!
//! Level 1: `D²`, 2×2 or 3×3, `dᵢ ∈ ±1..±4`. Level 2: `Dᵏ` with `k ∈ {3, 4, 5}`, 3×3,
//! `dᵢ ∈ ±1..±3`. Level 3: `D⁻ᵏ` with `k ∈ {1, 2, 3}`, 2×2 or 3×3, `dᵢ ∈ ±1..±5` and
//! `|dᵢ|ᵏ ≤ 125` (exact fractions). Every draw has a negative entry and one of size ≥ 2.

use super::super::common::{Mistakes, diag, factor, math_line, num};
use super::super::text::superscript;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::Scalar;

pub struct DiagonalPower;

/// `xᵏ`; `x` is never 0 here, so the power exists.
fn pow(x: Scalar, k: i64) -> Scalar {
    x.powi(k).unwrap_or(Scalar::ZERO)
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Vec<Scalar>, i64), GenError> {
    let (n, k, bound) = match level {
        1 => (2 + rng.index(2), 2, 4),
        2 => (3, rng.int(3, 5), 3),
        3 => (2 + rng.index(2), -rng.int(1, 3), 5),
        l => return Err(GenError::Level(l)),
    };
    let d: Vec<i64> = (0..n).map(|_| rng.nonzero_int(-bound, bound)).collect();
    if !d.iter().any(|&x| x < 0) || !d.iter().any(|&x| x.abs() >= 2) {
        return Err(GenError::Redraw("no negative entry or all ±1"));
    }
    if d.iter()
        .any(|&x| x.abs().pow(k.unsigned_abs() as u32) > 125)
    {
        return Err(GenError::Redraw("a power is too large"));
    }
    Ok((d.into_iter().map(Scalar::int).collect(), k))
}

impl Exercise for DiagonalPower {
    fn id(&self) -> &'static str {
        "la.diagonal_power"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (d, k) = draw(level, rng)?;
        let dm = diag(&d);
        let power =
            |f: &dyn Fn(Scalar) -> Scalar| diag(&d.iter().map(|&x| f(x)).collect::<Vec<_>>());
        let result = power(&|x| pow(x, k));
        let answer = AnswerSpec::entrywise(result.clone());
        let name = format!("D{}", superscript(k));
        let mut mistakes = Mistakes::new(&answer.expected);
        let kk = Scalar::int(k);
        if k < 0 {
            mistakes.optional(
                "negated_not_inverted",
                power(&|x| -pow(x, -k)),
                format!(
                    "A negative exponent means a reciprocal, not a negative number: \
                     d{} = 1/d{}, so each entry becomes 1/dᵢ{}.",
                    superscript(k),
                    superscript(-k),
                    superscript(-k)
                ),
            );
        }
        mistakes.optional(
            "multiplied_by_k",
            dm.scale(kk),
            format!(
                "That is {}·D: each entry was multiplied by {}. A power multiplies D by itself, \
                 so each diagonal entry is raised to the power: dᵢ{}.",
                num(kk),
                num(kk),
                superscript(k)
            ),
        );
        mistakes.optional(
            "negative_base_sign",
            power(&|x| {
                let p = pow(x, k);
                if x.to_f64() < 0.0 { -p } else { p }
            }),
            if k % 2 == 0 {
                "A negative entry raised to an even power is positive: (−2)² = 4, not −2² = −4. \
                 Put the negative entry in parentheses before raising it."
            } else {
                "A negative entry raised to an odd power stays negative: (−2)³ = −8."
            },
        );
        if k <= -2 {
            mistakes.optional(
                "reciprocal_of_multiple",
                power(&|x| (Scalar::int(-k) * x).recip().unwrap_or(x)),
                format!(
                    "That is 1/({}·dᵢ): the exponent {} is not a factor. d{} = 1/(dᵢ{}).",
                    -k,
                    num(Scalar::int(k)),
                    superscript(k),
                    superscript(-k)
                ),
            );
        }

        let prompt = vec![
            Line::text(format!("Compute {name} for the diagonal matrix")),
            Line::new().m("D = ").v(dm.clone()),
        ];
        let rule = if k < 0 {
            Line::new()
                .m(format!("{name} = diag(1/d₁{s}, …)", s = superscript(-k)))
                .t(": a diagonal matrix is inverted and powered entry by entry (the zeros stay zero).")
        } else {
            Line::new()
                .m(format!("{name} = diag(d₁{s}, …)", s = superscript(k)))
                .t(": multiplying diagonal matrices multiplies their diagonals entry by entry (the zeros stay zero).")
        };
        let mut solution = vec![rule];
        // Each distinct diagonal entry's power, once.
        let mut distinct: Vec<Scalar> = Vec::new();
        for &x in &d {
            if !distinct.contains(&x) {
                distinct.push(x);
            }
        }
        let steps: Vec<String> = distinct
            .iter()
            .map(|&x| {
                let p = pow(x, k);
                if k < 0 {
                    format!(
                        "{}{} = 1/{}{} = {}",
                        factor(x),
                        superscript(k),
                        factor(x),
                        superscript(-k),
                        num(p)
                    )
                } else {
                    format!("{}{} = {}", factor(x), superscript(k), num(p))
                }
            })
            .collect();
        solution.push(math_line(&steps.join(",   ")));
        solution.push(Line::new().m(format!("{name} = ")).v(result.clone()));
        let powers: Vec<String> = d
            .iter()
            .map(|&x| {
                if k < 0 {
                    format!("1/{}{}", factor(x), superscript(-k))
                } else {
                    format!("{}{}", factor(x), superscript(k))
                }
            })
            .collect();
        let mut hints = Vec::new();
        if k < 0 {
            hints.push(format!(
                "A negative power means reciprocals: {name} = (D⁻¹){s} = diag(1/d₁{s}, …, 1/dₙ{s}).",
                s = superscript(-k)
            ));
        }
        hints.push(format!(
            "Raise each diagonal entry: {name} = diag({}).",
            powers.join(", ")
        ));
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
    use super::super::super::common::testing::{expected_matrix, prompt_matrices, soundness};
    use super::*;
    use crate::math::Matrix;

    /// The diagonal of a typeset diagonal matrix.
    fn diagonal_of(m: &Matrix) -> Vec<f64> {
        (0..m.nrows()).map(|i| m.get(i, i).to_f64()).collect()
    }

    #[test]
    fn powers_are_right_and_bounded() {
        soundness(&DiagonalPower, &[1, 2, 3], |level, d, ctx| {
            let dm = &prompt_matrices(d)[0];
            let got = expected_matrix(d);
            let n = dm.nrows();
            // Independent recomputation: repeated nalgebra products (of the inverse for k < 0).
            let base = dm.to_nalgebra();
            let candidates: Vec<i32> = match level {
                1 => vec![2],
                2 => vec![3, 4, 5],
                _ => vec![-1, -2, -3],
            };
            let matches = candidates.iter().any(|&k| {
                let b = if k < 0 {
                    base.clone().try_inverse().unwrap()
                } else {
                    base.clone()
                };
                let mut p = nalgebra::DMatrix::identity(n, n);
                for _ in 0..k.abs() {
                    p *= &b;
                }
                (got.to_nalgebra() - p).abs().max() < 1e-12
            });
            assert!(matches, "{ctx}");
            let dd = diagonal_of(dm);
            assert!(
                dd.iter().any(|&x| x < 0.0) && dd.iter().all(|&x| x != 0.0),
                "{ctx}"
            );
            assert!(dm.max_abs() <= [4.0, 3.0, 5.0][level as usize - 1], "{ctx}");
            if level == 3 {
                assert!(
                    got.entries().iter().any(|x| x.as_integer().is_none()),
                    "{ctx}"
                );
            }
        });
    }
}
