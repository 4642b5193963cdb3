//! Least squares by QR: with A = [1 X] = QR (thin QR, Q with orthonormal columns, R upper
//! triangular; the project's modified Gram–Schmidt with reorthogonalisation,
//! [`crate::math::linalg::qr`]), ‖y − Aθ‖² is least where Rθ = Qᵀy, solved by back
//! substitution. No squaring of A: the stable way, and the calculator's `lstsq`.
//!
//! Least squares is unchanged by rescaling: with each column of A divided by its largest |entry|
//! sⱼ and y by its largest |entry| t, the solution θ′ of the scaled problem gives θⱼ = θ′ⱼ·t/sⱼ.
//! The fit works on the scaled problem, so data at 1e±150 (whose squares overflow or underflow)
//! fit like data near 1.

use super::{LinearFit, check_data, finite_fit, from_theta, with_ones};
use crate::math::linalg::qr::qr;
use crate::math::ml::error::{MlError, MlResult};
use nalgebra::DVector;

/// The least-squares fit of y on the columns of X with an intercept, by QR. Errors: bad shapes
/// or values, fewer than p + 1 rows, or dependent columns of [1 X].
pub fn fit_qr(x: &nalgebra::DMatrix<f64>, y: &[f64]) -> MlResult<LinearFit> {
    check_data("least squares", x, y, x.ncols() + 1)?;
    let mut a = with_ones(x);
    let scales: Vec<f64> = a
        .column_iter()
        .map(|c| match c.amax() {
            0.0 => 1.0,
            m => m,
        })
        .collect();
    for (j, s) in scales.iter().enumerate() {
        a.column_mut(j).unscale_mut(*s);
    }
    let t = match y.iter().fold(0.0_f64, |m, v| m.max(v.abs())) {
        0.0 => 1.0,
        m => m,
    };
    let f = qr(&a).ok_or(MlError::Singular)?;
    let qty = f.q.transpose() * DVector::from_iterator(y.len(), y.iter().map(|v| v / t));
    let k = qty.len();
    let mut theta = vec![0.0; k];
    for i in (0..k).rev() {
        let s: f64 = (i + 1..k).map(|j| f.r[(i, j)] * theta[j]).sum();
        theta[i] = (qty[i] - s) / f.r[(i, i)];
    }
    let theta: Vec<f64> = theta
        .iter()
        .zip(&scales)
        .map(|(th, s)| th / s * t)
        .collect();
    finite_fit("least squares", from_theta(&theta))
}

#[cfg(test)]
mod tests {
    use super::super::fit_normal_equations;
    use super::super::tests::small;
    use super::*;
    use nalgebra::DMatrix;

    #[test]
    fn agrees_with_the_normal_equations_and_nalgebra_svd() {
        let (x, y) = small();
        let a = fit_qr(&x, &y).unwrap();
        let b = fit_normal_equations(&x, &y).unwrap();
        let svd = with_ones(&x)
            .svd(true, true)
            .solve(&DVector::from_column_slice(&y), 1e-14)
            .unwrap();
        let theta = a.coefficients_then_intercept();
        let want = [svd[1], svd[2], svd[0]];
        for (g, w) in theta.iter().zip(want) {
            assert!((g - w).abs() < 1e-12);
        }
        for (g, w) in theta.iter().zip(b.coefficients_then_intercept()) {
            assert!((g - w).abs() < 1e-10);
        }
        let dependent = DMatrix::from_fn(6, 2, |i, j| x[(i, 0)] * (j + 1) as f64);
        assert_eq!(fit_qr(&dependent, &y), Err(MlError::Singular));
    }

    #[test]
    fn scaled_data_give_scaled_coefficients_at_1e150_and_1e_minus_150() {
        let (x, y) = small();
        let base = fit_qr(&x, &y).unwrap();
        for (sx, sy) in [
            (1e150, 1.0),
            (1e-150, 1e150),
            (1e150, 1e-150),
            (1e-160, 1e-160),
        ] {
            let fit = fit_qr(
                &x.map(|v| v * sx),
                &y.iter().map(|v| v * sy).collect::<Vec<_>>(),
            )
            .unwrap();
            for (g, w) in fit.coef.iter().zip(&base.coef) {
                assert!(
                    (g - w * sy / sx).abs() <= 1e-12 * (w * sy / sx).abs(),
                    "{sx} {sy}"
                );
            }
            assert!(
                (fit.intercept - base.intercept * sy).abs() <= 1e-12 * (base.intercept * sy).abs()
            );
        }
        // The normal equations square the scale and overflow, and say so.
        let big = x.map(|v| v * 1e200);
        assert!(matches!(
            fit_normal_equations(&big, &y),
            Err(MlError::Overflow { .. })
        ));
    }
}
