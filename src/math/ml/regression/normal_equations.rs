//! Least squares by the normal equations: with A = [1 X] and θ = [b, w], the minimiser of
//! ‖y − Aθ‖² solves (AᵀA)θ = Aᵀy, here by Cholesky. Squaring A squares its condition number,
//! so this loses about twice as many digits as QR on ill-conditioned X; for a handful of
//! well-scaled features it is the textbook method and agrees with QR to ~1e-10.

use super::{LinearFit, check_data, finite_fit, from_theta, solve_spd, with_ones};
use crate::math::ml::error::MlResult;
use nalgebra::DVector;

/// The least-squares fit of y on the columns of X with an intercept, by the normal equations.
/// Errors: bad shapes or values, fewer than p + 1 rows, or AᵀA singular (dependent columns).
pub fn fit_normal_equations(x: &nalgebra::DMatrix<f64>, y: &[f64]) -> MlResult<LinearFit> {
    check_data("least squares", x, y, x.ncols() + 1)?;
    let a = with_ones(x);
    let yv = DVector::from_column_slice(y);
    let theta = solve_spd(a.transpose() * &a, &(a.transpose() * yv))?;
    finite_fit("the normal equations", from_theta(&theta))
}

#[cfg(test)]
mod tests {
    use super::super::tests::small;
    use super::*;
    use crate::math::ml::error::MlError;
    use nalgebra::DMatrix;

    #[test]
    fn a_line_through_three_points_by_hand() {
        // Points (0, 1), (1, 3), (2, 4): AᵀA = [3 3; 3 5], Aᵀy = [8, 11], θ = [7/6, 3/2].
        let x = DMatrix::from_column_slice(3, 1, &[0.0, 1.0, 2.0]);
        let fit = fit_normal_equations(&x, &[1.0, 3.0, 4.0]).unwrap();
        assert!((fit.intercept - 7.0 / 6.0).abs() < 1e-14);
        assert!((fit.coef[0] - 1.5).abs() < 1e-14);
    }

    #[test]
    fn residuals_are_orthogonal_to_the_columns_and_bad_input_is_refused() {
        let (x, y) = small();
        let fit = fit_normal_equations(&x, &y).unwrap();
        let r: Vec<f64> = y
            .iter()
            .zip(fit.predict(&x).unwrap())
            .map(|(a, b)| a - b)
            .collect();
        assert!(r.iter().sum::<f64>().abs() < 1e-12);
        for j in 0..2 {
            let dot: f64 = (0..6).map(|i| x[(i, j)] * r[i]).sum();
            assert!(dot.abs() < 1e-12);
        }
        let dependent = DMatrix::from_fn(6, 2, |i, j| x[(i, 0)] * (j + 1) as f64);
        assert_eq!(fit_normal_equations(&dependent, &y), Err(MlError::Singular));
        let constant = DMatrix::from_element(6, 1, 3.0);
        assert_eq!(fit_normal_equations(&constant, &y), Err(MlError::Singular));
        assert!(fit_normal_equations(&x, &y[..5]).is_err());
        assert!(fit_normal_equations(&DMatrix::zeros(2, 2), &[1.0, 2.0]).is_err());
    }
}
