//! `la.power_iteration_step`: steps of power iteration, normalised by the max-norm.
//!
//! One step is `y = A·x`, then `x ← y/m` where `m` is the entry of `y` with the largest absolute
//! value, sign included (so the largest entry of the new x is 1 and every number stays
//! rational). Level 1: one step with a 2×2 integer matrix (entries −5..5, not symmetric).
//! Level 2: two steps with a 2×2 integer matrix (entries −4..4, not symmetric). Level 3: two
//! steps with a symmetric 2×2 matrix whose eigenvalues differ in size, then the Rayleigh
//! quotient `x₂ᵀA·x₂ / x₂ᵀx₂` as the eigenvalue estimate (a number). The start vector has
//! entries −1..1. Draws with a tie for the largest entry (of opposite signs) are redrawn.

use super::super::common::{Mistakes, chain, factor, num, product_sum, scalars, vector_text};
use super::super::text::mat_vec_work;
use super::common::mat_vec_chain;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::random_int_matrix;
use crate::math::{Matrix, Scalar};

pub struct PowerIterationStep;

/// The entry of largest absolute value, sign kept; `None` for the zero vector or a tie between
/// entries of opposite signs (the normalisation would be ambiguous).
fn max_entry(y: &[Scalar]) -> Option<(usize, Scalar)> {
    let top = y.iter().map(|v| v.to_f64().abs()).fold(0.0, f64::max);
    if top == 0.0 {
        return None;
    }
    let at: Vec<usize> = (0..y.len())
        .filter(|&i| y[i].to_f64().abs() == top)
        .collect();
    if at.iter().any(|&i| y[i] != y[at[0]]) {
        return None;
    }
    Some((at[0], y[at[0]]))
}

fn scale(y: &[Scalar], by: Scalar) -> Option<Vec<Scalar>> {
    y.iter().map(|&v| v.checked_div(by)).collect()
}

/// `y/m` with `m` the max-norm entry of `y`.
fn normalise(y: &[Scalar]) -> Option<Vec<Scalar>> {
    scale(y, max_entry(y)?.1)
}

/// `y/‖y‖₂`.
fn normalise_2(y: &[Scalar]) -> Option<Vec<Scalar>> {
    let norm = y.iter().fold(Scalar::ZERO, |s, &v| s + v * v).sqrt();
    scale(y, norm)
}

/// `y/|m|`: the max-norm entry's size without its sign.
fn normalise_abs(y: &[Scalar]) -> Option<Vec<Scalar>> {
    scale(y, max_entry(y)?.1.abs())
}

fn dot(u: &[Scalar], v: &[Scalar]) -> Scalar {
    u.iter().zip(v).fold(Scalar::ZERO, |s, (&a, &b)| s + a * b)
}

/// `k` power-iteration steps from `x`, each normalised by `norm`.
fn iterate(
    a: &Matrix,
    x: &[Scalar],
    k: usize,
    norm: fn(&[Scalar]) -> Option<Vec<Scalar>>,
) -> Option<Vec<Scalar>> {
    (0..k).try_fold(x.to_vec(), |x, _| norm(&a.mul_vec(&x)?))
}

/// `xᵀA·x / xᵀx`.
fn rayleigh(a: &Matrix, x: &[Scalar]) -> Option<Scalar> {
    dot(x, &a.mul_vec(x)?).checked_div(dot(x, x))
}

/// The solution lines of one step: the product, the normaliser, the new vector.
fn step_lines(a: &Matrix, x: &[Scalar], name: &str, index: usize) -> Option<Vec<Line>> {
    let y = a.mul_vec(x)?;
    let (at, m) = max_entry(&y)?;
    let next = normalise(&y)?;
    Some(vec![
        Line::math(format!(
            "Step {index}: y = A·x{} = {} = {}",
            sub_index(index - 1),
            mat_vec_work(a, x),
            vector_text(&y)
        )),
        Line::math(format!(
            "The entry of y with the largest absolute value is y{} = {}, so {name} = y/{} = {}",
            sub_index(at + 1),
            num(m),
            factor(m),
            vector_text(&next)
        )),
    ])
}

fn sub_index(i: usize) -> &'static str {
    ["₀", "₁", "₂", "₃"].get(i).copied().unwrap_or("")
}

fn start_vector(rng: &mut DrillRng) -> Result<Vec<Scalar>, GenError> {
    let x = scalars(&[rng.int(-1, 1), rng.int(-1, 1)]);
    if x.iter().all(Scalar::is_zero) {
        return Err(GenError::Redraw("zero start vector"));
    }
    Ok(x)
}

impl Exercise for PowerIterationStep {
    fn id(&self) -> &'static str {
        "la.power_iteration_step"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let degenerate = GenError::Redraw("zero or tied vector");
        let a = match level {
            1 => random_int_matrix(rng, 2, 2, -5, 5),
            2 => random_int_matrix(rng, 2, 2, -4, 4),
            3 => {
                let (p, q, r) = (rng.int(-5, 5), rng.nonzero_int(-4, 4), rng.int(-5, 5));
                Matrix::from_ints(&[[p, q], [q, r]])
            }
            l => return Err(GenError::Level(l)),
        };
        if a.entries().iter().filter(|x| x.is_zero()).count() > 1 {
            return Err(GenError::Redraw("too sparse"));
        }
        if level < 3 && a == a.transpose() {
            return Err(GenError::Redraw("symmetric"));
        }
        if level == 3 {
            // A clear dominant eigenvalue: |λ₁| ≥ 1.5·|λ₂| (both real, as A is symmetric).
            let e = a.to_nalgebra().symmetric_eigenvalues();
            let (big, small) = (e[0].abs().max(e[1].abs()), e[0].abs().min(e[1].abs()));
            if big < 1.5 * small {
                return Err(GenError::Redraw("no dominant eigenvalue"));
            }
        }
        let x0 = start_vector(rng)?;
        let steps = if level == 1 { 1 } else { 2 };
        let at = a.transpose();
        let mut lines = vec![Line::text(
            "Each step multiplies by A and divides by the entry of largest absolute value \
             (sign included):",
        )];
        let x1 = iterate(&a, &x0, 1, normalise).ok_or(degenerate.clone())?;
        lines.extend(step_lines(&a, &x0, "x₁", 1).ok_or(degenerate.clone())?);
        let x = if steps == 2 {
            lines.extend(step_lines(&a, &x1, "x₂", 2).ok_or(degenerate.clone())?);
            iterate(&a, &x0, 2, normalise).ok_or(degenerate.clone())?
        } else {
            x1.clone()
        };
        let raw = (0..steps).try_fold(x0.clone(), |v, _| a.mul_vec(&v));
        let raw = raw.ok_or(degenerate.clone())?;
        if raw.iter().any(|v| v.to_f64().abs() > 60.0) {
            return Err(GenError::Redraw("numbers too large"));
        }
        let xname = if steps == 1 { "x₁" } else { "x₂" };
        let mut prompt = vec![
            Line::new()
                .m("A = ")
                .v(a.clone())
                .t(",  ")
                .m("x₀ = ")
                .v(x0.clone()),
            Line::text(
                "Power iteration repeats: y = A·x, then x ← y/m, where m is the entry of y with \
                 the largest absolute value (with its sign), so the largest entry of x becomes 1.",
            ),
        ];

        let (answer, mistakes, hints) = if level < 3 {
            let answer = AnswerSpec::entrywise(x.clone());
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "not_normalised",
                raw.clone(),
                format!(
                    "That is {} without the normalisation. After each product, divide by the \
                     entry of largest absolute value.",
                    if steps == 1 { "A·x₀" } else { "A²·x₀" }
                ),
            )?;
            if let Some(v) = iterate(&a, &x0, steps, normalise_2) {
                mistakes.optional(
                    "two_norm",
                    v,
                    "That divides by the length ‖y‖₂. This question normalises by the max-norm: \
                     divide by the entry of largest absolute value, so that entry becomes 1.",
                );
            }
            if let Some(v) = iterate(&at, &x0, steps, normalise) {
                mistakes.optional(
                    "transpose",
                    v,
                    "That uses Aᵀ (rows and columns swapped). Each entry of A·x is a ROW of A \
                     times x.",
                );
            }
            if let Some(v) = iterate(&a, &x0, steps, normalise_abs) {
                mistakes.optional(
                    "divided_by_abs",
                    v,
                    "The normaliser keeps its sign: divide by the entry itself, not by its \
                     absolute value, so that the largest entry becomes +1.",
                );
            }
            if steps == 2 {
                mistakes.optional(
                    "one_step",
                    x1.clone(),
                    "That is x₁, after one step. Do the second step: multiply x₁ by A and \
                     normalise again.",
                );
            }
            prompt.push(Line::text(format!(
                "Do {} from x₀ and give {xname} as a vector (fractions are fine), e.g. [1, -1/2].",
                if steps == 1 { "one step" } else { "two steps" }
            )));
            lines.push(Line::new().m(format!("{xname} = ")).v(x.clone()));
            // The last step: the last product and what to divide it by.
            let before = if steps == 1 { &x0 } else { &x1 };
            let y = a.mul_vec(before).ok_or(degenerate.clone())?;
            let (_, m) = max_entry(&y).ok_or(degenerate.clone())?;
            let last = format!(
                "y = A·x{} = {}: divide it by its entry of largest absolute value, {}.",
                sub_index(steps - 1),
                vector_text(&y),
                num(m)
            );
            let hints = if steps == 1 {
                vec![last]
            } else {
                vec![format!("After one step, x₁ = {}.", vector_text(&x1)), last]
            };
            (answer, mistakes, hints)
        } else {
            let estimate = rayleigh(&a, &x).ok_or(degenerate.clone())?;
            let answer = AnswerSpec::scalar(estimate);
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.optional(
                "no_denominator",
                dot(&x, &a.mul_vec(&x).ok_or(degenerate.clone())?),
                "That is x₂ᵀA·x₂ without dividing by x₂ᵀx₂. The Rayleigh quotient is \
                 xᵀA·x / xᵀx, which does not depend on the length of x.",
            );
            if let Some(r) = rayleigh(&a, &x1) {
                mistakes.optional(
                    "rayleigh_of_x1",
                    r,
                    "That is the Rayleigh quotient of x₁. Do both steps first, then use x₂.",
                );
            }
            if let Some((_, m)) = a.mul_vec(&x).as_deref().and_then(max_entry) {
                mistakes.optional(
                    "max_entry_estimate",
                    m,
                    "That is the largest entry of A·x₂, the max-norm estimate of the eigenvalue. \
                     The question asks for the Rayleigh quotient x₂ᵀA·x₂ / x₂ᵀx₂.",
                );
            }
            let ax = a.mul_vec(&x).ok_or(degenerate.clone())?;
            let (num_val, den_val) = (dot(&x, &ax), dot(&x, &x));
            prompt.push(Line::text(
                "Do two steps from x₀, then estimate the dominant eigenvalue by the Rayleigh \
                 quotient r = x₂ᵀA·x₂ / x₂ᵀx₂. Give r as a number (a fraction is fine).",
            ));
            lines.push(Line::math(mat_vec_chain("A·x₂", &a, &x)));
            lines.push(Line::math(format!(
                "x₂ᵀA·x₂ = {} = {},  x₂ᵀx₂ = {} = {}",
                product_sum(
                    &x.iter()
                        .copied()
                        .zip(ax.iter().copied())
                        .collect::<Vec<_>>()
                ),
                num(num_val),
                product_sum(&x.iter().copied().zip(x.iter().copied()).collect::<Vec<_>>()),
                num(den_val)
            )));
            // `chain` leaves out the value where the quotient is already in lowest terms (3/2).
            lines.push(Line::math(chain(
                "r",
                &[
                    format!("{}/{}", factor(num_val), factor(den_val)),
                    num(estimate),
                ],
            )));
            let hints = vec![
                "The Rayleigh quotient r = xᵀA·x / xᵀx estimates the eigenvalue that belongs to \
                 the direction x; here x = x₂, after two steps."
                    .to_string(),
                format!("After two steps, x₂ = {}.", vector_text(&x)),
                format!(
                    "A·x₂ = {}, so x₂ᵀA·x₂ = {} and x₂ᵀx₂ = {}.",
                    vector_text(&ax),
                    num(num_val),
                    num(den_val)
                ),
            ];
            (answer, mistakes, hints)
        };
        Ok(Draft {
            prompt,
            answer,
            solution: lines,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{prompt_matrices, prompt_vectors, soundness};
    use super::*;
    use crate::expr::Value;

    /// Power iteration in plain f64: divide by the entry of largest absolute value.
    fn reference(a: &nalgebra::DMatrix<f64>, x0: &[f64], steps: usize) -> nalgebra::DVector<f64> {
        let mut x = nalgebra::DVector::from_row_slice(x0);
        for _ in 0..steps {
            let y = a * &x;
            let m = y
                .iter()
                .copied()
                .fold(0.0f64, |m, v| if v.abs() > m.abs() { v } else { m });
            x = y / m;
        }
        x
    }

    #[test]
    fn steps_and_estimates_match_a_float_recomputation() {
        let mut names = std::collections::BTreeSet::new();
        soundness(&PowerIterationStep, &[1, 2, 3], |level, d, ctx| {
            let a = prompt_matrices(d)[0].to_nalgebra();
            let x0: Vec<f64> = prompt_vectors(d)[0].iter().map(Scalar::to_f64).collect();
            assert!(x0.iter().all(|v| v.abs() <= 1.0));
            names.extend(d.mistakes.iter().map(|m| m.name));
            let steps = if level == 1 { 1 } else { 2 };
            let x = reference(&a, &x0, steps);
            assert!(
                x.iter().any(|v| (v - 1.0).abs() < 1e-12),
                "{ctx}: max entry is 1"
            );
            match &d.answer.expected {
                Value::Vector(got) => {
                    assert!(level < 3);
                    assert!(got.iter().all(Scalar::is_exact));
                    for (g, r) in got.iter().zip(x.iter()) {
                        assert!((g.to_f64() - r).abs() < 1e-12, "{ctx}");
                    }
                }
                Value::Scalar(r) => {
                    assert_eq!(level, 3);
                    assert_eq!(a, a.transpose());
                    let rq = x.dot(&(&a * &x)) / x.dot(&x);
                    assert!((r.to_f64() - rq).abs() < 1e-12, "{ctx}");
                    // The estimate is close to the dominant eigenvalue after two steps.
                    let e = a.clone().symmetric_eigenvalues();
                    let dominant = if e[0].abs() > e[1].abs() { e[0] } else { e[1] };
                    assert!(rq.abs() <= dominant.abs() + 1e-9, "{ctx}");
                }
                other => panic!("{ctx}: {other:?}"),
            }
        });
        for name in [
            "not_normalised",
            "two_norm",
            "transpose",
            "divided_by_abs",
            "one_step",
            "no_denominator",
            "rayleigh_of_x1",
            "max_entry_estimate",
        ] {
            assert!(names.contains(name), "{name} never used");
        }
    }

    #[test]
    fn hints_fit_the_level_and_end_at_the_last_step() {
        for level in 1..=3u8 {
            for seed in 0..crate::engine::soak::seeds(50) {
                let p = crate::registry()
                    .generate("la.power_iteration_step", level, seed)
                    .unwrap();
                let ctx = format!("level {level} seed {seed}");
                let rayleigh = p.hints.iter().any(|h| h.contains("Rayleigh"));
                assert_eq!(rayleigh, level == 3, "{ctx}: {:?}", p.hints);
                let last = p.hints.last().unwrap();
                let (a, x0) = prompt_of(&p);
                let steps = if level == 1 { 1 } else { 2 };
                // Levels 1-2: the last product and its normaliser (dividing is what is left);
                // level 3: the numerator and denominator of r.
                let shown = if level < 3 {
                    let before = iterate(&a, &x0, steps - 1, normalise).unwrap();
                    let y = a.mul_vec(&before).unwrap();
                    let m = max_entry(&y).unwrap().1;
                    last.contains(&vector_text(&y)) && last.ends_with(&format!(", {}.", num(m)))
                } else {
                    let x = iterate(&a, &x0, 2, normalise).unwrap();
                    let ax = a.mul_vec(&x).unwrap();
                    last.contains(&num(dot(&x, &ax))) && last.contains(&num(dot(&x, &x)))
                };
                assert!(shown, "{ctx}: {last}");
            }
        }
    }

    /// The matrix and start vector of a generated problem.
    fn prompt_of(p: &crate::engine::Problem) -> (Matrix, Vec<Scalar>) {
        let mut m = None;
        let mut v = None;
        for piece in p.prompt.iter().flat_map(|l| &l.0) {
            match piece {
                crate::engine::Piece::Value(Value::Matrix(a)) if m.is_none() => m = Some(a.clone()),
                crate::engine::Piece::Value(Value::Vector(x)) if v.is_none() => v = Some(x.clone()),
                _ => {}
            }
        }
        (m.unwrap(), v.unwrap())
    }

    #[test]
    fn normalisation_keeps_the_sign() {
        let y = scalars(&[3, -6]);
        assert_eq!(normalise(&y), Some(vec![Scalar::frac(-1, 2), Scalar::ONE]));
        assert_eq!(
            normalise_abs(&y),
            Some(vec![Scalar::frac(1, 2), -Scalar::ONE])
        );
        assert_eq!(max_entry(&scalars(&[3, -3])), None);
        assert_eq!(max_entry(&scalars(&[3, 3])), Some((0, Scalar::int(3))));
        assert_eq!(max_entry(&scalars(&[0, 0])), None);
        assert_eq!(
            normalise_2(&scalars(&[3, 4])),
            Some(vec![Scalar::frac(3, 5), Scalar::frac(4, 5)])
        );
    }
}
