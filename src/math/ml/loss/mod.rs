//! Losses of a batch of n predictions and their gradients with respect to the predictions.
//!
//! Every loss here is the MEAN over the batch (torch's and Keras's default `reduction="mean"`,
//! sklearn's metrics), so each gradient carries the factor 1/n: ∂L/∂ŷᵢ = (1/n)·ℓ′(yᵢ, ŷᵢ).
//! A loss without the mean (the sum) is a named mistake in the exercises: its gradient is n
//! times too large.

mod absolute;
mod binary_cross_entropy;
mod categorical_cross_entropy;
mod huber;
mod squared;

pub(crate) use absolute::sign;
pub use absolute::{mae, mae_gradient};
pub use binary_cross_entropy::{
    PROBABILITY_CLIP, bce, bce_gradient, bce_with_logits, bce_with_logits_gradient,
};
pub use categorical_cross_entropy::{Targets, cce, cce_with_logits, cce_with_logits_gradient};
pub use huber::{huber, huber_gradient};
pub use squared::{half_mse, half_mse_gradient, mse, mse_gradient};

use super::error::{MlResult, paired};

/// The mean of `term(yᵢ, ŷᵢ)` over a batch, after checking the two are finite, non-empty and
/// paired.
fn mean_of(y: &[f64], yhat: &[f64], term: impl Fn(f64, f64) -> f64) -> MlResult<f64> {
    paired("y and ŷ", y, yhat)?;
    let total: f64 = y.iter().zip(yhat).map(|(&a, &b)| term(a, b)).sum();
    Ok(total / y.len() as f64)
}

/// The gradient (1/n)·`derivative(yᵢ, ŷᵢ)` of a mean loss, after the same checks.
fn gradient_of(
    y: &[f64],
    yhat: &[f64],
    derivative: impl Fn(f64, f64) -> f64,
) -> MlResult<Vec<f64>> {
    paired("y and ŷ", y, yhat)?;
    let n = y.len() as f64;
    Ok(y.iter()
        .zip(yhat)
        .map(|(&a, &b)| derivative(a, b) / n)
        .collect())
}

#[cfg(test)]
pub(crate) mod tests {
    /// The central difference of `loss` in coordinate i of `yhat` (the independent check of every
    /// gradient here): (L(ŷ + h·eᵢ) − L(ŷ − h·eᵢ)) / 2h.
    pub(crate) fn numeric_gradient(yhat: &[f64], loss: impl Fn(&[f64]) -> f64) -> Vec<f64> {
        (0..yhat.len())
            .map(|i| {
                let h = 1e-6 * yhat[i].abs().max(1.0);
                let mut up = yhat.to_vec();
                let mut down = yhat.to_vec();
                up[i] += h;
                down[i] -= h;
                (loss(&up) - loss(&down)) / (2.0 * h)
            })
            .collect()
    }

    pub(crate) fn close(a: &[f64], b: &[f64], tol: f64) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| (x - y).abs() <= tol * y.abs().max(1.0))
    }
}
