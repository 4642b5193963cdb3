//! Power iteration for the dominant eigenpair, with its convergence rate |λ₂/λ₁|.
//!
//! From a start vector `x₀`, repeat `y = A·x_k`, `x_{k+1} = ±y/‖y‖`. Writing `x₀ = Σ cᵢvᵢ` in
//! eigenvectors, `Aᵏx₀ = λ₁ᵏ(c₁v₁ + Σ_{i>1} cᵢ(λᵢ/λ₁)ᵏvᵢ)`, so when `|λ₁| > |λ₂| ≥ …` and
//! `c₁ ≠ 0` the direction converges to `v₁` with error shrinking by `|λ₂/λ₁|` per step.
//!
//! - The eigenvalue estimate is the Rayleigh quotient `λ = xᵀAx` of the unit vector `x`.
//! - The sign `±` is chosen so that `x_{k+1}·x_k ≥ 0`: for a negative `λ₁` the raw iterates flip
//!   sign every step, and aligning them lets the steps shrink to zero.
//! - Convergence test: the step `‖x_{k+1} − x_k‖ ≤ tol`.
//! - Rate: the steps shrink geometrically, `‖x_{k+1} − x_k‖ ≈ C·|λ₂/λ₁|ᵏ`, so the ratio of the
//!   last two steps estimates `|λ₂/λ₁|`. (When `|λ₂| = |λ₁|`, e.g. `λ₂ = −λ₁`, the iteration
//!   does not converge and the ratio stays near 1.)
//!
//! CONVENTION: the returned unit vector is signed by [`super::jacobi::fix_sign`] (its first
//! largest-magnitude component is positive).

use super::jacobi::fix_sign;
use super::{dot_f64, norm_f64};
use nalgebra::DMatrix;

/// The outcome of [`power_iteration`].
#[derive(Clone, Debug)]
pub struct PowerIteration {
    /// The Rayleigh quotient `xᵀAx` of the final vector: the dominant eigenvalue estimate.
    pub value: f64,
    /// The final unit vector.
    pub vector: Vec<f64>,
    /// Iterations (products `A·x`) performed.
    pub iterations: usize,
    /// Whether the last step was at most `tol`.
    pub converged: bool,
    /// `‖x_{k+1} − x_k‖ / ‖x_k − x_{k−1}‖` for the last two steps, an estimate of `|λ₂/λ₁|`;
    /// `None` before two steps or when the previous step was exactly zero.
    pub rate: Option<f64>,
    /// The step sizes `‖x_{k+1} − x_k‖`, one per iteration (what the rate is read from).
    pub steps: Vec<f64>,
}

fn mul(a: &DMatrix<f64>, x: &[f64]) -> Vec<f64> {
    (0..a.nrows())
        .map(|i| (0..a.ncols()).map(|j| a[(i, j)] * x[j]).sum())
        .collect()
}

/// Power iteration on the square matrix `a` from `start`, for at most `max_iter` steps,
/// stopping when a step is at most `tol`.
///
/// `None` if `a` is not square, `start` has the wrong length or is zero, or an iterate
/// reaches `A·x = 0` (then `x` is in the null space and there is no direction to follow).
pub fn power_iteration(
    a: &DMatrix<f64>,
    start: &[f64],
    max_iter: usize,
    tol: f64,
) -> Option<PowerIteration> {
    let n = a.nrows();
    if !a.is_square() || start.len() != n || norm_f64(start) == 0.0 {
        return None;
    }
    let s = norm_f64(start);
    let mut x: Vec<f64> = start.iter().map(|v| v / s).collect();
    let mut steps: Vec<f64> = Vec::new();
    let mut converged = false;
    while steps.len() < max_iter {
        let y = mul(a, &x);
        let ny = norm_f64(&y);
        if ny == 0.0 || !ny.is_finite() {
            return None;
        }
        let sign = if dot_f64(&y, &x) < 0.0 { -1.0 } else { 1.0 };
        let next: Vec<f64> = y.iter().map(|v| sign * v / ny).collect();
        let step = norm_f64(&next.iter().zip(&x).map(|(p, q)| p - q).collect::<Vec<_>>());
        x = next;
        steps.push(step);
        if step <= tol {
            converged = true;
            break;
        }
    }
    let rate = match steps.as_slice() {
        [.., prev, last] if *prev > 0.0 => Some(last / prev),
        _ => None,
    };
    let value = dot_f64(&x, &mul(a, &x));
    fix_sign(&mut x);
    Some(PowerIteration {
        value,
        vector: x,
        iterations: steps.len(),
        converged,
        rate,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::super::jacobi::tests::{random, sizes};
    use super::*;
    use rand::{SeedableRng, rngs::ChaCha8Rng};

    /// `Q·diag(d)·Qᵀ` for a random orthogonal `Q` (from nalgebra's QR of a random matrix).
    fn with_spectrum(rng: &mut ChaCha8Rng, d: &[f64]) -> DMatrix<f64> {
        let n = d.len();
        let q = random(rng, n, n).qr().q();
        let dm = DMatrix::from_diagonal(&nalgebra::DVector::from_row_slice(d));
        &q * dm * q.transpose()
    }

    #[test]
    fn finds_the_dominant_eigenpair_and_the_rate() {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        for (i, n) in sizes().into_iter().enumerate() {
            // λ₁ = ±10, λ₂ = 6, the rest smaller: the rate is 0.6.
            let mut d: Vec<f64> = (0..n).map(|k| 5.0 * k as f64 / n as f64 - 2.0).collect();
            d[0] = if i % 2 == 0 { 10.0 } else { -10.0 };
            if n > 1 {
                d[1] = 6.0;
            }
            let a = with_spectrum(&mut rng, &d);
            let start = vec![1.0; n];
            let p = power_iteration(&a, &start, 1000, 1e-12).unwrap();
            assert!(p.converged, "n = {n}");
            assert!(
                (p.value - d[0]).abs() <= 1e-9 * 10.0,
                "n = {n}: {}",
                p.value
            );
            let r: Vec<f64> = mul(&a, &p.vector)
                .iter()
                .zip(&p.vector)
                .map(|(y, x)| y - p.value * x)
                .collect();
            assert!(norm_f64(&r) <= 1e-10, "residual, n = {n}");
            assert!((norm_f64(&p.vector) - 1.0).abs() < 1e-14);
            let rate = p.rate.unwrap();
            assert!((rate - 0.6).abs() < 1e-3, "n = {n}: rate {rate}");
            // The iterations needed match the rate: 0.6ᵏ ≈ 1e-12 at k ≈ 54.
            assert!(p.iterations < 80, "n = {n}: {} iterations", p.iterations);
            let nal = a.clone().symmetric_eigen();
            let k = nal.eigenvalues.iamax();
            let v = nal.eigenvectors.column(k);
            assert!((dot_f64(v.as_slice(), &p.vector).abs() - 1.0).abs() < 1e-10);
        }
    }

    #[test]
    fn non_symmetric_matrix() {
        // Eigenvalues 5 and 2; eigenvector of 5 is (1, 1)/√2.
        let a = DMatrix::from_row_slice(2, 2, &[4.0, 1.0, 2.0, 3.0]);
        let p = power_iteration(&a, &[1.0, 0.0], 200, 1e-13).unwrap();
        assert!(p.converged);
        assert!((p.value - 5.0).abs() < 1e-12);
        let h = std::f64::consts::FRAC_1_SQRT_2;
        assert!((p.vector[0] - h).abs() < 1e-12 && (p.vector[1] - h).abs() < 1e-12);
        assert!((p.rate.unwrap() - 0.4).abs() < 1e-3);
    }

    #[test]
    fn failures_are_reported_not_panics() {
        let a = DMatrix::from_row_slice(2, 2, &[1.0, 0.0, 0.0, -1.0]);
        // |λ₁| = |λ₂|: never converges from a generic start.
        let p = power_iteration(&a, &[1.0, 1.0], 50, 1e-12).unwrap();
        assert!(!p.converged && p.iterations == 50);
        let z = DMatrix::<f64>::zeros(2, 2);
        assert!(power_iteration(&z, &[1.0, 0.0], 10, 1e-12).is_none());
        assert!(power_iteration(&a, &[0.0, 0.0], 10, 1e-12).is_none());
        assert!(power_iteration(&a, &[1.0], 10, 1e-12).is_none());
        let rect = DMatrix::<f64>::zeros(2, 3);
        assert!(power_iteration(&rect, &[1.0, 1.0], 10, 1e-12).is_none());
    }
}
