//! The summary of a sample that the intervals and tests need: size, mean, sample standard
//! deviation.
//!
//! TO BE REPLACED AT MERGE: the private helpers `mean` and `sample_sd` at the bottom of this
//! file stand in for `math::stats::descriptive` (written at the same time by another engineer);
//! `Summary::from_data` should call that module instead.

use super::error::{InferenceError, check};

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
            mean: mean(xs),
            sd: sample_sd(xs),
        })
    }

    /// The standard error of the mean `s/√n`.
    pub fn standard_error(&self) -> f64 {
        self.sd / (self.n as f64).sqrt()
    }
}

// ---- stand-ins for `math::stats::descriptive`, to be replaced at merge ----------------------

/// The largest `|x|`, by which the data are divided so that sums and squares cannot overflow
/// or underflow (data near 1e±300 keep their digits).
fn scale(xs: &[f64]) -> f64 {
    let m = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if m == 0.0 { 1.0 } else { m }
}

/// `x̄ = Σxᵢ/n` (on the scaled data).
pub(crate) fn mean(xs: &[f64]) -> f64 {
    let s = scale(xs);
    xs.iter().map(|x| x / s).sum::<f64>() / xs.len() as f64 * s
}

/// `s = √(Σ(xᵢ − x̄)²/(n − 1))`, two passes (on the scaled data), for `n ≥ 2`.
pub(crate) fn sample_sd(xs: &[f64]) -> f64 {
    let s = scale(xs);
    let m = xs.iter().map(|x| x / s).sum::<f64>() / xs.len() as f64;
    let ss: f64 = xs.iter().map(|x| (x / s - m).powi(2)).sum();
    (ss / (xs.len() - 1) as f64).sqrt() * s
}
