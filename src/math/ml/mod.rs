//! The mathematics of training: losses and their gradients, stable softmax and log-sum-exp,
//! linear regression, ridge and lasso, cross-validation bookkeeping, bias and variance.
//!
//! Inputs are `f64` slices (a vector per batch) and `nalgebra::DMatrix<f64>` for a design
//! matrix X with one row per example. Every routine checks its input and returns
//! [`MlError`] rather than panicking; each file's doc comment states its formula and which
//! library's convention it follows (sklearn's objectives, torch's reductions, numpy's shapes).

pub mod activations;
pub mod bias_variance;
mod error;
pub mod kfold;
pub mod loss;
pub mod penalty;
pub mod regression;
pub mod split;

pub use activations::{log_sigmoid, log_softmax, logsumexp, sigmoid, softmax, softplus};
pub use error::{MlError, MlResult};
