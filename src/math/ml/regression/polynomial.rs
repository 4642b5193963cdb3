//! Polynomial features and least-squares polynomial fits: y ≈ c₀ + c₁x + … + c_d x^d is linear
//! regression on the features x, x², …, x^d (sklearn's `PolynomialFeatures(d,
//! include_bias=False)`; the intercept c₀ is fitted separately), solved by QR. Raising d lowers
//! the training error every time, which is how a model comes to overfit.

use super::fit_qr;
use crate::math::ml::error::{MlError, MlResult, finite};
use nalgebra::DMatrix;

/// The n × d matrix of features x, x², …, x^d.
pub fn polynomial_features(x: &[f64], degree: usize) -> DMatrix<f64> {
    DMatrix::from_fn(x.len(), degree, |i, j| x[i].powi(j as i32 + 1))
}

/// A polynomial by its coefficients c₀, c₁, …, c_d (constant first).
#[derive(Debug, Clone, PartialEq)]
pub struct Polynomial {
    pub coefficients: Vec<f64>,
}

impl Polynomial {
    /// The value at x, by Horner's rule.
    pub fn eval(&self, x: f64) -> f64 {
        self.coefficients
            .iter()
            .rev()
            .fold(0.0, |acc, c| acc * x + c)
    }

    pub fn degree(&self) -> usize {
        self.coefficients.len().saturating_sub(1)
    }
}

/// The least-squares polynomial of degree `degree` through the points (xᵢ, yᵢ). Degree 0 is the
/// mean. Errors: fewer than d + 1 points, repeated x values leaving fewer than d + 1 distinct
/// ones (dependent columns), mismatched or non-finite data.
pub fn fit_polynomial(x: &[f64], y: &[f64], degree: usize) -> MlResult<Polynomial> {
    finite("x", x)?;
    if degree == 0 {
        finite("y", y)?;
        if x.len() != y.len() {
            return Err(MlError::LengthMismatch {
                what: "x and y",
                left: x.len(),
                right: y.len(),
            });
        }
        return Ok(Polynomial {
            coefficients: vec![y.iter().sum::<f64>() / y.len() as f64],
        });
    }
    let fit = fit_qr(&polynomial_features(x, degree), y)?;
    let mut coefficients = vec![fit.intercept];
    coefficients.extend(fit.coef);
    Ok(Polynomial { coefficients })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_a_polynomial_and_interpolates() {
        let x: Vec<f64> = (0..8).map(|i| -1.0 + i as f64 / 3.5).collect();
        let truth = |t: f64| 1.0 - 2.0 * t + 0.5 * t.powi(3);
        let y: Vec<f64> = x.iter().map(|&t| truth(t)).collect();
        let p = fit_polynomial(&x, &y, 3).unwrap();
        for (g, w) in p.coefficients.iter().zip([1.0, -2.0, 0.0, 0.5]) {
            assert!((g - w).abs() < 1e-12);
        }
        assert_eq!(p.degree(), 3);
        assert!((p.eval(0.3) - truth(0.3)).abs() < 1e-12);
        // Degree n − 1 passes through every point; degree n is underdetermined.
        let noisy: Vec<f64> = y
            .iter()
            .enumerate()
            .map(|(i, v)| v + 0.1 * (i % 3) as f64)
            .collect();
        let q = fit_polynomial(&x, &noisy, 7).unwrap();
        assert!(
            x.iter()
                .zip(&noisy)
                .all(|(&t, v)| (q.eval(t) - v).abs() < 1e-8)
        );
        assert!(fit_polynomial(&x, &noisy, 8).is_err());
        assert_eq!(
            fit_polynomial(&[1.0, 2.0], &[3.0, 5.0], 0)
                .unwrap()
                .coefficients,
            [4.0]
        );
        assert!(fit_polynomial(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0], 1).is_err());
        assert_eq!(polynomial_features(&[2.0], 3).as_slice(), [2.0, 4.0, 8.0]);
    }
}
