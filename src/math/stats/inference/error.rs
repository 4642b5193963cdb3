//! Why an inference cannot be computed.

use crate::math::prob::distributions::DistError;

/// Bad input to an interval, a test or a correction; each message says what to change.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum InferenceError {
    /// A parameter outside its domain (or NaN).
    #[error("{name} = {value} is not allowed; {name} must be {requirement}")]
    Parameter {
        name: &'static str,
        value: f64,
        requirement: &'static str,
    },
    /// Too few observations for the statistic.
    #[error("{what} needs at least {needed} observations, got {got}")]
    TooFewValues {
        what: &'static str,
        needed: usize,
        got: usize,
    },
    /// A data value is NaN or infinite.
    #[error("the data contain a value that is not a finite number (NaN or infinite)")]
    NotFinite,
    /// Every observation is the same, so the standard error is 0 and t is undefined.
    #[error("all observations are equal: the standard deviation is 0, so t is undefined")]
    ZeroSpread,
    /// A distribution could not be built (for example a t with an impossible df).
    #[error(transparent)]
    Distribution(#[from] DistError),
}

/// `Ok(value)` when `ok(value)` holds (NaN never does), else the error for this parameter.
pub(crate) fn check(
    name: &'static str,
    value: f64,
    requirement: &'static str,
    ok: impl Fn(f64) -> bool,
) -> Result<f64, InferenceError> {
    if !value.is_nan() && ok(value) {
        Ok(value)
    } else {
        Err(InferenceError::Parameter {
            name,
            value,
            requirement,
        })
    }
}

/// A confidence level strictly between 0 and 1 (0.95 for 95%).
pub(crate) fn check_confidence(confidence: f64) -> Result<f64, InferenceError> {
    check(
        "confidence",
        confidence,
        "strictly between 0 and 1 (0.95 for 95%)",
        |c| c > 0.0 && c < 1.0,
    )
}

/// A significance level α strictly between 0 and 1.
pub(crate) fn check_alpha(alpha: f64) -> Result<f64, InferenceError> {
    check("α", alpha, "strictly between 0 and 1", |a| {
        a > 0.0 && a < 1.0
    })
}
