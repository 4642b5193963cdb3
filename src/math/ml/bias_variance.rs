//! The bias–variance decomposition of a polynomial fit's test error, by simulation.
//!
//! Data: x ~ Uniform[−1, 1], y = f(x) + ε with ε ~ N(0, σ²). Each of T trials draws a fresh
//! training set of n points and fits a polynomial of each degree d (least squares,
//! [`super::regression::fit_polynomial`]); every degree sees the same training sets. At G test
//! points x_g evenly spaced on [−1, 1], with f̂_t the fit of trial t and f̄ = (1/T) Σ_t f̂_t:
//! - bias² = (1/G) Σ_g (f̄(x_g) − f(x_g))²,
//! - variance = (1/G) Σ_g (1/T) Σ_t (f̂_t(x_g) − f̄(x_g))² (divided by T: the spread of these T
//!   fits, not an estimate for another population),
//! - noise = σ², and the expected test error E[(f̂(x) − y)²] = bias² + variance + σ²
//!   for a fresh y at x.
//!
//! The measured test error, the mean of (f̂_t(x_g) − y)² over fresh noisy targets y = f(x_g) + ε,
//! checks the decomposition independently. Low degrees underfit (bias² dominates), high degrees
//! overfit (variance dominates): the test error traces a U in d while the training error only
//! falls. Seeded with the simulations' generator ([`crate::math::sim::sim_rng`]).

use super::error::{MlError, MlResult};
use super::regression::{Polynomial, fit_polynomial};
use crate::math::sim::sim_rng;
use rand::RngExt;
use rand_distr::StandardNormal;

/// The simulation's size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Setup {
    /// n, the points in each training set.
    pub n_train: usize,
    /// σ, the noise's standard deviation.
    pub noise_sd: f64,
    /// T, the training sets drawn.
    pub trials: usize,
    /// G, the test points.
    pub test_points: usize,
}

/// The decomposition for one degree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decomposition {
    pub degree: usize,
    pub bias2: f64,
    pub variance: f64,
    /// σ².
    pub noise: f64,
    /// The mean of (f̂_t(x_g) − y)² over fresh noisy targets.
    pub test_error: f64,
    /// The mean training MSE over the trials.
    pub train_error: f64,
}

impl Decomposition {
    /// bias² + variance + σ², what the test error should be.
    pub fn expected_error(&self) -> f64 {
        self.bias2 + self.variance + self.noise
    }
}

/// Runs the simulation for each of `degrees`. Errors: σ negative or not finite, fewer than 2
/// trials or test points, or a degree needing more than n points (d + 1 > n).
pub fn bias_variance(
    truth: impl Fn(f64) -> f64,
    degrees: &[usize],
    setup: Setup,
    seed: u64,
) -> MlResult<Vec<Decomposition>> {
    let Setup {
        n_train,
        noise_sd,
        trials,
        test_points,
    } = setup;
    if !(noise_sd >= 0.0 && noise_sd.is_finite()) {
        return Err(MlError::OutOfRange {
            what: "σ",
            expected: "a number ≥ 0",
            got: noise_sd,
        });
    }
    if trials < 2 || test_points < 2 {
        return Err(MlError::OutOfRange {
            what: "the trials and test points",
            expected: "at least 2 each",
            got: trials.min(test_points) as f64,
        });
    }
    let mut rng = sim_rng(seed);
    let grid: Vec<f64> = (0..test_points)
        .map(|g| -1.0 + 2.0 * g as f64 / (test_points - 1) as f64)
        .collect();
    let f_grid: Vec<f64> = grid.iter().map(|&x| truth(x)).collect();
    // predictions[d][t][g] and the training errors[d][t]
    let mut predictions: Vec<Vec<Vec<f64>>> = vec![Vec::with_capacity(trials); degrees.len()];
    let mut train = vec![0.0; degrees.len()];
    for _ in 0..trials {
        let x: Vec<f64> = (0..n_train).map(|_| rng.random_range(-1.0..1.0)).collect();
        let y: Vec<f64> = x
            .iter()
            .map(|&v| truth(v) + noise_sd * rng.sample::<f64, _>(StandardNormal))
            .collect();
        for (k, &d) in degrees.iter().enumerate() {
            let p: Polynomial = fit_polynomial(&x, &y, d)?;
            predictions[k].push(grid.iter().map(|&g| p.eval(g)).collect());
            let mse: f64 = x
                .iter()
                .zip(&y)
                .map(|(&a, b)| (p.eval(a) - b).powi(2))
                .sum::<f64>()
                / n_train as f64;
            train[k] += mse / trials as f64;
        }
    }
    let mut out = Vec::with_capacity(degrees.len());
    for (k, &degree) in degrees.iter().enumerate() {
        let preds = &predictions[k];
        let (mut bias2, mut variance, mut test) = (0.0, 0.0, 0.0);
        for (g, &fg) in f_grid.iter().enumerate() {
            let mean = preds.iter().map(|p| p[g]).sum::<f64>() / trials as f64;
            bias2 += (mean - fg).powi(2);
            variance += preds.iter().map(|p| (p[g] - mean).powi(2)).sum::<f64>() / trials as f64;
            for p in preds {
                let y = fg + noise_sd * rng.sample::<f64, _>(StandardNormal);
                test += (p[g] - y).powi(2) / trials as f64;
            }
        }
        let g = test_points as f64;
        out.push(Decomposition {
            degree,
            bias2: bias2 / g,
            variance: variance / g,
            noise: noise_sd * noise_sd,
            test_error: test / g,
            train_error: train[k],
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> Setup {
        Setup {
            n_train: 20,
            noise_sd: 0.3,
            trials: 400,
            test_points: 41,
        }
    }

    #[test]
    fn the_parts_add_up_and_trade_off() {
        let truth = |x: f64| (std::f64::consts::PI * x).sin();
        let r = bias_variance(truth, &[1, 3, 5, 9], setup(), 11).unwrap();
        for d in &r {
            let rel = (d.test_error - d.expected_error()).abs() / d.expected_error();
            assert!(rel < 0.1, "{d:?}");
        }
        // Degree 1 cannot bend with sin(πx): its bias² is large (the best line leaves about
        // 0.2 of the 0.5 mean square of sin(πx)); the bias falls and the variance rises with d.
        assert!(r[0].bias2 > 0.1 && r[2].bias2 < 0.01, "{r:?}");
        assert!(r[0].variance < r[2].variance && r[2].variance < r[3].variance);
        assert!(r.windows(2).all(|w| w[1].train_error < w[0].train_error));
        // A fit of an exact cubic with no noise has no bias and no variance.
        let exact = Setup {
            noise_sd: 0.0,
            ..setup()
        };
        let r = bias_variance(|x| x * x * x - x, &[3], exact, 1).unwrap();
        assert!(r[0].bias2 < 1e-20 && r[0].variance < 1e-20 && r[0].test_error < 1e-20);
        assert_eq!(
            bias_variance(truth, &[3], setup(), 5),
            bias_variance(truth, &[3], setup(), 5)
        );
        assert!(bias_variance(truth, &[20], setup(), 1).is_err());
        let bad = Setup {
            noise_sd: f64::NAN,
            ..setup()
        };
        assert!(bias_variance(truth, &[1], bad, 1).is_err());
    }
}
