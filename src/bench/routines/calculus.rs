//! The gradient of one fixed function of d = 2 and 10 variables, three ways: central finite
//! differences (2d evaluations of the formula), forward-mode dual numbers (one dual pass per
//! variable), and the symbolic gradient.
//!
//! The function is the Rosenbrock sum f(x) = Σᵢ₌₁^{d−1} 100·(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², parsed
//! once as a formula; all three variants evaluate that formula (the same evaluator cost per
//! node). The symbolic gradient is DERIVED ONCE, when the inputs are built, and the timed call
//! is the evaluation of its d derivative formulas at the point: what a program that knows the
//! derivative pays per gradient. It is the reference, being exact.

use super::super::registry::{Case, Role, Routine, Variant, Work};
use crate::expr::{Expr, eval_at, parse};
use crate::math::calculus::{dual, finite_diff, symbolic};
use std::hint::black_box;

const DIMENSIONS: &[usize] = &[2, 10];
/// The finite-difference step (≈ ∛ε, for central differences).
const STEP: f64 = 1e-5;

/// The variable names x1, …, xd.
fn names(d: usize) -> Vec<String> {
    (1..=d).map(|i| format!("x{i}")).collect()
}

/// The Rosenbrock sum in d ≥ 2 variables as a formula.
pub fn rosenbrock(d: usize) -> Expr {
    let v = names(d.max(2));
    let terms: Vec<String> = v
        .windows(2)
        .map(|w| format!("100*({} - {}^2)^2 + (1 - {})^2", w[1], w[0], w[0]))
        .collect();
    parse(&terms.join(" + ")).expect("the Rosenbrock formula parses")
}

/// The point (0.5, −0.3, 0.7, …) where the gradient is taken.
fn point(d: usize) -> Vec<f64> {
    (0..d.max(2))
        .map(|i| {
            if i % 2 == 0 {
                0.5 + 0.1 * i as f64
            } else {
                -0.3
            }
        })
        .collect()
}

/// What every variant needs: the formula, its variables and the point.
struct Setup {
    f: Expr,
    vars: Vec<String>,
    x: Vec<f64>,
}

fn setup(d: Option<usize>) -> Setup {
    let d = d.unwrap_or(2).max(2);
    Setup {
        f: rosenbrock(d),
        vars: names(d),
        x: point(d),
    }
}

fn bound<'a>(vars: &'a [String], x: &[f64]) -> Vec<(&'a str, f64)> {
    vars.iter()
        .map(String::as_str)
        .zip(x.iter().copied())
        .collect()
}

pub fn routines() -> Vec<Routine> {
    vec![Routine {
        id: "gradient",
        sizes: DIMENSIONS,
        default_sizes: DIMENSIONS,
        quick_sizes: DIMENSIONS,
        // Items: the d partial derivatives.
        work: |d| Work {
            flops: None,
            items: d.map(|d| d as f64),
        },
        variants: vec![
            Variant::new(
                "finite_diff",
                Role::Scratch,
                "central differences, 2d evaluations of the formula",
                |d| {
                    let s = setup(d);
                    Case::new(move || {
                        let f = |x: &[f64]| eval_at(&s.f, &bound(&s.vars, x)).unwrap_or(f64::NAN);
                        black_box(finite_diff::gradient(&f, black_box(&s.x), STEP));
                    })
                },
            ),
            Variant::new(
                "dual",
                Role::Scratch,
                "forward-mode dual numbers, one pass per variable",
                |d| {
                    let s = setup(d);
                    Case::new(move || {
                        let vars: Vec<&str> = s.vars.iter().map(String::as_str).collect();
                        black_box(dual::gradient_at(&s.f, &vars, black_box(&s.x)).ok());
                    })
                },
            ),
            Variant::new(
                "symbolic",
                Role::Reference,
                "symbolic gradient derived once; timed: evaluating it",
                |d| {
                    let s = setup(d);
                    let vars: Vec<&str> = s.vars.iter().map(String::as_str).collect();
                    let gradient = symbolic::gradient(&s.f, &vars).expect("differentiable");
                    Case::new(move || {
                        let at = bound(&s.vars, black_box(&s.x));
                        let g: Vec<f64> = gradient
                            .iter()
                            .map(|g| eval_at(g, &at).unwrap_or(f64::NAN))
                            .collect();
                        black_box(g);
                    })
                },
            ),
        ],
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The three gradients agree with the hand-written Rosenbrock gradient.
    #[test]
    fn the_three_gradients_are_the_rosenbrock_gradient() {
        for d in [2, 10] {
            let s = setup(Some(d));
            let x = &s.x;
            let mut expected = vec![0.0; d];
            for i in 0..d - 1 {
                let r = x[i + 1] - x[i] * x[i];
                expected[i] += -400.0 * x[i] * r - 2.0 * (1.0 - x[i]);
                expected[i + 1] += 200.0 * r;
            }
            let vars: Vec<&str> = s.vars.iter().map(String::as_str).collect();
            let by_dual = dual::gradient_at(&s.f, &vars, x).unwrap();
            let symbolic: Vec<f64> = symbolic::gradient(&s.f, &vars)
                .unwrap()
                .iter()
                .map(|g| eval_at(g, &bound(&s.vars, x)).unwrap())
                .collect();
            let f = |p: &[f64]| eval_at(&s.f, &bound(&s.vars, p)).unwrap();
            let by_differences = finite_diff::gradient(&f, x, STEP);
            for i in 0..d {
                let tol = 1e-12 * expected[i].abs().max(1.0);
                assert!((by_dual[i] - expected[i]).abs() <= tol, "dual {i}");
                assert!((symbolic[i] - expected[i]).abs() <= tol, "symbolic {i}");
                assert!((by_differences[i] - expected[i]).abs() <= 1e-6, "fd {i}");
            }
        }
    }
}
