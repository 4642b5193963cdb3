//! Two-sample t tests of `H₀: μ₁ = μ₂`: Welch's (unequal variances) and the pooled one.
//!
//! scipy's `ttest_ind` pools the variances **by default** (`equal_var=True`); Welch's test is
//! `equal_var=False`. Welch's is the safer choice when the spreads differ; both are here so that
//! either convention can be checked and named.

use super::error::InferenceError;
use super::hypothesis::{Alternative, TestResult, p_value};
use super::summary::Summary;
use crate::math::prob::distributions::StudentT;

fn check_sizes(a: &Summary, b: &Summary, what: &'static str) -> Result<(), InferenceError> {
    let got = a.n.min(b.n);
    if got < 2 {
        return Err(InferenceError::TooFewValues {
            what,
            needed: 2,
            got,
        });
    }
    Ok(())
}

/// `(m, s₁²/(n₁m²), s₂²/(n₂m²))` with `m = max(s₁, s₂)`: the squared standard errors in units
/// of `m²`, so that neither squaring nor squaring again overflows (data near 1e150 would:
/// `(s²/n)²` is 1e600; scipy's `ttest_ind(equal_var=False)` returns df = 1 there).
fn scaled_variances(a: &Summary, b: &Summary) -> (f64, f64, f64) {
    let m = a.sd.max(b.sd);
    if m == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    let (r1, r2) = (a.sd / m, b.sd / m);
    (m, r1 * r1 / a.n as f64, r2 * r2 / b.n as f64)
}

/// The Welch–Satterthwaite degrees of freedom
/// `ν = (s₁²/n₁ + s₂²/n₂)² / [ (s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1) ]` (not an integer in general),
/// computed in units of `max(s₁, s₂)²` (ν does not depend on the units). NaN when both standard
/// deviations are 0.
pub fn welch_df(a: &Summary, b: &Summary) -> f64 {
    let (_, v1, v2) = scaled_variances(a, b);
    (v1 + v2).powi(2) / (v1 * v1 / (a.n - 1) as f64 + v2 * v2 / (b.n - 1) as f64)
}

/// Welch's t test: `t = (x̄₁ − x̄₂)/√(s₁²/n₁ + s₂²/n₂)` with [`welch_df`] degrees of freedom
/// (scipy's `ttest_ind(a, b, equal_var=False)`). `Err` for a sample of fewer than two or both
/// standard deviations 0.
pub fn welch_t_test(
    a: &Summary,
    b: &Summary,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    check_sizes(a, b, "Welch's t test")?;
    let (m, v1, v2) = scaled_variances(a, b);
    let se = m * (v1 + v2).sqrt();
    if se == 0.0 {
        return Err(InferenceError::ZeroSpread);
    }
    let t = (a.mean - b.mean) / se;
    let df = welch_df(a, b);
    Ok(TestResult {
        statistic: t,
        df: Some(df),
        p_value: p_value(&StudentT::new(df)?, t, alternative),
        standard_error: se,
    })
}

/// The pooled two-sample t test: `s_p² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)`,
/// `t = (x̄₁ − x̄₂)/(s_p·√(1/n₁ + 1/n₂))`, `n₁ + n₂ − 2` degrees of freedom (scipy's default
/// `ttest_ind(a, b)`, `equal_var=True`).
pub fn pooled_t_test(
    a: &Summary,
    b: &Summary,
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    check_sizes(a, b, "the pooled t test")?;
    let (n1, n2) = (a.n as f64, b.n as f64);
    let df = n1 + n2 - 2.0;
    // s_p² in units of m² = max(s₁, s₂)², so that squaring cannot overflow.
    let m = a.sd.max(b.sd);
    let (r1, r2) = if m > 0.0 {
        (a.sd / m, b.sd / m)
    } else {
        (0.0, 0.0)
    };
    let pooled_var = ((n1 - 1.0) * r1 * r1 + (n2 - 1.0) * r2 * r2) / df;
    let se = m * (pooled_var * (1.0 / n1 + 1.0 / n2)).sqrt();
    if se == 0.0 {
        return Err(InferenceError::ZeroSpread);
    }
    let t = (a.mean - b.mean) / se;
    Ok(TestResult {
        statistic: t,
        df: Some(df),
        p_value: p_value(&StudentT::new(df)?, t, alternative),
        standard_error: se,
    })
}

/// Welch's t test from data.
pub fn welch_t_test_from_data(
    xs: &[f64],
    ys: &[f64],
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    welch_t_test(
        &Summary::from_data(xs)?,
        &Summary::from_data(ys)?,
        alternative,
    )
}

/// The pooled t test from data.
pub fn pooled_t_test_from_data(
    xs: &[f64],
    ys: &[f64],
    alternative: Alternative,
) -> Result<TestResult, InferenceError> {
    pooled_t_test(
        &Summary::from_data(xs)?,
        &Summary::from_data(ys)?,
        alternative,
    )
}
