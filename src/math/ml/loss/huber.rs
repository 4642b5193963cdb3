//! The Huber loss with threshold δ > 0, averaged over the batch (`torch.nn.HuberLoss(delta=δ)`):
//! with r = ŷ − y,
//! ℓ_δ(r) = ½r² for |r| ≤ δ and δ(|r| − ½δ) beyond: quadratic near 0, linear in the tails
//! (less pulled by outliers than MSE), with a continuous derivative
//! ℓ′_δ(r) = r for |r| ≤ δ and δ·sign(r) beyond (r clipped to [−δ, δ]).
//! (torch's `SmoothL1Loss(beta)` is ℓ_β/β; sklearn's `HuberRegressor` also rescales by σ.)

use super::absolute::sign;
use super::{gradient_of, mean_of};
use crate::math::ml::error::{MlError, MlResult};

fn check_delta(delta: f64) -> MlResult<()> {
    if delta > 0.0 && delta.is_finite() {
        Ok(())
    } else {
        Err(MlError::OutOfRange {
            what: "the Huber threshold δ",
            expected: "a positive number",
            got: delta,
        })
    }
}

/// (1/n) Σ ℓ_δ(ŷᵢ − yᵢ).
pub fn huber(y: &[f64], yhat: &[f64], delta: f64) -> MlResult<f64> {
    check_delta(delta)?;
    mean_of(y, yhat, |a, b| {
        let r = (b - a).abs();
        if r <= delta {
            0.5 * r * r
        } else {
            delta * (r - 0.5 * delta)
        }
    })
}

/// (1/n)·ℓ′_δ(ŷᵢ − yᵢ): the residual clipped to [−δ, δ], over n.
pub fn huber_gradient(y: &[f64], yhat: &[f64], delta: f64) -> MlResult<Vec<f64>> {
    check_delta(delta)?;
    gradient_of(y, yhat, |a, b| {
        let r = b - a;
        if r.abs() <= delta { r } else { delta * sign(r) }
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{close, numeric_gradient};
    use super::*;

    #[test]
    fn quadratic_inside_linear_outside() {
        let (y, yhat) = ([0.0, 0.0, 0.0], [0.5, -3.0, 1.0]);
        // ½·0.25, 1·(3 − ½), ½·1 with δ = 1.
        let want = (0.125 + 2.5 + 0.5) / 3.0;
        assert!((huber(&y, &yhat, 1.0).unwrap() - want).abs() < 1e-15);
        assert_eq!(
            huber_gradient(&y, &yhat, 1.0).unwrap(),
            [0.5 / 3.0, -1.0 / 3.0, 1.0 / 3.0]
        );
        let p = [0.5, -3.0, 1.7];
        let num = numeric_gradient(&p, |q| huber(&y, q, 1.0).unwrap());
        assert!(close(&huber_gradient(&y, &p, 1.0).unwrap(), &num, 1e-8));
        // A huge δ is MSE's ½-convention.
        let half = crate::math::ml::loss::half_mse(&y, &p).unwrap();
        assert!((huber(&y, &p, 1e6).unwrap() - half).abs() < 1e-15);
        assert!(huber(&y, &p, 0.0).is_err() && huber(&y, &p, f64::NAN).is_err());
    }
}
