//! Least squares by batch gradient descent on the mean squared error
//! L(θ) = (1/n)‖Aθ − y‖², A = [1 X], θ = [b, w], with gradient ∇L = (2/n)Aᵀ(Aθ − y) and the
//! step θ ← θ − η∇L (minus: a step along +∇L climbs).
//!
//! L is a quadratic with Hessian H = (2/n)AᵀA; any η < 2/λ_max(H) converges, and the default
//! η = 1/λ_max(H) makes the error in each eigen-direction shrink by (1 − λ/λ_max) per step, so
//! the run needs about κ(H)·ln(1/tol) steps. It stops when ‖∇L‖ ≤ `tol` or after `max_iter`.

use super::{LinearFit, check_data, from_theta, with_ones};
use crate::math::ml::error::{MlError, MlResult};
use nalgebra::{DMatrix, DVector};

/// The settings of a run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GdOptions {
    /// η; `None` takes 1/λ_max of the Hessian (2/n)AᵀA.
    pub learning_rate: Option<f64>,
    pub max_iter: usize,
    /// Stop when the gradient's Euclidean norm is at most this.
    pub tol: f64,
}

impl Default for GdOptions {
    fn default() -> GdOptions {
        GdOptions {
            learning_rate: None,
            max_iter: 100_000,
            tol: 1e-10,
        }
    }
}

/// A run's result: the fit from the last θ, the steps taken, whether ‖∇L‖ ≤ tol was reached,
/// and the loss L(θ) at θ₀ = 0 and after each step.
#[derive(Debug, Clone)]
pub struct GdRun {
    pub fit: LinearFit,
    pub iterations: usize,
    pub converged: bool,
    pub learning_rate: f64,
    pub losses: Vec<f64>,
}

impl GdRun {
    /// Whether the loss never rose from one step to the next, up to rounding (a relative 1e-12:
    /// near the minimum L(θ) is computed from residuals that barely change, and its last digits
    /// jitter). With η < 2/λ_max the exact loss of a quadratic falls at every step.
    pub fn loss_never_rises(&self) -> bool {
        self.losses.windows(2).all(|w| w[1] <= w[0] * (1.0 + 1e-12))
    }
}

/// Gradient descent from θ = 0. Errors: bad data (as [`super::fit_qr`]), a learning rate that
/// is not positive and finite, or a run that diverges (the loss stops being finite).
pub fn fit_gradient_descent(x: &DMatrix<f64>, y: &[f64], opts: GdOptions) -> MlResult<GdRun> {
    check_data("least squares", x, y, x.ncols() + 1)?;
    let a = with_ones(x);
    let n = y.len() as f64;
    let yv = DVector::from_column_slice(y);
    let h = a.transpose() * &a * (2.0 / n);
    let eta = match opts.learning_rate {
        Some(eta) => eta,
        None => 1.0 / h.clone().symmetric_eigenvalues().max(),
    };
    if !(eta > 0.0 && eta.is_finite()) {
        return Err(MlError::OutOfRange {
            what: "the learning rate η",
            expected: "a positive number",
            got: eta,
        });
    }
    let mut theta = DVector::<f64>::zeros(a.ncols());
    let loss = |r: &DVector<f64>| r.norm_squared() / n;
    let mut residual = &a * &theta - &yv;
    let mut losses = vec![loss(&residual)];
    let mut converged = false;
    let mut iterations = 0;
    while iterations < opts.max_iter {
        let grad = a.transpose() * &residual * (2.0 / n);
        if grad.norm() <= opts.tol {
            converged = true;
            break;
        }
        theta -= grad * eta;
        residual = &a * &theta - &yv;
        iterations += 1;
        let l = loss(&residual);
        if !l.is_finite() {
            return Err(MlError::OutOfRange {
                what: "the learning rate η (the loss diverged)",
                expected: "below 2/λ_max of the Hessian",
                got: eta,
            });
        }
        losses.push(l);
    }
    Ok(GdRun {
        fit: from_theta(theta.as_slice()),
        iterations,
        converged,
        learning_rate: eta,
        losses,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fit_qr;
    use super::super::tests::small;
    use super::*;

    #[test]
    fn converges_to_the_least_squares_fit_and_the_loss_falls() {
        let (x, y) = small();
        let run = fit_gradient_descent(&x, &y, GdOptions::default()).unwrap();
        assert!(run.converged, "{}", run.iterations);
        let want = fit_qr(&x, &y).unwrap().coefficients_then_intercept();
        for (g, w) in run.fit.coefficients_then_intercept().iter().zip(want) {
            assert!((g - w).abs() < 1e-8);
        }
        assert!(run.loss_never_rises());
        assert!(run.losses[run.losses.len() - 1] < 1e-3 * run.losses[0]);
        // A learning rate above 2/λ_max diverges, and is reported.
        let big = GdOptions {
            learning_rate: Some(10.0 * run.learning_rate),
            max_iter: 5000,
            tol: 1e-10,
        };
        assert!(fit_gradient_descent(&x, &y, big).is_err());
        let zero = GdOptions {
            learning_rate: Some(0.0),
            ..GdOptions::default()
        };
        assert!(fit_gradient_descent(&x, &y, zero).is_err());
    }
}
