//! One-sample tests of a mean: the z test (σ known) and the t test (σ estimated).

use super::error::{InferenceError, check};
use super::hypothesis::{Alternative, TestResult, p_value};
use super::standard_error::standard_error;
use super::summary::Summary;
use crate::math::prob::distributions::{Normal, StudentT};

/// The one-sample z test of `H₀: μ = μ₀` with known `σ`: `z = (x̄ − μ₀)/(σ/√n)`, p-value from
/// the standard normal. `Err` for `σ ≤ 0`, `n = 0` or a non-finite mean.
pub fn z_test(
    mean: f64,
    mu0: f64,
    sigma: f64,
    n: usize,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    let mean = check("the mean", mean, "a finite number", f64::is_finite)?;
    let mu0 = check("μ₀", mu0, "a finite number", f64::is_finite)?;
    check("σ", sigma, "finite and greater than 0", |s| {
        s > 0.0 && s.is_finite()
    })?;
    let se = standard_error(sigma, n)?;
    let z = (mean - mu0) / se;
    Ok(TestResult {
        statistic: z,
        df: None,
        p_value: p_value(&Normal::standard(), z, alternative),
        standard_error: se,
    })
}

/// The z test from data and a known `σ`.
pub fn z_test_from_data(
    xs: &[f64],
    mu0: f64,
    sigma: f64,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    let s = Summary::from_data(xs)?;
    z_test(s.mean, mu0, sigma, s.n, alternative)
}

/// The one-sample t test of `H₀: μ = μ₀`: `t = (x̄ − μ₀)/(s/√n)` with the sample standard
/// deviation `s` (`n − 1` divisor) and `n − 1` degrees of freedom, as scipy's `ttest_1samp`.
/// `Err` for `n < 2` or `s = 0` (t undefined).
pub fn t_test(
    summary: &Summary,
    mu0: f64,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    let mu0 = check("μ₀", mu0, "a finite number", f64::is_finite)?;
    if summary.n < 2 {
        return Err(InferenceError::TooFewValues {
            what: "a t test",
            needed: 2,
            got: summary.n,
        });
    }
    if summary.sd == 0.0 {
        return Err(InferenceError::ZeroSpread);
    }
    let se = summary.standard_error();
    let t = (summary.mean - mu0) / se;
    let df = (summary.n - 1) as f64;
    Ok(TestResult {
        statistic: t,
        df: Some(df),
        p_value: p_value(&StudentT::new(df)?, t, alternative),
        standard_error: se,
    })
}

/// The one-sample t test from data (scipy's `ttest_1samp(xs, μ₀, alternative=…)`).
pub fn t_test_from_data(
    xs: &[f64],
    mu0: f64,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    t_test(&Summary::from_data(xs)?, mu0, alternative)
}
