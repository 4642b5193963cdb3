//! The bias–variance trade-off: polynomial fits of rising degree to noisy samples of sin(πx).
//!
//! Each trial draws n = 20 points x ~ Uniform[−1, 1] with y = sin(πx) + ε, ε ~ N(0, 0.3²), and
//! fits least-squares polynomials of degree 0 … 10 ([`crate::math::ml::bias_variance`]). Over
//! the trials, at 41 test points on [−1, 1]: bias² (how far the average fit is from sin(πx)),
//! variance (how much the fits scatter around their average) and the test error on fresh noisy
//! targets, which should be bias² + variance + σ². The demo checks what it shows: the
//! decomposition adds up, the training error only falls with the degree, bias² falls and
//! variance rises, and the test error traces a U whose minimum is at a middle degree (3 to 6),
//! well below both ends. The figure is the four curves against the degree on a log axis.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::{Claim, DemoError, Options, Report, Size};
use crate::math::ml::bias_variance::{Decomposition, Setup, bias_variance};
use std::fmt::Write;

/// The degrees fitted.
pub const MAX_DEGREE: usize = 10;
/// σ of the noise.
pub const NOISE_SD: f64 = 0.3;

/// sin(πx), the truth.
pub fn truth(x: f64) -> f64 {
    (std::f64::consts::PI * x).sin()
}

/// The simulation's size for a run.
pub fn setup(size: Size) -> Setup {
    Setup {
        n_train: 20,
        noise_sd: NOISE_SD,
        trials: size.pick(2000, 400),
        test_points: 41,
    }
}

/// The decomposition at every degree.
pub fn measure(seed: u64, size: Size) -> Result<Vec<Decomposition>, DemoError> {
    let degrees: Vec<usize> = (0..=MAX_DEGREE).collect();
    bias_variance(truth, &degrees, setup(size), seed).map_err(|e| DemoError::Example(e.to_string()))
}

/// The degree with the least test error.
fn best(rows: &[Decomposition]) -> &Decomposition {
    rows.iter()
        .min_by(|a, b| a.test_error.total_cmp(&b.test_error))
        .expect("at least one degree")
}

/// The claims about a run; `size` sets the allowance of the decomposition's check (the test
/// error is itself an average over the trials).
pub fn claims(rows: &[Decomposition], size: Size) -> Vec<Claim> {
    let allowance = size.pick(0.05, 0.1);
    let worst = rows
        .iter()
        .map(|d| (d.test_error - d.expected_error()).abs() / d.expected_error())
        .fold(0.0, f64::max);
    let train_falls = rows.windows(2).all(|w| w[1].train_error < w[0].train_error);
    let b = best(rows);
    let (first, last) = (&rows[1], &rows[rows.len() - 1]);
    vec![
        Claim::new(
            worst < allowance,
            format!(
                "test error = bias² + variance + σ² at every degree (largest relative gap \
                 {:.1}%, allowed {:.0}%)",
                100.0 * worst,
                100.0 * allowance
            ),
        ),
        Claim::new(
            train_falls,
            "the training error falls with every added degree".to_string(),
        ),
        Claim::new(
            first.bias2 > 10.0 * b.bias2 && last.variance > 10.0 * b.variance,
            format!(
                "bias² falls from {:.3} at degree 1 to {:.4} at degree {}, while the variance \
                 rises from {:.4} there to {:.3} at degree {}",
                first.bias2, b.bias2, b.degree, b.variance, last.variance, last.degree
            ),
        ),
        Claim::new(
            (3..=6).contains(&b.degree)
                && b.test_error < 0.7 * first.test_error
                && b.test_error < 0.7 * last.test_error,
            format!(
                "the test error is a U: least at degree {} ({:.4}), against {:.4} at degree 1 \
                 and {:.4} at degree {}",
                b.degree, b.test_error, first.test_error, last.test_error, last.degree
            ),
        ),
    ]
}

fn table(rows: &[Decomposition], setup: Setup, seed: u64) -> String {
    let mut t = format!(
        "Polynomial fits to y = sin(πx) + ε, σ = {NOISE_SD}: {} training sets of n = {}\n\
         (seed {seed}), errors averaged over {} test points on [−1, 1].\n\n\
         {:>6} {:>10} {:>10} {:>12} {:>10} {:>10}\n",
        setup.trials,
        setup.n_train,
        setup.test_points,
        "degree",
        "bias²",
        "variance",
        "b²+var+σ²",
        "test",
        "train"
    );
    for d in rows {
        let _ = writeln!(
            t,
            "{:>6} {:>10.4} {:>10.4} {:>12.4} {:>10.4} {:>10.4}",
            d.degree,
            d.bias2,
            d.variance,
            d.expected_error(),
            d.test_error,
            d.train_error
        );
    }
    let _ = writeln!(
        t,
        "σ² = {:.2} is the floor no model goes below.",
        NOISE_SD * NOISE_SD
    );
    t
}

fn figure(rows: &[Decomposition]) -> Figure {
    let curve = |f: fn(&Decomposition) -> f64| -> Vec<(f64, f64)> {
        rows.iter()
            .map(|d| (d.degree as f64, f(d).max(1e-4)))
            .collect()
    };
    let top = rows.iter().map(|d| d.test_error).fold(1.0_f64, f64::max) * 2.0;
    Figure {
        title: "Bias–variance: the test error's U".into(),
        columns: 1,
        panels: vec![Panel {
            title: "errors against the polynomial's degree (log scale)".into(),
            x_label: "degree".into(),
            y_label: "mean squared error".into(),
            x: Axis::linear(0.0, MAX_DEGREE as f64),
            y: Axis::log(1e-3, top),
            series: vec![
                Series::new("test error", Shape::Line(curve(|d| d.test_error))),
                Series::new("training error", Shape::Line(curve(|d| d.train_error))),
                Series::new("bias²", Shape::Line(curve(|d| d.bias2))),
                Series::new("variance", Shape::Line(curve(|d| d.variance))),
                Series::new("σ²", Shape::HLine(NOISE_SD * NOISE_SD)),
            ],
            legend: Legend::UpperRight,
        }],
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let rows = measure(opts.seed, opts.size)?;
    Ok(Report {
        text: table(&rows, setup(opts.size), opts.seed),
        figure: Some(figure(&rows)),
        figure_height: 16,
        claims: claims(&rows, opts.size),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_for_several_seeds_and_a_wrong_run_is_caught() {
        for seed in 0..crate::engine::soak::seeds(3) {
            let rows = measure(seed, Size::Quick).unwrap();
            let c = claims(&rows, Size::Quick);
            assert!(c.iter().all(|c| c.holds), "{seed}: {c:#?}");
        }
        let mut bad = measure(1, Size::Quick).unwrap();
        bad[4].test_error *= 1.5;
        bad[4].train_error = 1.0;
        for d in bad.iter_mut() {
            d.variance = 0.01;
        }
        bad[MAX_DEGREE].test_error = 0.0;
        let verdicts: Vec<bool> = claims(&bad, Size::Quick).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false, false]);
    }
}
