//! Inference for a proportion: the Wald interval and the one-sample z test.

use super::error::{InferenceError, check, check_confidence};
use super::hypothesis::{Alternative, TestResult, p_value};
use super::mean_interval::ConfidenceInterval;
use crate::math::prob::distributions::{Continuous, Normal};

fn sample_proportion(successes: u64, n: u64) -> Result<f64, InferenceError> {
    if n == 0 {
        return Err(InferenceError::TooFewValues {
            what: "a proportion",
            needed: 1,
            got: 0,
        });
    }
    check(
        "the number of successes",
        successes as f64,
        "at most n",
        |x| x <= n as f64,
    )?;
    Ok(successes as f64 / n as f64)
}

/// The Wald interval `p̂ ± z_{1−α/2}·√(p̂(1 − p̂)/n)` with `p̂ = x/n`, uses the *estimated*
/// proportion in the standard error. Not clipped to [0, 1], as the textbook formula; statsmodels'
/// `proportion_confint(x, n, alpha, method="normal")` clips it, which only differs when an end
/// falls outside [0, 1].
pub fn wald_interval(
    successes: u64,
    n: u64,
    confidence: f64,
) -> Result<ConfidenceInterval, InferenceError> {
    let confidence = check_confidence(confidence)?;
    let p_hat = sample_proportion(successes, n)?;
    let se = (p_hat * (1.0 - p_hat) / n as f64).sqrt();
    let z = Normal::standard().isf((1.0 - confidence) / 2.0)?;
    Ok(ConfidenceInterval::new(p_hat, se, z))
}

/// The z test of `H₀: p = p₀` for a proportion: `z = (p̂ − p₀)/√(p₀(1 − p₀)/n)`, the standard
/// error under `H₀` (the textbook test; statsmodels' `proportions_ztest` uses `p̂` unless given
/// `prop_var=p₀`). `Err` unless `0 < p₀ < 1`.
pub fn proportion_z_test(
    successes: u64,
    n: u64,
    p0: f64,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    let p0 = check("p₀", p0, "strictly between 0 and 1", |p| {
        p > 0.0 && p < 1.0
    })?;
    let p_hat = sample_proportion(successes, n)?;
    let se = (p0 * (1.0 - p0) / n as f64).sqrt();
    let z = (p_hat - p0) / se;
    Ok(TestResult {
        statistic: z,
        df: None,
        p_value: p_value(&Normal::standard(), z, alternative),
        standard_error: se,
    })
}
