//! Linear regression y ≈ Xw + b with an intercept b, by the normal equations, by QR and by
//! gradient descent; ridge and lasso; polynomial fits; R².
//!
//! CONVENTIONS: X is n × p with one row per example and one column per feature; the intercept
//! is always fitted and never penalised (sklearn's `fit_intercept=True`). Ridge and lasso centre
//! X's columns and y first, solve for w without an intercept, then set b = ȳ − x̄ᵀw, which is
//! exactly how sklearn fits them.

mod gradient_descent;
mod lasso;
mod normal_equations;
mod polynomial;
mod qr;
mod ridge;

pub use gradient_descent::{GdOptions, GdRun, fit_gradient_descent};
pub use lasso::{LassoFit, LassoOptions, fit_lasso};
pub use normal_equations::fit_normal_equations;
pub use polynomial::{Polynomial, fit_polynomial, polynomial_features};
pub use qr::fit_qr;
pub use ridge::fit_ridge;

use super::error::{MlError, MlResult, finite, paired};
use nalgebra::{DMatrix, DVector};

/// A fitted linear model ŷ = Xw + b.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearFit {
    /// w, one coefficient per column of X.
    pub coef: Vec<f64>,
    /// b.
    pub intercept: f64,
}

impl LinearFit {
    /// ŷ = Xw + b for each row of `x` (which must have as many columns as there are
    /// coefficients).
    pub fn predict(&self, x: &DMatrix<f64>) -> MlResult<Vec<f64>> {
        if x.ncols() != self.coef.len() {
            return Err(MlError::LengthMismatch {
                what: "the columns of X and the coefficients",
                left: x.ncols(),
                right: self.coef.len(),
            });
        }
        Ok(x.row_iter()
            .map(|r| self.intercept + r.iter().zip(&self.coef).map(|(a, w)| a * w).sum::<f64>())
            .collect())
    }

    /// [w₁, …, w_p, b], the calculator's order.
    pub fn coefficients_then_intercept(&self) -> Vec<f64> {
        let mut v = self.coef.clone();
        v.push(self.intercept);
        v
    }
}

/// R² = 1 − SS_res/SS_tot with SS_res = Σ(yᵢ − ŷᵢ)² and SS_tot = Σ(yᵢ − ȳ)²
/// (`sklearn.metrics.r2_score`). Errors: constant y (SS_tot = 0; sklearn then returns 1 or 0 by
/// a convention), mismatched or non-finite input.
pub fn r_squared(y: &[f64], yhat: &[f64]) -> MlResult<f64> {
    paired("y and ŷ", y, yhat)?;
    let mean = y.iter().sum::<f64>() / y.len() as f64;
    let ss_tot: f64 = y.iter().map(|v| (v - mean).powi(2)).sum();
    let ss_res: f64 = y.iter().zip(yhat).map(|(a, b)| (a - b).powi(2)).sum();
    if ss_tot == 0.0 {
        return Err(MlError::OutOfRange {
            what: "the spread of y (Σ(yᵢ − ȳ)²)",
            expected: "positive: R² is undefined for a constant y",
            got: 0.0,
        });
    }
    Ok(1.0 - ss_res / ss_tot)
}

/// Checks X (finite, at least one row and column) against y (finite, one value per row) and
/// that there are at least `need` rows.
pub(crate) fn check_data(
    what: &'static str,
    x: &DMatrix<f64>,
    y: &[f64],
    need: usize,
) -> MlResult<()> {
    if x.ncols() == 0 {
        return Err(MlError::Empty { what: "X" });
    }
    finite("X", x.as_slice())?;
    finite("y", y)?;
    if x.nrows() != y.len() {
        return Err(MlError::LengthMismatch {
            what: "the rows of X and the entries of y",
            left: x.nrows(),
            right: y.len(),
        });
    }
    if y.len() < need {
        return Err(MlError::TooFewRows {
            what,
            need,
            got: y.len(),
        });
    }
    Ok(())
}

/// A penalty weight α: finite and ≥ 0.
pub(crate) fn check_alpha(alpha: f64) -> MlResult<()> {
    if alpha >= 0.0 && alpha.is_finite() {
        Ok(())
    } else {
        Err(MlError::OutOfRange {
            what: "α",
            expected: "a number ≥ 0",
            got: alpha,
        })
    }
}

/// [1 X]: X with a leading column of ones (θ = [b, w₁, …, w_p]).
pub(crate) fn with_ones(x: &DMatrix<f64>) -> DMatrix<f64> {
    DMatrix::from_fn(x.nrows(), x.ncols() + 1, |i, j| {
        if j == 0 { 1.0 } else { x[(i, j - 1)] }
    })
}

/// θ = [b, w₁, …, w_p] as a fit.
pub(crate) fn from_theta(theta: &[f64]) -> LinearFit {
    LinearFit {
        intercept: theta[0],
        coef: theta[1..].to_vec(),
    }
}

/// X and y with their column means subtracted, and the means.
pub(crate) struct Centred {
    pub x: DMatrix<f64>,
    pub y: DVector<f64>,
    pub x_mean: Vec<f64>,
    pub y_mean: f64,
}

impl Centred {
    pub fn new(x: &DMatrix<f64>, y: &[f64]) -> Centred {
        let n = x.nrows() as f64;
        let x_mean: Vec<f64> = x.column_iter().map(|c| c.sum() / n).collect();
        let y_mean = y.iter().sum::<f64>() / n;
        Centred {
            x: DMatrix::from_fn(x.nrows(), x.ncols(), |i, j| x[(i, j)] - x_mean[j]),
            y: DVector::from_iterator(y.len(), y.iter().map(|v| v - y_mean)),
            x_mean,
            y_mean,
        }
    }

    /// The fit with coefficients `w` of the centred problem: b = ȳ − x̄ᵀw.
    pub fn fit(&self, w: Vec<f64>) -> LinearFit {
        let shift: f64 = self.x_mean.iter().zip(&w).map(|(m, c)| m * c).sum();
        LinearFit {
            intercept: self.y_mean - shift,
            coef: w,
        }
    }
}

/// `fit` when every coefficient is finite, else [`MlError::Overflow`] naming `what`.
pub(crate) fn finite_fit(what: &'static str, fit: LinearFit) -> MlResult<LinearFit> {
    if fit.intercept.is_finite() && fit.coef.iter().all(|w| w.is_finite()) {
        Ok(fit)
    } else {
        Err(MlError::Overflow { what })
    }
}

/// Solves G·θ = r for a symmetric positive semi-definite G by Cholesky, refusing G that is
/// singular or nearly so: when Cholesky fails or its pivots' ratio (min Lᵢᵢ / max Lᵢᵢ)², an
/// estimate of 1/κ(G), is below 1000·(k+1)·ε for k × k G.
pub(crate) fn solve_spd(g: DMatrix<f64>, r: &DVector<f64>) -> MlResult<Vec<f64>> {
    let k = g.nrows();
    if !g.iter().chain(r.iter()).all(|v| v.is_finite()) {
        return Err(MlError::Overflow {
            what: "the Gram matrix XᵀX",
        });
    }
    let chol = g.cholesky().ok_or(MlError::Singular)?;
    let diag = chol.l_dirty().diagonal();
    let (lo, hi) = diag.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), &d| {
        (lo.min(d), hi.max(d))
    });
    if lo.is_nan() || lo <= 0.0 || (lo / hi).powi(2) < 1000.0 * (k + 1) as f64 * f64::EPSILON {
        return Err(MlError::Singular);
    }
    Ok(chol.solve(r).iter().copied().collect())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small data set with an exact linear relation plus known noise: y = 1 + 2x₁ − x₂ + e.
    pub(crate) fn small() -> (DMatrix<f64>, Vec<f64>) {
        let x = DMatrix::from_row_slice(
            6,
            2,
            &[0.0, 1.0, 1.0, 0.0, 2.0, 3.0, 3.0, 1.0, 4.0, 5.0, 5.0, 2.0],
        );
        let e = [0.1, -0.2, 0.05, 0.0, 0.15, -0.1];
        let y = (0..6)
            .map(|i| 1.0 + 2.0 * x[(i, 0)] - x[(i, 1)] + e[i])
            .collect();
        (x, y)
    }

    #[test]
    fn r_squared_and_prediction() {
        let y = [1.0, 2.0, 3.0, 4.0];
        let yhat = [1.1, 1.9, 3.2, 3.8];
        // SS_res = 0.01 + 0.01 + 0.04 + 0.04 = 0.1, SS_tot = 5.
        assert!((r_squared(&y, &yhat).unwrap() - 0.98).abs() < 1e-14);
        assert!(r_squared(&[2.0, 2.0], &[1.0, 3.0]).is_err());
        let fit = LinearFit {
            coef: vec![2.0, -1.0],
            intercept: 1.0,
        };
        let (x, _) = small();
        assert_eq!(fit.predict(&x).unwrap()[..2], [0.0, 3.0]);
        assert!(fit.predict(&DMatrix::zeros(2, 3)).is_err());
        assert_eq!(fit.coefficients_then_intercept(), [2.0, -1.0, 1.0]);
    }
}
