//! What can be wrong with a simulation's input.

use thiserror::Error;

/// An error of a simulation routine; the message says how to fix the input.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum SimError {
    /// A parameter is out of its domain (NaN, infinite, negative where it must be positive, …).
    #[error("{what} must be {must}, got {got}")]
    Parameter {
        what: &'static str,
        must: &'static str,
        got: f64,
    },
    /// A count is zero, or too large to simulate in reasonable time and memory.
    #[error("{what} must be from {min} to {max}, got {got}")]
    Count {
        what: &'static str,
        min: u64,
        max: u64,
        got: u64,
    },
    /// A sample holds no values, or a value that is not a finite number.
    #[error("the sample {0}")]
    Sample(&'static str),
}

/// `Ok(x)` when `x` is finite, else a [`SimError::Parameter`].
pub(crate) fn finite(what: &'static str, x: f64) -> Result<f64, SimError> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(SimError::Parameter {
            what,
            must: "a finite number",
            got: x,
        })
    }
}

/// `Ok(x)` when `x` is finite and positive, else a [`SimError::Parameter`].
pub(crate) fn positive(what: &'static str, x: f64) -> Result<f64, SimError> {
    if x.is_finite() && x > 0.0 {
        Ok(x)
    } else {
        Err(SimError::Parameter {
            what,
            must: "a finite positive number",
            got: x,
        })
    }
}

/// `Ok(n)` when `min ≤ n ≤ max`, else a [`SimError::Count`].
pub(crate) fn count(what: &'static str, n: u64, min: u64, max: u64) -> Result<u64, SimError> {
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(SimError::Count {
            what,
            min,
            max,
            got: n,
        })
    }
}
