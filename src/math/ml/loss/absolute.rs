//! Mean absolute error: (1/n) Σ |ŷᵢ − yᵢ| (`sklearn.metrics.mean_absolute_error`,
//! `torch.nn.L1Loss`).
//!
//! |r| has no derivative at r = 0; the gradient returned is the subgradient
//! (1/n)·sign(ŷᵢ − yᵢ) with sign(0) = 0, as torch's autograd gives (any value in [−1/n, 1/n]
//! would be a valid subgradient there).

use super::{gradient_of, mean_of};
use crate::math::ml::error::MlResult;

/// MAE = (1/n) Σ |ŷᵢ − yᵢ|.
pub fn mae(y: &[f64], yhat: &[f64]) -> MlResult<f64> {
    mean_of(y, yhat, |a, b| (b - a).abs())
}

/// (1/n)·sign(ŷᵢ − yᵢ), with 0 where ŷᵢ = yᵢ.
pub fn mae_gradient(y: &[f64], yhat: &[f64]) -> MlResult<Vec<f64>> {
    gradient_of(y, yhat, |a, b| sign(b - a))
}

/// sign(r) ∈ {−1, 0, 1}, 0 at 0 (unlike `f64::signum`, which gives ±1 at ±0).
pub(crate) fn sign(r: f64) -> f64 {
    if r > 0.0 {
        1.0
    } else if r < 0.0 {
        -1.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{close, numeric_gradient};
    use super::*;

    #[test]
    fn value_and_subgradient() {
        let (y, yhat) = ([1.0, 2.0, 4.0, 0.0], [1.5, 1.0, 4.0, -3.0]);
        assert!((mae(&y, &yhat).unwrap() - 4.5 / 4.0).abs() < 1e-15);
        assert_eq!(mae_gradient(&y, &yhat).unwrap(), [0.25, -0.25, 0.0, -0.25]);
        // Away from the kink the subgradient is the derivative.
        let p = [1.5, 1.0, 4.2, -3.0];
        let num = numeric_gradient(&p, |q| mae(&y, q).unwrap());
        assert!(close(&mae_gradient(&y, &p).unwrap(), &num, 1e-8));
    }
}
