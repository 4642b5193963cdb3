//! Mean squared error, with and without the ½.
//!
//! MSE(y, ŷ) = (1/n) Σ (ŷᵢ − yᵢ)², with ∂/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ): `torch.nn.MSELoss`,
//! `sklearn.metrics.mean_squared_error`. The ½-convention (1/(2n)) Σ (ŷᵢ − yᵢ)², common in
//! textbooks and in sklearn's SGD objectives, has the tidier gradient (1/n)(ŷᵢ − yᵢ): the two
//! differ by a factor 2 in the value and in the gradient, so say which one you use.

use super::{gradient_of, mean_of};
use crate::math::ml::error::MlResult;

/// MSE = (1/n) Σ (ŷᵢ − yᵢ)².
pub fn mse(y: &[f64], yhat: &[f64]) -> MlResult<f64> {
    mean_of(y, yhat, |a, b| (b - a) * (b - a))
}

/// ∂MSE/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ).
pub fn mse_gradient(y: &[f64], yhat: &[f64]) -> MlResult<Vec<f64>> {
    gradient_of(y, yhat, |a, b| 2.0 * (b - a))
}

/// The ½-convention: (1/(2n)) Σ (ŷᵢ − yᵢ)², half of [`mse`].
pub fn half_mse(y: &[f64], yhat: &[f64]) -> MlResult<f64> {
    mean_of(y, yhat, |a, b| 0.5 * (b - a) * (b - a))
}

/// ∂/∂ŷᵢ of the ½-convention: (1/n)(ŷᵢ − yᵢ).
pub fn half_mse_gradient(y: &[f64], yhat: &[f64]) -> MlResult<Vec<f64>> {
    gradient_of(y, yhat, |a, b| b - a)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{close, numeric_gradient};
    use super::*;

    #[test]
    fn values_and_gradients() {
        let (y, yhat) = ([1.0, 2.0, 4.0], [1.5, 1.0, 4.0]);
        // (0.25 + 1 + 0)/3
        assert!((mse(&y, &yhat).unwrap() - 1.25 / 3.0).abs() < 1e-15);
        assert!((half_mse(&y, &yhat).unwrap() - 1.25 / 6.0).abs() < 1e-15);
        assert_eq!(
            mse_gradient(&y, &yhat).unwrap(),
            [1.0 / 3.0, -2.0 / 3.0, 0.0]
        );
        assert_eq!(
            half_mse_gradient(&y, &yhat).unwrap(),
            [0.5 / 3.0, -1.0 / 3.0, 0.0]
        );
        let num = numeric_gradient(&yhat, |p| mse(&y, p).unwrap());
        assert!(close(&mse_gradient(&y, &yhat).unwrap(), &num, 1e-8));
        assert!(mse(&[1.0], &[1.0, 2.0]).is_err());
        assert!(mse(&[], &[]).is_err());
        assert!(mse(&[f64::NAN], &[1.0]).is_err());
    }
}
