//! The summary of a sample that the intervals and tests need: size, mean, sample standard
//! deviation.
//! [`Summary::from_data`] takes them from [`crate::math::stats::descriptive`].

use super::error::{InferenceError, check};
use crate::math::stats::descriptive;

/// A sample's size `n`, mean `x̄` and **sample** standard deviation
/// `s = √(Σ(xᵢ − x̄)²/(n − 1))` (divides by `n − 1`: pandas' `std`, numpy's `std(ddof=1)`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub n: usize,
    pub mean: f64,
    pub sd: f64,
}

impl Summary {
    /// A summary from its numbers; `Err` unless `n ≥ 1`, the mean is finite and `sd ≥ 0`.
    pub fn new(n: usize, mean: f64, sd: f64) -> Result<Self, InferenceError> {
        if n == 0 {
            return Err(InferenceError::TooFewValues {
                what: "a sample",
                needed: 1,
                got: 0,
            });
        }
        let mean = check("the mean", mean, "a finite number", f64::is_finite)?;
        let sd = check("the standard deviation", sd, "finite and at least 0", |s| {
            s >= 0.0 && s.is_finite()
        })?;
        Ok(Self { n, mean, sd })
    }

    /// The summary of data (`n − 1` in the standard deviation); `Err` for fewer than two values
    /// or a value that is NaN or infinite.
    pub fn from_data(xs: &[f64]) -> Result<Self, InferenceError> {
        if xs.len() < 2 {
            return Err(InferenceError::TooFewValues {
                what: "a sample standard deviation",
                needed: 2,
                got: xs.len(),
            });
        }
        if !xs.iter().all(|x| x.is_finite()) {
            return Err(InferenceError::NotFinite);
        }
        Ok(Self {
            n: xs.len(),
            // Compensated and scaled (`stats::descriptive`): right for data such as 10⁹ + small
            // values, where dividing by the largest value first would lose their digits.
            mean: descriptive::mean(xs).map_err(|_| InferenceError::NotFinite)?,
            sd: descriptive::sample_sd(xs).map_err(|_| InferenceError::NotFinite)?,
        })
    }

    /// The standard error of the mean `s/√n`.
    pub fn standard_error(&self) -> f64 {
        self.sd / (self.n as f64).sqrt()
    }
}
