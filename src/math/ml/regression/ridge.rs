//! Ridge regression in closed form, on sklearn's objective
//! ‖y − Xw − b‖² + α‖w‖² (`sklearn.linear_model.Ridge(alpha=α)`; no 1/n, no ½, intercept not
//! penalised). Centring X and y removes b; then w = (XcᵀXc + αI)⁻¹Xcᵀyc and b = ȳ − x̄ᵀw.
//! As α grows every coefficient shrinks smoothly towards 0 but none becomes exactly 0.

use super::{Centred, LinearFit, check_alpha, check_data, finite_fit, solve_spd};
use crate::math::ml::error::MlResult;
use nalgebra::DMatrix;

/// The ridge fit. α = 0 is ordinary least squares (then dependent columns are an error).
/// Errors: α < 0 or not finite, bad shapes or values, no rows.
pub fn fit_ridge(x: &DMatrix<f64>, y: &[f64], alpha: f64) -> MlResult<LinearFit> {
    check_alpha(alpha)?;
    check_data("ridge", x, y, 1)?;
    let c = Centred::new(x, y);
    let p = x.ncols();
    let g = c.x.transpose() * &c.x + DMatrix::<f64>::identity(p, p) * alpha;
    let w = solve_spd(g, &(c.x.transpose() * &c.y))?;
    finite_fit("ridge", c.fit(w))
}

#[cfg(test)]
mod tests {
    use super::super::fit_qr;
    use super::super::tests::small;
    use super::*;

    /// sklearn's objective, directly.
    fn objective(x: &DMatrix<f64>, y: &[f64], fit: &LinearFit, alpha: f64) -> f64 {
        let yhat = fit.predict(x).unwrap();
        let rss: f64 = y.iter().zip(&yhat).map(|(a, b)| (a - b).powi(2)).sum();
        rss + alpha * fit.coef.iter().map(|w| w * w).sum::<f64>()
    }

    #[test]
    fn minimises_the_objective_and_shrinks() {
        let (x, y) = small();
        let ols = fit_qr(&x, &y).unwrap();
        let zero = fit_ridge(&x, &y, 0.0).unwrap();
        for (g, w) in zero
            .coefficients_then_intercept()
            .iter()
            .zip(ols.coefficients_then_intercept())
        {
            assert!((g - w).abs() < 1e-10);
        }
        let alpha = 3.0;
        let fit = fit_ridge(&x, &y, alpha).unwrap();
        let best = objective(&x, &y, &fit, alpha);
        // Any small move of w or b raises the objective.
        for k in 0..3 {
            for d in [-1e-4, 1e-4] {
                let mut moved = fit.clone();
                if k < 2 {
                    moved.coef[k] += d;
                } else {
                    moved.intercept += d;
                }
                assert!(objective(&x, &y, &moved, alpha) > best);
            }
        }
        let norm = |f: &LinearFit| f.coef.iter().map(|w| w * w).sum::<f64>();
        let big = fit_ridge(&x, &y, 1e6).unwrap();
        assert!(norm(&fit) < norm(&ols) && norm(&big) < 1e-6 && big.coef.iter().all(|&w| w != 0.0));
        assert!(fit_ridge(&x, &y, -1.0).is_err());
        assert!(fit_ridge(&x, &y, f64::NAN).is_err());
    }
}
