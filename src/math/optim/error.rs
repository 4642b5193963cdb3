//! What can go wrong in an optimization: bad input, reported before any step is taken.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum OptimError {
    #[error("the start point has {got} coordinates; this problem has {want}")]
    Dimension { got: usize, want: usize },
    #[error("the start point has a non-finite coordinate (NaN or ±∞): give finite numbers")]
    NonFinite,
    #[error("{name} = {value} is out of range: it must be {range}")]
    Hyperparameter {
        name: &'static str,
        value: f64,
        range: &'static str,
    },
    #[error("a mini-batch needs at least one example (batch size {batch}, {examples} examples)")]
    EmptyBatch { batch: usize, examples: usize },
    #[error("{0}")]
    Problem(&'static str),
}

/// `Ok(value)` when `ok(value)`, else the out-of-range error naming the hyperparameter.
pub(crate) fn check(
    name: &'static str,
    value: f64,
    range: &'static str,
    ok: impl Fn(f64) -> bool,
) -> Result<f64, OptimError> {
    if value.is_finite() && ok(value) {
        Ok(value)
    } else {
        Err(OptimError::Hyperparameter { name, value, range })
    }
}

/// A learning rate: finite and positive.
pub(crate) fn learning_rate(lr: f64) -> Result<f64, OptimError> {
    check("lr", lr, "positive", |v| v > 0.0)
}

/// A decay rate (β, μ, α): in [0, 1).
pub(crate) fn decay(name: &'static str, value: f64) -> Result<f64, OptimError> {
    check(name, value, "in [0, 1)", |v| (0.0..1.0).contains(&v))
}
