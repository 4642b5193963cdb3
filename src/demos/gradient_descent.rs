//! Gradient descent, momentum and Adam on Rosenbrock's valley f(x, y) = (1 − x)² + 100(y − x²)²,
//! from the same start: their paths over the contour plot and their loss curves.
//!
//! The seed chooses the start, uniform in [−1.5, −0.8] × [0.5, 1.5] (the classic start is
//! (−1.2, 1)). The methods come from [`crate::math::optim`] with the driver's history:
//! - GD with lr 0.001, stable near the minimum: the Hessian there, [802 −400; −400 200], has
//!   λ_max ≈ 1001.6 and GD is stable for lr < 2/λ_max ≈ 0.002. It creeps along the flat valley
//!   floor, where the curvature is λ_min ≈ 0.4: the error falls by about 1 − lr·λ_min per step.
//! - momentum (torch's form, v ← μv + g, θ ← θ − lr·v) with the same lr and μ = 0.9: about
//!   1/(1 − μ) = 10 times the step along the floor.
//! - Adam (torch's form, β 0.9/0.999, ε 1e-8) with lr 0.05: steps of about lr per coordinate
//!   whatever the gradient's size.
//!
//! The demo checks what it shows: momentum and Adam reach f < 10⁻³ within the budget while GD
//! has not; every loss curve falls overall; GD's rate is below 2/λ_max; and GD at 0.01 blows
//! up, which the driver reports as a divergence (it stops, no loop of NaN).

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::seeded::Seeded;
use super::{Claim, DemoError, Options, Report};
use crate::math::optim::functions::Rosenbrock;
use crate::math::optim::{
    Adam, AdamConvention, GradientDescent, Momentum, MomentumForm, Outcome, Run, Stop, Update, run,
};
use nalgebra::Matrix2;
use std::fmt::Write;

/// The loss the fast methods must get under.
pub const TARGET: f64 = 1e-3;
/// GD's learning rate (also momentum's).
pub const GD_LR: f64 = 1e-3;
/// Momentum's coefficient.
pub const MU: f64 = 0.9;
/// Adam's learning rate.
pub const ADAM_LR: f64 = 0.05;
/// A learning rate too large for GD on this valley.
pub const TOO_LARGE: f64 = 1e-2;
/// The contour levels drawn (also as horizontal lines on the loss plot, so that both panels
/// give a level and a method the same mark).
const LEVELS: [f64; 3] = [0.1, 1.0, 10.0];
/// The panel of the paths.
const X_RANGE: (f64, f64) = (-1.6, 1.4);
const Y_RANGE: (f64, f64) = (-0.5, 3.0);

/// What the demo measured.
#[derive(Debug, Clone)]
pub struct Measured {
    pub start: [f64; 2],
    pub steps: usize,
    /// GD, momentum, Adam, in that order: the method's name and its run.
    pub runs: Vec<(String, Run)>,
    /// GD at [`TOO_LARGE`].
    pub too_large: Run,
    /// λ_max of the Hessian at the minimum (nalgebra's symmetric eigenvalues).
    pub lambda_max: f64,
}

/// The start of `seed`.
pub fn start(seed: u64) -> [f64; 2] {
    let mut rng = Seeded::new(seed);
    [rng.uniform(-1.5, -0.8), rng.uniform(0.5, 1.5)]
}

fn solve(
    f: &Rosenbrock,
    mut method: impl Update,
    x0: &[f64; 2],
    steps: usize,
) -> Result<(String, Run), DemoError> {
    let name = method.name();
    let r = run(f, &mut method, x0, Stop::iterations(steps))
        .map_err(|e| DemoError::Example(e.to_string()))?;
    Ok((name, r))
}

/// Runs the three methods (and GD at a too-large rate) for `steps` steps from the seed's start.
pub fn measure(seed: u64, steps: usize) -> Result<Measured, DemoError> {
    let f = Rosenbrock::classic();
    let x0 = start(seed);
    let bad = |e: crate::math::optim::OptimError| DemoError::Example(e.to_string());
    let runs = vec![
        solve(&f, GradientDescent::new(GD_LR).map_err(bad)?, &x0, steps)?,
        solve(
            &f,
            Momentum::new(GD_LR, MU, MomentumForm::Torch).map_err(bad)?,
            &x0,
            steps,
        )?,
        solve(
            &f,
            Adam::new(ADAM_LR, AdamConvention::Torch).map_err(bad)?,
            &x0,
            steps,
        )?,
    ];
    let too_large = solve(
        &f,
        GradientDescent::new(TOO_LARGE).map_err(bad)?,
        &x0,
        steps,
    )?
    .1;
    // The Hessian at (1, 1): [2 − 400(y − 3x²), −400x; −400x, 200] = [802 −400; −400 200].
    let hessian = Matrix2::new(802.0, -400.0, -400.0, 200.0);
    let lambda_max = hessian.symmetric_eigen().eigenvalues.max();
    Ok(Measured {
        start: x0,
        steps,
        runs,
        too_large,
        lambda_max,
    })
}

fn fmt_k(k: Option<usize>) -> String {
    k.map_or("never".into(), |k| k.to_string())
}

fn distance_to_minimum(x: &[f64]) -> f64 {
    ((x[0] - 1.0).powi(2) + (x[1] - 1.0).powi(2)).sqrt()
}

/// The claims about a measurement.
pub fn claims(m: &Measured) -> Vec<Claim> {
    let (gd, mom, adam) = (&m.runs[0].1, &m.runs[1].1, &m.runs[2].1);
    let reach = |r: &Run| r.first_below(TARGET);
    let falls = |r: &Run| {
        let f = |k: usize| r.history[k].f;
        let n = r.iterations();
        let tail = r.history[n - n / 10..]
            .iter()
            .map(|h| h.f)
            .fold(f64::INFINITY, f64::min);
        let head = r.history[..n / 10]
            .iter()
            .map(|h| h.f)
            .fold(f64::INFINITY, f64::min);
        r.outcome != Outcome::Diverged && f(n) < f(0) / 100.0 && tail <= head
    };
    let nearer = m
        .runs
        .iter()
        .all(|(_, r)| distance_to_minimum(&r.last().x) < distance_to_minimum(&m.start));
    vec![
        Claim::new(
            reach(mom).is_some() && reach(adam).is_some() && reach(gd).is_none(),
            format!(
                "momentum and Adam reach f < 10⁻³ (at steps {} and {}) where plain GD at the \
                 same stable rate has not within {} steps (f = {:.2e})",
                fmt_k(reach(mom)),
                fmt_k(reach(adam)),
                m.steps,
                gd.last().f
            ),
        ),
        Claim::new(
            m.runs.iter().all(|(_, r)| falls(r)) && nearer,
            "every loss curve falls overall (by over 100×; its last tenth lower than its first) \
             and every path ends nearer (1, 1) than it started",
        ),
        Claim::new(
            GD_LR < 2.0 / m.lambda_max,
            format!(
                "GD's lr {GD_LR} is below 2/λ_max = {:.5} (λ_max = {:.1} of the Hessian at the \
                 minimum): stable there",
                2.0 / m.lambda_max,
                m.lambda_max
            ),
        ),
        Claim::new(
            m.too_large.outcome == Outcome::Diverged && m.too_large.iterations() < 100,
            format!(
                "GD at lr {TOO_LARGE} blows up: the driver stops at step {} and reports a \
                 divergence",
                m.too_large.iterations()
            ),
        ),
    ]
}

/// The table: each method's progress.
fn table(m: &Measured, seed: u64) -> String {
    let f0 = m.runs[0].1.history[0].f;
    let mut t = format!(
        "Rosenbrock's f(x, y) = (1 − x)² + 100(y − x²)², minimum f(1, 1) = 0.\n\
         Start ({:.3}, {:.3}) (seed {seed}), f = {f0:.3}; {} steps each.\n\n",
        m.start[0], m.start[1], m.steps
    );
    let ks: Vec<usize> = [10, 100, 1000, m.steps]
        .into_iter()
        .filter(|&k| k <= m.steps)
        .collect();
    let _ = write!(t, "{:<26}", "method");
    for k in &ks {
        let _ = write!(t, "{:>10}", format!("f at {k}"));
    }
    let _ = writeln!(t, "{:>10}", "f < 10⁻³");
    for (name, r) in &m.runs {
        let _ = write!(t, "{name:<26}");
        for &k in &ks {
            let _ = write!(t, "{:>10.2e}", r.history[k].f);
        }
        let _ = writeln!(t, "{:>10}", fmt_k(r.first_below(TARGET)));
    }
    let _ = writeln!(
        t,
        "\nGD at lr {TOO_LARGE}: {:?} after {} steps.",
        m.too_large.outcome,
        m.too_large.iterations()
    );
    t
}

/// Level curve f = c as a closed outline within the panel's x range: the branches
/// y = x² ± √(c − (1 − x)²)/10 for |1 − x| ≤ √c, upper left to right, lower back.
fn contour(c: f64) -> Vec<(f64, f64)> {
    let lo = (1.0 - c.sqrt()).max(X_RANGE.0);
    let hi = (1.0 + c.sqrt()).min(X_RANGE.1);
    let n = 120;
    let xs: Vec<f64> = (0..=n)
        .map(|i| lo + (hi - lo) * i as f64 / n as f64)
        .collect();
    let half = |x: f64| (c - (1.0 - x).powi(2)).max(0.0).sqrt() / 10.0;
    let upper = xs.iter().map(|&x| (x, x * x + half(x)));
    let lower = xs.iter().rev().map(|&x| (x, x * x - half(x)));
    upper.chain(lower).collect()
}

/// A path drawn as an outline that goes along the iterates and back (so both renderers draw
/// the polyline, whatever its direction), at most about 300 points.
fn path(r: &Run) -> Vec<(f64, f64)> {
    let every = (r.history.len() / 300).max(1);
    let mut pts: Vec<(f64, f64)> = r
        .history
        .iter()
        .step_by(every)
        .chain(r.history.last())
        .map(|h| {
            (
                h.x[0].clamp(X_RANGE.0, X_RANGE.1),
                h.x[1].clamp(Y_RANGE.0, Y_RANGE.1),
            )
        })
        .collect();
    let back: Vec<(f64, f64)> = pts.iter().rev().copied().collect();
    pts.extend(back);
    pts
}

/// The figure: paths over the contours, and the loss curves on a log scale. Both panels list
/// the levels first and then the methods, Adam first so that the slower methods' paths are
/// drawn over its (they share the valley floor).
fn figure(m: &Measured) -> Figure {
    let short = ["GD", "momentum", "Adam"];
    let order = [2, 1, 0];
    let mut paths: Vec<Series> = LEVELS
        .iter()
        .map(|&c| Series::new(format!("f = {c}"), Shape::Polygon(contour(c))))
        .collect();
    paths.extend(
        order
            .iter()
            .map(|&i| Series::new(short[i], Shape::Polygon(path(&m.runs[i].1)))),
    );
    let floor = 1e-12;
    let every = (m.steps / 400).max(1);
    let n = m.steps as f64;
    let mut curves: Vec<Series> = LEVELS
        .iter()
        .map(|&c| Series::new(format!("f = {c}"), Shape::Line(vec![(0.0, c), (n, c)])))
        .collect();
    curves.extend(order.iter().map(|&i| {
        let pts = m.runs[i]
            .1
            .history
            .iter()
            .enumerate()
            .step_by(every)
            .map(|(k, h)| (k as f64, h.f.max(floor)))
            .collect();
        Series::new(short[i], Shape::Line(pts))
    }));
    Figure {
        title: "GD, momentum and Adam on Rosenbrock's valley".into(),
        columns: 1,
        panels: vec![
            Panel {
                title: "paths from the same start over the levels f = c; the minimum is (1, 1)"
                    .into(),
                x_label: "x".into(),
                y_label: "y".into(),
                x: Axis::linear(X_RANGE.0, X_RANGE.1),
                y: Axis::linear(Y_RANGE.0, Y_RANGE.1),
                series: paths,
                legend: Legend::UpperLeft,
            },
            Panel {
                title: "loss f against the step (log scale), with the same levels".into(),
                x_label: "step".into(),
                y_label: "f".into(),
                x: Axis::linear(0.0, n),
                y: Axis::log(floor, 1e3),
                series: curves,
                legend: Legend::UpperRight,
            },
        ],
    }
}

/// The demo: run, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let steps = opts.size.pick(6000, 4000);
    let m = measure(opts.seed, steps)?;
    Ok(Report {
        text: table(&m, opts.seed),
        figure: Some(figure(&m)),
        figure_height: 16,
        claims: claims(&m),
    })
}

/// f of the start, for tests.
#[cfg(test)]
fn cost_at(x: &[f64; 2]) -> f64 {
    use crate::math::optim::Problem;
    Rosenbrock::classic().cost(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_for_many_starts_at_both_sizes() {
        for seed in 0..crate::engine::soak::seeds(40) {
            for steps in [4000, 6000] {
                let m = measure(seed, steps).unwrap();
                let c = claims(&m);
                let ends: Vec<(f64, f64)> = m
                    .runs
                    .iter()
                    .map(|(_, r)| (r.history[0].f, r.last().f))
                    .collect();
                assert!(
                    c.iter().all(|c| c.holds),
                    "seed {seed} steps {steps} {:?} {ends:?}: {c:#?}",
                    m.start
                );
            }
        }
    }

    #[test]
    fn the_contours_are_level_sets_and_a_wrong_run_is_caught() {
        use crate::math::optim::Problem;
        let f = Rosenbrock::classic();
        for c in LEVELS {
            for (x, y) in contour(c) {
                let half_width = (c - (1.0 - x).powi(2)).max(0.0);
                // Exact on the curve; at the truncated ends the outline closes along x = lo.
                if half_width > 0.0 {
                    assert!((f.cost(&[x, y]) - c).abs() < 1e-9 * c, "{c}: ({x}, {y})");
                }
                assert!((X_RANGE.0..=X_RANGE.1).contains(&x));
                assert!((Y_RANGE.0..=Y_RANGE.1).contains(&y));
            }
        }
        // The Hessian's λ_max is the closed form 501 + √(301² + 400²).
        let m = measure(42, 4000).unwrap();
        assert!((m.lambda_max - (501.0 + (301f64.powi(2) + 400f64.powi(2)).sqrt())).abs() < 1e-9);
        assert!((m.runs[0].1.history[0].f - cost_at(&m.start)).abs() < 1e-15);
        // Swap GD's and Adam's runs: the first claim no longer holds.
        let mut bad = m.clone();
        bad.runs.swap(0, 2);
        assert!(!claims(&bad)[0].holds);
        let mut bad = m.clone();
        bad.too_large = bad.runs[0].1.clone();
        assert!(!claims(&bad)[3].holds);
    }
}
