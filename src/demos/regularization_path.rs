//! Regularization paths: ridge and lasso coefficients against α, on Iris.
//!
//! Petal width is regressed on sepal length, sepal width and petal length, each standardised
//! (mean 0, sd 1, so the coefficients are comparable), with sklearn's objectives
//! ([`crate::math::ml::regression`]): ridge ‖y − Xw − b‖² + α‖w‖² in closed form, lasso
//! (1/(2n))‖y − Xw − b‖² + α‖w‖₁ by coordinate descent. The two α scales differ (ridge has no
//! 1/n), so each has its own axis. The data are fixed (the seed is not used).
//!
//! What it shows and checks: ridge shrinks every coefficient smoothly towards 0 and none is ever
//! exactly 0; lasso sets coefficients to exactly 0 one after another, and all of them once
//! α ≥ α_max = max_j |x_jᵀ(y − ȳ)|/n (then w = 0 satisfies the optimality condition);
//! at the smallest α both are least squares.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::{Claim, DemoError, Options, Report};
use crate::math::ml::regression::{LassoOptions, fit_lasso, fit_qr, fit_ridge};
use nalgebra::DMatrix;
use std::fmt::Write;

/// The features, in the columns' order.
pub const FEATURES: [&str; 3] = ["sepal_length", "sepal_width", "petal_length"];
/// Points on each path.
const POINTS: usize = 61;
/// The ridge path's α range.
const RIDGE: (f64, f64) = (1e-3, 1e6);
/// The lasso path's α range.
const LASSO: (f64, f64) = (1e-5, 10.0);

/// The paths: α and the coefficients at each.
#[derive(Debug, Clone)]
pub struct Run {
    pub ridge: Vec<(f64, Vec<f64>)>,
    pub lasso: Vec<(f64, Vec<f64>)>,
    pub ols: Vec<f64>,
    /// max_j |x_jᵀ(y − ȳ)|/n: the smallest α at which lasso's w is all zeros.
    pub alpha_max: f64,
    /// Lasso just below and just above α_max.
    pub below: Vec<f64>,
    pub above: Vec<f64>,
}

fn ml(e: crate::math::ml::MlError) -> DemoError {
    DemoError::Example(e.to_string())
}

/// The standardised Iris features (population sd, as sklearn's StandardScaler) and petal width.
pub fn data() -> Result<(DMatrix<f64>, Vec<f64>), DemoError> {
    let column = |n: &str| {
        crate::data::column(&format!("iris.{n}")).map_err(|e| DemoError::Example(e.to_string()))
    };
    let cols = FEATURES.map(column);
    let y = column("petal_width")?.to_vec();
    let mut standard = Vec::new();
    for c in cols {
        let c = c?;
        let n = c.len() as f64;
        let mean = c.iter().sum::<f64>() / n;
        let sd = (c.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
        standard.push(c.iter().map(|v| (v - mean) / sd).collect::<Vec<f64>>());
    }
    let x = DMatrix::from_fn(y.len(), FEATURES.len(), |i, j| standard[j][i]);
    Ok((x, y))
}

fn grid((lo, hi): (f64, f64)) -> Vec<f64> {
    (0..POINTS)
        .map(|i| lo * (hi / lo).powf(i as f64 / (POINTS - 1) as f64))
        .collect()
}

fn tight() -> LassoOptions {
    LassoOptions {
        tol: 1e-12,
        max_iter: 100_000,
    }
}

/// Both paths.
pub fn measure() -> Result<Run, DemoError> {
    let (x, y) = data()?;
    let n = y.len() as f64;
    let mean = y.iter().sum::<f64>() / n;
    let alpha_max = x
        .column_iter()
        .map(|c| {
            c.iter()
                .zip(&y)
                .map(|(a, b)| a * (b - mean))
                .sum::<f64>()
                .abs()
                / n
        })
        .fold(0.0, f64::max);
    let lasso_at = |a: f64| -> Result<Vec<f64>, DemoError> {
        Ok(fit_lasso(&x, &y, a, tight()).map_err(ml)?.fit.coef)
    };
    let ridge = grid(RIDGE)
        .into_iter()
        .map(|a| Ok((a, fit_ridge(&x, &y, a).map_err(ml)?.coef)))
        .collect::<Result<Vec<_>, DemoError>>()?;
    let lasso = grid(LASSO)
        .into_iter()
        .map(|a| Ok((a, lasso_at(a)?)))
        .collect::<Result<Vec<_>, DemoError>>()?;
    Ok(Run {
        ridge,
        lasso,
        ols: fit_qr(&x, &y).map_err(ml)?.coef,
        alpha_max,
        below: lasso_at(0.99 * alpha_max)?,
        above: lasso_at(1.01 * alpha_max)?,
    })
}

fn norm(w: &[f64]) -> f64 {
    w.iter().map(|v| v * v).sum::<f64>().sqrt()
}

fn zeros(w: &[f64]) -> usize {
    w.iter().filter(|&&v| v == 0.0).count()
}

/// The claims about the paths.
pub fn claims(run: &Run) -> Vec<Claim> {
    let ols = norm(&run.ols);
    let near = |w: &[f64]| {
        w.iter()
            .zip(&run.ols)
            .all(|(a, b)| (a - b).abs() < 1e-2 * ols)
    };
    let ridge_norms: Vec<f64> = run.ridge.iter().map(|(_, w)| norm(w)).collect();
    let ridge_nonzero = run.ridge.iter().all(|(_, w)| zeros(w) == 0);
    let ridge_last = ridge_norms.last().copied().unwrap_or(f64::NAN);
    let counts: Vec<usize> = run.lasso.iter().map(|(_, w)| zeros(w)).collect();
    let partial = counts.iter().any(|&z| z > 0 && z < FEATURES.len());
    let first_zero = run
        .lasso
        .iter()
        .find(|(_, w)| zeros(w) > 0)
        .map(|(a, _)| *a);
    vec![
        Claim::new(
            near(&run.ridge[0].1) && near(&run.lasso[0].1),
            format!("at the smallest α both are least squares (within 1% of ‖w_OLS‖ = {ols:.4})"),
        ),
        Claim::new(
            ridge_nonzero && ridge_norms.windows(2).all(|w| w[1] < w[0]) && ridge_last < 0.01 * ols,
            format!(
                "ridge shrinks ‖w‖ at every step and never to exactly 0: at α = {:.0e} ‖w‖ = \
                 {ridge_last:.2e}, smallest |wⱼ| on the path {:.1e}",
                RIDGE.1,
                run.ridge
                    .iter()
                    .flat_map(|(_, w)| w.iter().map(|v| v.abs()))
                    .fold(f64::INFINITY, f64::min)
            ),
        ),
        Claim::new(
            partial && first_zero.is_some(),
            format!(
                "lasso has exact zeros: the first coefficient reaches 0 at α ≈ {:.2e}, while \
                 others are still nonzero",
                first_zero.unwrap_or(f64::NAN)
            ),
        ),
        Claim::new(
            zeros(&run.above) == FEATURES.len() && zeros(&run.below) < FEATURES.len(),
            format!(
                "lasso's w is all zeros from α_max = max|xⱼᵀ(y − ȳ)|/n = {:.4}: at 1.01·α_max \
                 {} of {} are 0, at 0.99·α_max {}",
                run.alpha_max,
                zeros(&run.above),
                FEATURES.len(),
                zeros(&run.below)
            ),
        ),
    ]
}

fn table(run: &Run) -> String {
    let mut t = String::from(
        "Iris: petal width on the standardised sepal length, sepal width and petal length\n\
         (the data are fixed; the seed is not used). sklearn's objectives:\n\
         ridge ‖y − Xw − b‖² + α‖w‖²;  lasso (1/(2n))‖y − Xw − b‖² + α‖w‖₁.\n\n",
    );
    let _ = writeln!(
        t,
        "{:<8} {:>9} {:>8} {:>8} {:>8}",
        "", "α", "w_sl", "w_sw", "w_pl"
    );
    let row = |t: &mut String, name: &str, a: f64, w: &[f64]| {
        let _ = writeln!(
            t,
            "{name:<8} {a:>9.1e} {:>8.4} {:>8.4} {:>8.4}",
            w[0], w[1], w[2]
        );
    };
    row(&mut t, "OLS", 0.0, &run.ols);
    for k in [0, 20, 30, 40, 50, POINTS - 1] {
        let (a, w) = &run.ridge[k];
        row(&mut t, "ridge", *a, w);
    }
    for k in [0, 25, 35, 45, 50, POINTS - 1] {
        let (a, w) = &run.lasso[k];
        row(&mut t, "lasso", *a, w);
    }
    t.push_str("(0.0000 in a lasso row is an exact 0; ridge's are only small.)\n");
    t
}

fn figure(run: &Run) -> Figure {
    let lim = run.ols.iter().fold(0.0_f64, |m, v| m.max(v.abs())) * 1.1;
    let paths = |path: &[(f64, Vec<f64>)]| -> Vec<Series> {
        FEATURES
            .iter()
            .enumerate()
            .map(|(j, name)| {
                Series::new(
                    format!("w({name})"),
                    Shape::Line(path.iter().map(|(a, w)| (*a, w[j])).collect()),
                )
            })
            .collect()
    };
    let mut lasso = paths(&run.lasso);
    lasso.push(Series::new("α_max", Shape::VLine(run.alpha_max)));
    Figure {
        title: "Regularization paths: ridge shrinks, lasso selects".into(),
        columns: 1,
        panels: vec![
            Panel {
                title: "ridge: ‖y − Xw − b‖² + α‖w‖²".into(),
                x_label: "α (log scale)".into(),
                y_label: "coefficient".into(),
                x: Axis::log(RIDGE.0, RIDGE.1),
                y: Axis::linear(-lim, lim),
                series: paths(&run.ridge),
                legend: Legend::UpperRight,
            },
            Panel {
                title: "lasso: (1/(2n))‖y − Xw − b‖² + α‖w‖₁".into(),
                x_label: "α (log scale)".into(),
                y_label: "coefficient".into(),
                x: Axis::log(LASSO.0, LASSO.1),
                y: Axis::linear(-lim, lim),
                series: lasso,
                legend: Legend::UpperRight,
            },
        ],
    }
}

/// The demo: both paths, a table, the figure, the claims.
pub fn report(_opts: &Options) -> Result<Report, DemoError> {
    let run = measure()?;
    Ok(Report {
        text: table(&run),
        figure: Some(figure(&run)),
        figure_height: 12,
        claims: claims(&run),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_and_a_wrong_path_is_caught() {
        let run = measure().unwrap();
        let c = claims(&run);
        assert!(c.iter().all(|c| c.holds), "{c:#?}");
        let mut bad = run.clone();
        bad.ridge[0].1[0] += 1.0;
        bad.lasso[0].1[0] += 1.0;
        bad.ridge[5].1[1] = 0.0;
        for (_, w) in bad.lasso.iter_mut() {
            w.iter_mut().for_each(|v| *v += 1e-9);
        }
        bad.above[0] = 1e-9;
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false, false]);
    }
}
