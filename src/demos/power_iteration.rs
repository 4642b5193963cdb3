//! Power iteration, step by step: repeatedly multiplying by A and normalising turns a start
//! vector towards the eigenvector of the largest-magnitude eigenvalue λ₁.
//!
//! A is the symmetric `[4 1 0; 1 3 1; 0 1 2]` (eigenvalues 3 + √3, 3, 3 − √3). The seed chooses
//! the start vector: uniform components in [−1, 1], kept when its components along v₁ and v₂
//! are at least 0.2 (power iteration needs the first; the rate |λ₂/λ₁| only shows with the
//! second). The iterates come from the from-scratch
//! [`crate::math::linalg::power_iteration::power_iteration`], the reference from nalgebra's
//! symmetric eigendecomposition. The demo checks what it shows: the estimate xᵀAx converges to
//! λ₁ and the vector to v₁; the vector's error shrinks by |λ₂/λ₁| per step and, A being
//! symmetric, the estimate's by |λ₂/λ₁|². The figure is both errors against k on a log axis.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::seeded::Seeded;
use super::{Claim, DemoError, Options, Report};
use crate::math::linalg::power_iteration::{PowerIteration, power_iteration};
use nalgebra::{DMatrix, DVector};
use std::fmt::Write;

/// Iterations shown in the table.
const TABLE: usize = 12;
/// Iterations drawn in the figure.
const FIGURE: usize = 30;
/// The smallest component a start vector keeps along v₁ and v₂.
const MIN_COMPONENT: f64 = 0.2;

/// The matrix.
pub fn matrix() -> DMatrix<f64> {
    #[rustfmt::skip]
    let a = DMatrix::from_row_slice(3, 3, &[
        4.0, 1.0, 0.0,
        1.0, 3.0, 1.0,
        0.0, 1.0, 2.0,
    ]);
    a
}

/// nalgebra's eigenpairs of the symmetric `a`, largest |λ| first, each vector of unit length.
pub fn reference(a: &DMatrix<f64>) -> Vec<(f64, DVector<f64>)> {
    let e = a.clone().symmetric_eigen();
    let mut pairs: Vec<(f64, DVector<f64>)> = (0..a.nrows())
        .map(|i| (e.eigenvalues[i], e.eigenvectors.column(i).into_owned()))
        .collect();
    pairs.sort_by(|p, q| q.0.abs().total_cmp(&p.0.abs()));
    pairs
}

/// The start vector for `seed` (unit length), given the eigenvectors v₁ and v₂.
pub fn start(seed: u64, v1: &DVector<f64>, v2: &DVector<f64>) -> Vec<f64> {
    let mut rng = Seeded::new(seed);
    for _ in 0..1000 {
        let x = DVector::from_fn(v1.len(), |_, _| rng.uniform(-1.0, 1.0));
        let norm = x.norm();
        if norm > 1e-3 {
            let u = x / norm;
            if u.dot(v1).abs() >= MIN_COMPONENT && u.dot(v2).abs() >= MIN_COMPONENT {
                return u.iter().copied().collect();
            }
        }
    }
    // Not reached in practice (about half the draws qualify): the sum of the two.
    (v1 + v2).normalize().iter().copied().collect()
}

/// The distance of the unit vector `x` from ±v₁, whichever sign is closer: about the angle
/// between them, without the cancellation of √(1 − (xᵀv₁)²).
fn vector_error(x: &[f64], v1: &DVector<f64>) -> f64 {
    let dot: f64 = x.iter().zip(v1.iter()).map(|(a, b)| a * b).sum();
    let s = if dot < 0.0 { -1.0 } else { 1.0 };
    x.iter()
        .zip(v1.iter())
        .map(|(a, b)| (a - s * b).powi(2))
        .sum::<f64>()
        .sqrt()
}

/// The iterates x₁ … x_k from `start`, each with its estimate and step ratio (re-running k
/// steps shows each iterate; the routine itself is the same loop).
fn iterates(a: &DMatrix<f64>, start: &[f64], k: usize) -> Result<Vec<PowerIteration>, DemoError> {
    (1..=k)
        .map(|k| {
            power_iteration(a, start, k, 0.0)
                .ok_or(DemoError::Example("an iterate reached A·x = 0".into()))
        })
        .collect()
}

/// What the demo measured.
#[derive(Debug, Clone)]
pub struct Run {
    pub l1: f64,
    pub l2: f64,
    pub v1: DVector<f64>,
    pub start: Vec<f64>,
    /// x₁ … x_FIGURE with their estimates.
    pub steps: Vec<PowerIteration>,
    /// The run to convergence (tolerance 1e-13 on the step, at most 500 steps).
    pub converged: PowerIteration,
}

impl Run {
    /// |xᵀAx − λ₁| at each step.
    pub fn value_errors(&self) -> Vec<f64> {
        self.steps
            .iter()
            .map(|r| (r.value - self.l1).abs())
            .collect()
    }

    /// The distance of x_k from ±v₁ at each step.
    pub fn vector_errors(&self) -> Vec<f64> {
        self.steps
            .iter()
            .map(|r| vector_error(&r.vector, &self.v1))
            .collect()
    }
}

/// Runs the iteration from the start vector of `seed`.
pub fn measure(seed: u64) -> Result<Run, DemoError> {
    let a = matrix();
    let pairs = reference(&a);
    let (l1, v1) = pairs[0].clone();
    let (l2, v2) = pairs[1].clone();
    let start = start(seed, &v1, &v2);
    let steps = iterates(&a, &start, FIGURE)?;
    let converged = power_iteration(&a, &start, 500, 1e-13)
        .ok_or(DemoError::Example("an iterate reached A·x = 0".into()))?;
    Ok(Run {
        l1,
        l2,
        v1,
        start,
        steps,
        converged,
    })
}

/// The claims about a run.
pub fn claims(run: &Run) -> Vec<Claim> {
    let r = (run.l2 / run.l1).abs();
    let c = &run.converged;
    let alignment = vector_error(&c.vector, &run.v1);
    let step_ratio = run.steps[TABLE - 1].rate.unwrap_or(f64::NAN);
    let errors = run.value_errors();
    let estimate_ratio = errors[TABLE - 1] / errors[TABLE - 2];
    vec![
        Claim::new(
            c.converged && (c.value - run.l1).abs() < 1e-9,
            format!(
                "converged after {} iterations: λ₁ ≈ {:.12} (nalgebra {:.12})",
                c.iterations, c.value, run.l1
            ),
        ),
        Claim::new(
            alignment < 1e-9,
            format!("the vector is nalgebra's v₁ up to sign (distance {alignment:.1e})"),
        ),
        Claim::new(
            (step_ratio - r).abs() < 0.02,
            format!(
                "the vector's error shrinks by about |λ₂/λ₁| = {r:.4} per step (observed \
                 {step_ratio:.4} at step {TABLE})"
            ),
        ),
        Claim::new(
            (estimate_ratio - r * r).abs() < 0.01,
            format!(
                "for symmetric A the estimate's error shrinks by |λ₂/λ₁|² = {:.4} (observed \
                 {estimate_ratio:.4})",
                r * r
            ),
        ),
    ]
}

/// The table of the first iterates.
fn table(run: &Run, seed: u64) -> String {
    let r = (run.l2 / run.l1).abs();
    let s: Vec<String> = run.start.iter().map(|v| format!("{v:.3}")).collect();
    let mut t = format!(
        "Power iteration on the symmetric A = [4 1 0; 1 3 1; 0 1 2] (seed {seed}),\n\
         from x₀ = [{}] (the seed chooses it).\n\
         nalgebra: λ₁ = {:.12}, λ₂ = {:.12}, |λ₂/λ₁| = {r:.4}.\n\n\
         {:>2}  {:<28}  {:>16}  {:>8}  {:>6}\n",
        s.join(", "),
        run.l1,
        run.l2,
        "k",
        "x_k",
        "estimate xᵀAx",
        "|error|",
        "ratio"
    );
    for (k, step) in run.steps.iter().take(TABLE).enumerate() {
        let x: Vec<String> = step.vector.iter().map(|c| format!("{c:>8.5}")).collect();
        let ratio = step.rate.map_or(String::new(), |q| format!("{q:.4}"));
        let line = format!(
            "{:>2}  [{}]  {:>16.12}  {:>8.2e}  {ratio:>6}",
            k + 1,
            x.join(","),
            step.value,
            (step.value - run.l1).abs()
        );
        let _ = writeln!(t, "{}", line.trim_end());
    }
    t.push_str("\nratio: ‖x_k − x_{k−1}‖/‖x_{k−1} − x_{k−2}‖, the step's shrink factor.\n");
    t
}

/// The figure: both errors against k on a log axis, with slopes |λ₂/λ₁|ᵏ and |λ₂/λ₁|²ᵏ
/// through their measured values at the last step of the table.
fn figure(run: &Run) -> Figure {
    let r = (run.l2 / run.l1).abs();
    let ks: Vec<f64> = (1..=FIGURE).map(|k| k as f64).collect();
    let points = |errors: Vec<f64>| -> Vec<(f64, f64)> {
        ks.iter()
            .copied()
            .zip(errors)
            .filter(|e| e.1 > 0.0)
            .collect()
    };
    let (value, vector) = (run.value_errors(), run.vector_errors());
    let slope = |anchor: f64, rate: f64| -> Vec<(f64, f64)> {
        ks.iter()
            .map(|&k| (k, anchor * rate.powf(k - TABLE as f64)))
            .collect()
    };
    // The slopes first, so the measured points are drawn on top of them.
    let lines = vec![
        Series::new("slope |λ₂/λ₁|ᵏ", Shape::Line(slope(vector[TABLE - 1], r))),
        Series::new(
            "slope |λ₂/λ₁|²ᵏ",
            Shape::Line(slope(value[TABLE - 1], r * r)),
        ),
        Series::new("‖x_k ∓ v₁‖ (vector)", Shape::Points(points(vector))),
        Series::new("|xᵀAx − λ₁| (estimate)", Shape::Points(points(value))),
    ];
    Figure {
        title: "Power iteration: the errors fall geometrically".into(),
        columns: 1,
        panels: vec![Panel {
            title: format!("errors against k (log scale), |λ₂/λ₁| = {r:.4}"),
            x_label: "k (iterations)".into(),
            y_label: "error".into(),
            x: Axis::linear(1.0, FIGURE as f64),
            y: Axis::log(1e-14, 1.0),
            series: lines,
            legend: Legend::UpperRight,
        }],
    }
}

/// The demo: iterate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let run = measure(opts.seed)?;
    Ok(Report {
        text: table(&run, opts.seed),
        figure: Some(figure(&run)),
        figure_height: 14,
        claims: claims(&run),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_for_every_seeded_start() {
        let seeds = crate::engine::soak::seeds(200);
        for seed in 0..seeds {
            let run = measure(seed).unwrap();
            let c = claims(&run);
            assert!(c.iter().all(|c| c.holds), "{seed}: {c:#?}");
        }
    }

    #[test]
    fn the_reference_is_the_closed_form_and_a_wrong_run_is_caught() {
        let run = measure(1).unwrap();
        // The characteristic polynomial (3 − λ)((4 − λ)(2 − λ) − 1) − (2 − λ) has roots 3 ± √3, 3.
        assert!((run.l1 - (3.0 + 3f64.sqrt())).abs() < 1e-12);
        assert!((run.l2 - 3.0).abs() < 1e-12);
        let mut bad = run.clone();
        bad.converged.value += 1e-6;
        bad.converged.vector = bad.start.clone();
        for s in bad.steps.iter_mut() {
            s.rate = Some(0.5);
            s.value = run.l1 + 1e-3;
        }
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false, false]);
    }

    #[test]
    fn the_start_vector_depends_on_the_seed_and_has_both_components() {
        let a = matrix();
        let p = reference(&a);
        let (v1, v2) = (&p[0].1, &p[1].1);
        for seed in 0..100 {
            let x = DVector::from_vec(start(seed, v1, v2));
            assert!((x.norm() - 1.0).abs() < 1e-12);
            assert!(x.dot(v1).abs() >= MIN_COMPONENT && x.dot(v2).abs() >= MIN_COMPONENT);
        }
        assert_ne!(start(1, v1, v2), start(2, v1, v2));
    }
}
