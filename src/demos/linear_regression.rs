//! Linear regression three ways, on Iris: petal width on petal length.
//!
//! The seed shuffles the 150 flowers into 120 for training and 30 held out
//! ([`crate::math::ml::split`]). On the training rows the line ŷ = b + w·x is fitted by the
//! normal equations (AᵀA)θ = Aᵀy, by QR (Rθ = Qᵀy) and by gradient descent on the MSE from
//! θ = 0 with η = 1/λ_max of the Hessian ([`crate::math::ml::regression`]). The demo checks what
//! it shows: the three agree (normal equations and QR to 1e-8, GD to 1e-4), they are scipy's
//! `linregress` line (the library's closed form Sxy/Sxx, [`crate::math::stats::descriptive`]),
//! the residuals sum to 0 and are orthogonal to x (what least squares means), R² on the
//! training rows is r², and the held-out R² is close to it (a line does not overfit). The figure
//! is the data with the line, the residuals against x, and gradient descent's loss curve.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::{Claim, DemoError, Options, Report};
use crate::math::ml::regression::{
    GdOptions, GdRun, LinearFit, fit_gradient_descent, fit_normal_equations, fit_qr, r_squared,
};
use crate::math::ml::split::train_validation_test;
use crate::math::stats::descriptive::least_squares;
use nalgebra::DMatrix;
use std::fmt::Write;

/// What the demo measured.
#[derive(Debug, Clone)]
pub struct Run {
    pub x_train: Vec<f64>,
    pub y_train: Vec<f64>,
    pub x_test: Vec<f64>,
    pub y_test: Vec<f64>,
    pub normal: LinearFit,
    pub qr: LinearFit,
    pub gd: GdRun,
    /// scipy's `linregress` line by the closed form: (slope, intercept, r²).
    pub closed_form: (f64, f64, f64),
    pub r2_train: f64,
    pub r2_test: f64,
}

fn ml(e: crate::math::ml::MlError) -> DemoError {
    DemoError::Example(e.to_string())
}

fn column(name: &str) -> Result<&'static [f64], DemoError> {
    crate::data::column(name).map_err(|e| DemoError::Example(e.to_string()))
}

/// Splits, fits three ways and measures, for the split of `seed`.
pub fn measure(seed: u64) -> Result<Run, DemoError> {
    let (x, y) = (column("iris.petal_length")?, column("iris.petal_width")?);
    let split = train_validation_test(x.len(), 0.0, 0.2, Some(seed)).map_err(ml)?;
    let pick = |v: &[f64], rows: &[usize]| rows.iter().map(|&i| v[i]).collect::<Vec<f64>>();
    let (x_train, y_train) = (pick(x, &split.train), pick(y, &split.train));
    let (x_test, y_test) = (pick(x, &split.test), pick(y, &split.test));
    let design = |v: &[f64]| DMatrix::from_column_slice(v.len(), 1, v);
    let xm = design(&x_train);
    let normal = fit_normal_equations(&xm, &y_train).map_err(ml)?;
    let qr = fit_qr(&xm, &y_train).map_err(ml)?;
    let gd = fit_gradient_descent(&xm, &y_train, GdOptions::default()).map_err(ml)?;
    let line = least_squares(&x_train, &y_train).map_err(|e| DemoError::Example(e.to_string()))?;
    let r2_train = r_squared(&y_train, &qr.predict(&xm).map_err(ml)?).map_err(ml)?;
    let r2_test = r_squared(&y_test, &qr.predict(&design(&x_test)).map_err(ml)?).map_err(ml)?;
    Ok(Run {
        x_train,
        y_train,
        x_test,
        y_test,
        normal,
        qr,
        gd,
        closed_form: (line.slope, line.intercept, line.r_squared),
        r2_train,
        r2_test,
    })
}

/// The largest difference between two fits' [w, b].
fn gap(a: &LinearFit, b: &LinearFit) -> f64 {
    a.coefficients_then_intercept()
        .iter()
        .zip(b.coefficients_then_intercept())
        .map(|(p, q)| (p - q).abs())
        .fold(0.0, f64::max)
}

/// The training residuals yᵢ − ŷᵢ of the QR fit.
fn residuals(run: &Run) -> Vec<f64> {
    run.x_train
        .iter()
        .zip(&run.y_train)
        .map(|(x, y)| y - (run.qr.intercept + run.qr.coef[0] * x))
        .collect()
}

/// The claims about a run.
pub fn claims(run: &Run) -> Vec<Claim> {
    let (slope, intercept, r2) = run.closed_form;
    let closed = (run.qr.coef[0] - slope)
        .abs()
        .max((run.qr.intercept - intercept).abs());
    let r = residuals(run);
    let sum: f64 = r.iter().sum();
    let dot: f64 = r.iter().zip(&run.x_train).map(|(a, b)| a * b).sum();
    let ne_qr = gap(&run.normal, &run.qr);
    let gd_qr = gap(&run.gd.fit, &run.qr);
    let falls = run.gd.loss_never_rises();
    vec![
        Claim::new(
            ne_qr < 1e-8,
            format!("the normal equations and QR agree (largest difference {ne_qr:.1e} < 1e-8)"),
        ),
        Claim::new(
            run.gd.converged && gd_qr < 1e-4 && falls,
            format!(
                "gradient descent reaches the same line in {} steps, its loss falling every \
                 step (difference {gd_qr:.1e} < 1e-4)",
                run.gd.iterations
            ),
        ),
        Claim::new(
            closed < 1e-10,
            format!(
                "the line is the closed form b = Sxy/Sxx, a = ȳ − b·x̄ (difference {closed:.1e})"
            ),
        ),
        Claim::new(
            sum.abs() < 1e-9 && dot.abs() < 1e-9,
            format!(
                "the residuals sum to 0 ({sum:.1e}) and are orthogonal to x (Σxᵢrᵢ = {dot:.1e})"
            ),
        ),
        Claim::new(
            (run.r2_train - r2).abs() < 1e-12 && (run.r2_test - run.r2_train).abs() < 0.1,
            format!(
                "R² = {:.4} on the training rows is r² = {r2:.4}; on the 30 held-out rows R² = \
                 {:.4}, close: a straight line does not overfit",
                run.r2_train, run.r2_test
            ),
        ),
    ]
}

fn table(run: &Run, seed: u64) -> String {
    let mut t = format!(
        "Iris: petal width (cm) on petal length (cm), fitted on 120 flowers; 30 held out\n\
         (seed {seed} chooses them).\n\n{:<22} {:>16} {:>16}\n",
        "method", "slope w", "intercept b"
    );
    for (name, f) in [
        ("normal equations", &run.normal),
        ("QR (Gram–Schmidt)", &run.qr),
        ("gradient descent", &run.gd.fit),
    ] {
        let _ = writeln!(t, "{name:<22} {:>16.12} {:>16.12}", f.coef[0], f.intercept);
    }
    let (slope, intercept, _) = run.closed_form;
    let _ = writeln!(
        t,
        "{:<22} {slope:>16.12} {intercept:>16.12}",
        "Sxy/Sxx (linregress)"
    );
    let _ = write!(
        t,
        "\ngradient descent: η = {:.5} (1/λ_max of the Hessian),\n{} steps to ‖∇L‖ ≤ 1e-10.\n\
         R² = 1 − SS_res/SS_tot: {:.4} on the training rows, {:.4} held out.\n",
        run.gd.learning_rate, run.gd.iterations, run.r2_train, run.r2_test
    );
    t
}

fn figure(run: &Run) -> Figure {
    let line = |x: f64| run.qr.intercept + run.qr.coef[0] * x;
    let pts = |x: &[f64], y: &[f64]| x.iter().copied().zip(y.iter().copied()).collect();
    let residual_points: Vec<(f64, f64)> =
        run.x_train.iter().copied().zip(residuals(run)).collect();
    let floor = run.gd.losses.last().copied().unwrap_or(0.0);
    let excess: Vec<(f64, f64)> = run
        .gd
        .losses
        .iter()
        .enumerate()
        .map(|(k, l)| ((k + 1) as f64, l - floor))
        .filter(|&(_, e)| e > 1e-14)
        .collect();
    let steps = (run.gd.losses.len() as f64).max(10.0);
    Figure {
        title: "Least squares on Iris: one line, three methods".into(),
        columns: 1,
        panels: vec![
            Panel {
                title: format!(
                    "petal width = {:.4} + {:.4}·petal length",
                    run.qr.intercept, run.qr.coef[0]
                ),
                x_label: "petal length (cm)".into(),
                y_label: "petal width (cm)".into(),
                x: Axis::linear(0.5, 7.5),
                y: Axis::linear(-0.2, 2.8),
                series: vec![
                    Series::new(
                        "fitted line",
                        Shape::Line(vec![(0.5, line(0.5)), (7.5, line(7.5))]),
                    ),
                    Series::new(
                        "training flowers",
                        Shape::Points(pts(&run.x_train, &run.y_train)),
                    ),
                    Series::new("held out", Shape::Points(pts(&run.x_test, &run.y_test))),
                ],
                legend: Legend::UpperLeft,
            },
            Panel {
                title: "residuals y − ŷ against x (they sum to 0)".into(),
                x_label: "petal length (cm)".into(),
                y_label: "residual (cm)".into(),
                x: Axis::linear(0.5, 7.5),
                y: Axis::linear(-0.8, 0.8),
                series: vec![
                    Series::new("0", Shape::HLine(0.0)),
                    Series::new("residuals", Shape::Points(residual_points)),
                ],
                legend: Legend::UpperRight,
            },
            Panel {
                title: "gradient descent: loss − final loss, per step".into(),
                x_label: "step (log scale)".into(),
                y_label: "L(θ) − L(θ*)".into(),
                x: Axis::log(1.0, steps),
                y: Axis::log(1e-14, 10.0),
                series: vec![Series::new("MSE above its minimum", Shape::Line(excess))],
                legend: Legend::UpperRight,
            },
        ],
    }
}

/// The demo: split, fit three ways, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let run = measure(opts.seed)?;
    Ok(Report {
        text: table(&run, opts.seed),
        figure: Some(figure(&run)),
        figure_height: 10,
        claims: claims(&run),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_for_every_seeded_split_and_a_wrong_run_is_caught() {
        for seed in 0..crate::engine::soak::seeds(20) {
            let run = measure(seed).unwrap();
            let c = claims(&run);
            assert!(c.iter().all(|c| c.holds), "{seed}: {c:#?}");
        }
        let mut bad = measure(1).unwrap();
        bad.normal.coef[0] += 1e-6;
        bad.gd.fit.intercept += 1e-3;
        bad.closed_form.0 += 1e-6;
        bad.qr.intercept += 1e-6;
        bad.r2_test = bad.r2_train - 0.3;
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false, false, false]);
    }
}
