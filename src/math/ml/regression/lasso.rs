//! The lasso by cyclic coordinate descent with soft-thresholding, on sklearn's objective
//! (1/(2n))‖y − Xw − b‖² + α‖w‖₁ (`sklearn.linear_model.Lasso(alpha=α)`; intercept not
//! penalised: X and y are centred, b = ȳ − x̄ᵀw).
//!
//! Multiplying by n, the problem is ½‖yc − Xc w‖² + nα‖w‖₁. Holding the other coordinates
//! fixed, with r the residual without feature j's part, ρⱼ = xⱼᵀr and the minimiser over wⱼ is
//! wⱼ = S(ρⱼ, nα)/‖xⱼ‖² ([`crate::math::ml::penalty::soft_threshold`]): a coordinate whose
//! |ρⱼ| ≤ nα is set to exactly 0. Sweeps run j = 1 … p from w = 0. Like sklearn's
//! `enet_coordinate_descent`: after a sweep whose largest change is below `tol` times the
//! largest |wⱼ| (or when all wⱼ are 0, or at the last sweep) the duality gap is computed, and the
//! run stops when it is below `tol`·‖yc‖². Defaults `tol` = 1e-4, `max_iter` = 1000 as sklearn.

use super::{Centred, LinearFit, check_alpha, check_data};
use crate::math::ml::error::MlResult;
use crate::math::ml::penalty::soft_threshold;
use nalgebra::DMatrix;

/// sklearn's stopping rule's settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LassoOptions {
    pub tol: f64,
    pub max_iter: usize,
}

impl Default for LassoOptions {
    fn default() -> LassoOptions {
        LassoOptions {
            tol: 1e-4,
            max_iter: 1000,
        }
    }
}

/// A lasso fit, the sweeps it took, the final duality gap (of the problem scaled by n) and
/// whether the gap went below tol·‖yc‖² (sklearn warns when it does not).
#[derive(Debug, Clone, PartialEq)]
pub struct LassoFit {
    pub fit: LinearFit,
    pub iterations: usize,
    pub dual_gap: f64,
    pub converged: bool,
}

/// The lasso fit by coordinate descent. Errors: α < 0 or not finite, bad shapes or values.
pub fn fit_lasso(
    x: &DMatrix<f64>,
    y: &[f64],
    alpha: f64,
    opts: LassoOptions,
) -> MlResult<LassoFit> {
    check_alpha(alpha)?;
    check_data("lasso", x, y, 1)?;
    let c = Centred::new(x, y);
    let (n, p) = c.x.shape();
    let penalty = alpha * n as f64;
    let norms: Vec<f64> = c.x.column_iter().map(|col| col.norm_squared()).collect();
    let mut w = vec![0.0; p];
    let mut r = c.y.clone();
    let tol = opts.tol * c.y.norm_squared();
    let (mut gap, mut converged, mut iterations) = (f64::INFINITY, false, 0);
    for sweep in 0..opts.max_iter {
        iterations = sweep + 1;
        let (mut w_max, mut dw_max) = (0.0_f64, 0.0_f64);
        for j in 0..p {
            if norms[j] == 0.0 {
                continue;
            }
            let col = c.x.column(j);
            let old = w[j];
            if old != 0.0 {
                r.axpy(old, &col, 1.0);
            }
            let rho = col.dot(&r);
            w[j] = soft_threshold(rho, penalty) / norms[j];
            if w[j] != 0.0 {
                r.axpy(-w[j], &col, 1.0);
            }
            dw_max = dw_max.max((w[j] - old).abs());
            w_max = w_max.max(w[j].abs());
        }
        if w_max == 0.0 || dw_max / w_max < opts.tol || sweep + 1 == opts.max_iter {
            gap = duality_gap(&c, &w, &r, penalty);
            if gap < tol {
                converged = true;
                break;
            }
        }
    }
    Ok(LassoFit {
        fit: c.fit(w),
        iterations,
        dual_gap: gap,
        converged,
    })
}

/// The duality gap of ½‖yc − Xc w‖² + λ‖w‖₁ at w with residual r: the dual point is r scaled
/// into the feasible set ‖Xcᵀν‖∞ ≤ λ, and the gap is primal − dual ≥ 0 (0 at the optimum).
fn duality_gap(c: &Centred, w: &[f64], r: &nalgebra::DVector<f64>, lambda: f64) -> f64 {
    let xtr = c.x.transpose() * r;
    let dual_norm = xtr.amax();
    let r2 = r.norm_squared();
    let (scale, mut gap) = if dual_norm > lambda {
        let s = lambda / dual_norm;
        (s, 0.5 * (r2 + r2 * s * s))
    } else {
        (1.0, r2)
    };
    let l1: f64 = w.iter().map(|v| v.abs()).sum();
    gap += lambda * l1 - scale * r.dot(&c.y);
    gap
}

#[cfg(test)]
mod tests {
    use super::super::tests::small;
    use super::super::{fit_qr, fit_ridge};
    use super::*;

    fn objective(x: &DMatrix<f64>, y: &[f64], fit: &LinearFit, alpha: f64) -> f64 {
        let yhat = fit.predict(x).unwrap();
        let rss: f64 = y.iter().zip(&yhat).map(|(a, b)| (a - b).powi(2)).sum();
        rss / (2.0 * y.len() as f64) + alpha * fit.coef.iter().map(|w| w.abs()).sum::<f64>()
    }

    fn tight() -> LassoOptions {
        LassoOptions {
            tol: 1e-14,
            max_iter: 100_000,
        }
    }

    #[test]
    fn minimises_the_objective_with_exact_zeros() {
        let (x, y) = small();
        let alpha = 0.3;
        let fit = fit_lasso(&x, &y, alpha, tight()).unwrap();
        assert!(fit.converged && fit.dual_gap >= -1e-12);
        let best = objective(&x, &y, &fit.fit, alpha);
        for k in 0..3 {
            for d in [-1e-5, 1e-5] {
                let mut moved = fit.fit.clone();
                if k < 2 {
                    moved.coef[k] += d;
                } else {
                    moved.intercept += d;
                }
                assert!(objective(&x, &y, &moved, alpha) >= best - 1e-13);
            }
        }
        // α = 0 is least squares; a large α zeroes every coefficient exactly and leaves b = ȳ.
        let ols = fit_qr(&x, &y).unwrap();
        let zero = fit_lasso(&x, &y, 0.0, tight()).unwrap().fit;
        for (g, w) in zero.coef.iter().zip(&ols.coef) {
            assert!((g - w).abs() < 1e-8);
        }
        let big = fit_lasso(&x, &y, 100.0, LassoOptions::default()).unwrap();
        assert_eq!(big.fit.coef, [0.0, 0.0]);
        assert!((big.fit.intercept - y.iter().sum::<f64>() / 6.0).abs() < 1e-14);
        assert!(big.converged && big.iterations == 1);
        // Unlike ridge, which never reaches 0.
        assert!(
            fit_ridge(&x, &y, 100.0)
                .unwrap()
                .coef
                .iter()
                .all(|&w| w != 0.0)
        );
        assert!(fit_lasso(&x, &y, -0.1, tight()).is_err());
    }

    #[test]
    fn one_feature_is_the_soft_threshold_of_the_least_squares_slope() {
        // One centred feature: w = S(xᵀy, nα)/xᵀx in one sweep.
        let x = DMatrix::from_column_slice(4, 1, &[-3.0, -1.0, 1.0, 3.0]);
        let y = [-2.0, 1.0, 0.0, 5.0];
        // xᵀy = 6 − 1 + 0 + 15 = 20, xᵀx = 20, n = 4, α = 1: w = (20 − 4)/20 = 0.8.
        let fit = fit_lasso(&x, &y, 1.0, tight()).unwrap();
        assert!((fit.fit.coef[0] - 0.8).abs() < 1e-15);
        assert!((fit.fit.intercept - 1.0).abs() < 1e-15);
        assert_eq!(fit_lasso(&x, &y, 5.0, tight()).unwrap().fit.coef, [0.0]);
    }
}
