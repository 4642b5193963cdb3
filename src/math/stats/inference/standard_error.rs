//! The standard error of a sample mean.

use super::error::{InferenceError, check};

/// `SE = σ/√n`: the standard deviation of the mean of `n` independent observations with
/// standard deviation `σ` (the spread of `x̄` shrinks like `1/√n`). `Err` unless `σ ≥ 0` is
/// finite and `n ≥ 1`.
pub fn standard_error(sigma: f64, n: usize) -> Result<f64, InferenceError> {
    let sigma = check("σ", sigma, "finite and at least 0", |s| {
        s >= 0.0 && s.is_finite()
    })?;
    if n == 0 {
        return Err(InferenceError::TooFewValues {
            what: "a standard error",
            needed: 1,
            got: 0,
        });
    }
    Ok(sigma / (n as f64).sqrt())
}
