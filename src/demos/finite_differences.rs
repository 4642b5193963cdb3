//! Finite differences: the error of forward and central differences against the step h.
//!
//! On log–log axes each error curve is a V. To the right, truncation: the forward difference's
//! error falls like h (slope 1), the central difference's like h² (slope 2). To the left,
//! rounding: f(x ± h) carry errors of about ε|f| and the formula divides their difference by h,
//! so the error grows like ε/h (slope −1) and wanders with the rounding. The bottom of each V
//! is where the two balance, near h ≈ √ε ≈ 1e-8 for forward and h ≈ ∛ε ≈ 6e-6 for central
//! differences ([`crate::math::calculus::finite_diff::step_size`] gives the exact balance
//! point for this f): the best central estimate is about a thousand times more accurate.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::{Claim, DemoError, Options, Report};
use crate::math::calculus::finite_diff::step_size::{
    best_step, error_curve, log_spaced, optimal_step,
};
use crate::math::calculus::finite_diff::{Scheme, richardson};
use std::fmt::Write;

/// A function with its first three derivatives, by formula (the reference).
#[derive(Clone, Copy)]
struct Function {
    name: &'static str,
    f: fn(f64) -> f64,
    d1: fn(f64) -> f64,
    d2: fn(f64) -> f64,
    d3: fn(f64) -> f64,
}

const FUNCTIONS: [Function; 3] = [
    Function {
        name: "eˣ",
        f: f64::exp,
        d1: f64::exp,
        d2: f64::exp,
        d3: f64::exp,
    },
    Function {
        name: "sin x",
        f: f64::sin,
        d1: f64::cos,
        d2: |x| -x.sin(),
        d3: |x| -x.cos(),
    },
    Function {
        name: "ln(1 + x²)",
        f: |x| (x * x).ln_1p(),
        d1: |x| 2.0 * x / (1.0 + x * x),
        d2: |x| 2.0 * (1.0 - x * x) / (1.0 + x * x).powi(2),
        d3: |x| 4.0 * x * (x * x - 3.0) / (1.0 + x * x).powi(3),
    },
];

/// One scheme's measured curve and what the model predicts.
#[derive(Debug, Clone)]
pub struct Curve {
    pub scheme: Scheme,
    /// (h, |D(h) − f′(x)|) over the steps.
    pub points: Vec<(f64, f64)>,
    /// The balance point of the error model.
    pub predicted: f64,
    /// The measured best step and its error.
    pub best: (f64, f64),
    /// The geometric mean of the errors within a factor of √10 of the predicted step: the
    /// typical error at the bottom (the single best point is partly luck of rounding).
    pub bottom: f64,
    /// The least-squares slope of log error against log h over 1e-3 ≤ h ≤ 1e-1 (truncation).
    pub truncation_slope: f64,
    /// The mean of log₁₀ error over the smallest two decades of h, and over the two decades
    /// above them (rounding: the first is larger).
    pub rounding_levels: (f64, f64),
}

/// The measurements of one run.
#[derive(Debug, Clone)]
pub struct Measured {
    pub function: &'static str,
    pub x: f64,
    pub exact: f64,
    pub curves: Vec<Curve>,
    /// Richardson's extrapolation of the central difference from h = 0.1 with 3 levels: the
    /// estimate's error.
    pub richardson_error: f64,
}

fn slope(points: &[(f64, f64)]) -> f64 {
    let logs: Vec<(f64, f64)> = points
        .iter()
        .filter(|(_, e)| *e > 0.0)
        .map(|(h, e)| (h.log10(), e.log10()))
        .collect();
    let n = logs.len() as f64;
    let (mx, my) = (
        logs.iter().map(|p| p.0).sum::<f64>() / n,
        logs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let sxy: f64 = logs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let sxx: f64 = logs.iter().map(|(x, _)| (x - mx) * (x - mx)).sum();
    sxy / sxx
}

fn mean_log(points: &[(f64, f64)], lo: f64, hi: f64) -> f64 {
    let logs: Vec<f64> = points
        .iter()
        .filter(|(h, _)| *h >= lo && *h <= hi)
        .map(|(_, e)| e.max(1e-300).log10())
        .collect();
    logs.iter().sum::<f64>() / logs.len().max(1) as f64
}

/// Measures both schemes for the function and point the seed picks.
pub fn measure(seed: u64, per_decade: u32) -> Result<Measured, DemoError> {
    let func = FUNCTIONS[(seed % 3) as usize];
    // x from the seed, away from the zeros of f″ and f‴ (where the model's balance point
    // runs off to infinity).
    let x = [0.5, 0.75, 1.25][((seed / 3) % 3) as usize];
    let exact = (func.d1)(x);
    let steps = log_spaced(-1, -14, per_decade);
    let f = |t: f64| (func.f)(t);
    let mut curves = Vec::new();
    for scheme in [Scheme::Forward, Scheme::Central] {
        let points = error_curve(&f, exact, x, scheme, &steps);
        let derivative = match scheme {
            Scheme::Forward | Scheme::Backward => (func.d2)(x),
            _ => (func.d3)(x),
        };
        let predicted = optimal_step(scheme, derivative, (func.f)(x)).unwrap_or(f64::NAN);
        let best = best_step(&points).unwrap_or((f64::NAN, f64::NAN));
        let truncation: Vec<(f64, f64)> = points
            .iter()
            .copied()
            .filter(|(h, _)| (1e-3..=1e-1).contains(h))
            .collect();
        let bottom = 10f64.powf(mean_log(
            &points,
            predicted / 10f64.sqrt(),
            predicted * 10f64.sqrt(),
        ));
        curves.push(Curve {
            scheme,
            bottom,
            truncation_slope: slope(&truncation),
            rounding_levels: (
                mean_log(&points, 1e-14, 1e-12),
                mean_log(&points, 1e-12 * 1.0001, 1e-10),
            ),
            points,
            predicted,
            best,
        });
    }
    let (estimate, _) = richardson(&f, x, 0.1, Scheme::Central, 3);
    Ok(Measured {
        function: func.name,
        x,
        exact,
        curves,
        richardson_error: (estimate - exact).abs(),
    })
}

/// What the run shows, as claims.
pub fn claims(m: &Measured) -> Vec<Claim> {
    let mut claims = Vec::new();
    for c in &m.curves {
        let name = c.scheme.name();
        let order = c.scheme.order() as f64;
        claims.push(Claim::new(
            (c.truncation_slope - order).abs() < 0.15,
            format!(
                "truncation: the {name}'s error falls like h^{order} for large h (measured \
                 slope {:.2})",
                c.truncation_slope
            ),
        ));
        let ratio = c.best.0 / c.predicted;
        claims.push(Claim::new(
            ratio > 0.1 && ratio < 10.0,
            format!(
                "the {name}'s V bottoms out at h = {:.1e}, within a factor of 10 of the \
                 predicted {:.1e}",
                c.best.0, c.predicted
            ),
        ));
        claims.push(Claim::new(
            c.rounding_levels.0 > c.rounding_levels.1 + 1.0,
            format!(
                "rounding: below the bottom the {name}'s error grows as h shrinks (mean \
                 log₁₀ error {:.1} at h ≤ 1e-12 against {:.1} at 1e-12 < h ≤ 1e-10)",
                c.rounding_levels.0, c.rounding_levels.1
            ),
        ));
    }
    if let [fwd, cen] = &m.curves[..] {
        claims.push(Claim::new(
            cen.bottom < fwd.bottom / 100.0,
            format!(
                "at their best steps, central differences (typical error {:.1e}) beat forward \
                 ones ({:.1e}) by more than 100 times",
                cen.bottom, fwd.bottom
            ),
        ));
    }
    claims.push(Claim::new(
        m.richardson_error < 1e-9,
        format!(
            "Richardson's extrapolation of the central difference from h = 0.1 (3 levels) is \
             off by only {:.1e}",
            m.richardson_error
        ),
    ));
    claims
}

fn table(m: &Measured) -> String {
    let mut t = format!(
        "Finite differences of f(x) = {} at x = {}: f′(x) = {:.15}.\n\
         The error |D(h) − f′(x)| for each step h (ε = 2.2e-16):\n\n{:>8}  {:>14}  {:>14}\n",
        m.function, m.x, m.exact, "h", "forward", "central"
    );
    let (fwd, cen) = (&m.curves[0], &m.curves[1]);
    for (a, b) in fwd.points.iter().zip(&cen.points) {
        let decade = a.0.log10();
        if (decade - decade.round()).abs() < 1e-9 {
            let _ = writeln!(t, "{:>8.0e}  {:>14.3e}  {:>14.3e}", a.0, a.1, b.1);
        }
    }
    for c in &m.curves {
        let _ = writeln!(
            t,
            "\n{}: best h {:.2e} predicted, {:.2e} measured (error {:.2e});\n  \
             typical error within a factor of √10 of the predicted h: {:.2e}",
            c.scheme.name(),
            c.predicted,
            c.best.0,
            c.best.1,
            c.bottom
        );
    }
    let _ = writeln!(
        t,
        "Richardson (central, h = 0.1, 3 levels): error {:.2e}",
        m.richardson_error
    );
    t
}

fn figure(m: &Measured) -> Figure {
    let floor = 1e-17;
    let mut series = Vec::new();
    for c in &m.curves {
        let points = c.points.iter().map(|&(h, e)| (h, e.max(floor))).collect();
        series.push(Series::new(c.scheme.name(), Shape::Line(points)));
    }
    for c in &m.curves {
        series.push(Series::new(
            format!("predicted best h, {}", c.scheme.name()),
            Shape::VLine(c.predicted),
        ));
    }
    Figure {
        title: format!(
            "Error of finite differences of {} at x = {}",
            m.function, m.x
        ),
        columns: 1,
        panels: vec![Panel {
            title: "|D(h) − f′(x)| against h (log–log): truncation right, rounding left".into(),
            x_label: "step h".into(),
            y_label: "error".into(),
            x: Axis::log(1e-14, 1e-1),
            y: Axis::log(floor, 1.0),
            series,
            legend: Legend::LowerRight,
        }],
    }
}

/// The demo: measure, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let per_decade = opts.size.pick(8, 4);
    let m = measure(opts.seed, per_decade)?;
    Ok(Report {
        text: table(&m),
        figure: Some(figure(&m)),
        figure_height: 18,
        claims: claims(&m),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claims hold for every function and many points, and fail for curves without the
    /// effect (a forward difference whose error is second order, a V with no rounding arm).
    #[test]
    fn the_claims_hold_across_seeds_and_fail_without_the_effect() {
        for seed in 0..30 {
            let m = measure(seed, 4).unwrap();
            let cs = claims(&m);
            let failed: Vec<&Claim> = cs.iter().filter(|c| !c.holds).collect();
            assert!(failed.is_empty(), "seed {seed}: {failed:#?}");
        }
        let mut bad = measure(1, 4).unwrap();
        bad.curves[0].truncation_slope = 2.0;
        bad.curves[1].rounding_levels = (-12.0, -11.0);
        let failed = claims(&bad).iter().filter(|c| !c.holds).count();
        assert_eq!(failed, 2);
    }
}
