//! Confidence intervals for a mean: z (σ known) and t (σ estimated by the sample's `s`).

use super::error::{InferenceError, check, check_confidence};
use super::standard_error::standard_error;
use super::summary::Summary;
use crate::math::prob::distributions::{Continuous, Normal, StudentT};

/// A confidence interval `estimate ± critical·SE`, with its pieces for a worked solution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConfidenceInterval {
    pub estimate: f64,
    pub standard_error: f64,
    /// `z_{1−α/2}` or `t_{1−α/2, df}` for confidence `1 − α`.
    pub critical: f64,
    pub lower: f64,
    pub upper: f64,
}

impl ConfidenceInterval {
    /// `estimate ± critical·se`.
    pub(crate) fn new(estimate: f64, standard_error: f64, critical: f64) -> Self {
        let margin = critical * standard_error;
        Self {
            estimate,
            standard_error,
            critical,
            lower: estimate - margin,
            upper: estimate + margin,
        }
    }

    /// The margin of error `critical·SE` (half the width).
    pub fn margin(&self) -> f64 {
        self.critical * self.standard_error
    }
}

/// The two-sided critical value for a confidence level: the point with `1 − c` split equally
/// between the two tails, `P(T > crit) = (1 − c)/2` (1.96 for 95% under the normal).
fn two_sided_critical(null: &impl Continuous, confidence: f64) -> Result<f64, InferenceError> {
    Ok(null.isf((1.0 - confidence) / 2.0)?)
}

/// The z interval `x̄ ± z_{1−α/2}·σ/√n` for a mean when the population `σ` is known
/// (`confidence` = 1 − α, e.g. 0.95; `z_{0.975} = 1.959964`). scipy:
/// `norm.interval(confidence, loc=x̄, scale=σ/√n)`.
pub fn z_interval(
    mean: f64,
    sigma: f64,
    n: usize,
    confidence: f64,
) -> Result<ConfidenceInterval, InferenceError> {
    let mean = check("the mean", mean, "a finite number", f64::is_finite)?;
    let confidence = check_confidence(confidence)?;
    let se = standard_error(sigma, n)?;
    let z = two_sided_critical(&Normal::standard(), confidence)?;
    Ok(ConfidenceInterval::new(mean, se, z))
}

/// The z interval from data and a known `σ`.
pub fn z_interval_from_data(
    xs: &[f64],
    sigma: f64,
    confidence: f64,
) -> Result<ConfidenceInterval, InferenceError> {
    let s = Summary::from_data(xs)?;
    z_interval(s.mean, sigma, s.n, confidence)
}

/// The t interval `x̄ ± t_{1−α/2, n−1}·s/√n` for a mean with `σ` estimated by the sample
/// standard deviation `s` (`n − 1` divisor) and `n − 1` degrees of freedom. scipy:
/// `t.interval(confidence, n−1, loc=x̄, scale=s/√n)`. `Err` for `n < 2`.
pub fn t_interval(
    summary: &Summary,
    confidence: f64,
) -> Result<ConfidenceInterval, InferenceError> {
    let confidence = check_confidence(confidence)?;
    if summary.n < 2 {
        return Err(InferenceError::TooFewValues {
            what: "a t interval",
            needed: 2,
            got: summary.n,
        });
    }
    let t = two_sided_critical(&StudentT::new((summary.n - 1) as f64)?, confidence)?;
    Ok(ConfidenceInterval::new(
        summary.mean,
        summary.standard_error(),
        t,
    ))
}

/// The t interval from data.
pub fn t_interval_from_data(
    xs: &[f64],
    confidence: f64,
) -> Result<ConfidenceInterval, InferenceError> {
    t_interval(&Summary::from_data(xs)?, confidence)
}
