//! Eigenvalues of a general real matrix through nalgebra's real Schur form, with an iteration cap.
//!
//! This is the one place mathdrill asks nalgebra for complex eigenvalues: the calculator's `eig`
//! for non-symmetric input, and the independent oracle of the tests. nalgebra's
//! `complex_eigenvalues()` on a matrix has no iteration limit and can hang; `Schur::try_new` with
//! a cap cannot.

use nalgebra::{DMatrix, linalg::Schur};

/// The eigenvalues `(re, im)` of the square matrix `a`, in nalgebra's order, or `None` if the
/// Schur iteration did not converge within `max_iter` steps, even after a retry.
///
/// Francis QR without exceptional shifts can stall on very regular matrices (cyclic
/// permutations). The retry works on `Q·A·Q`, with `Q` the Householder reflection
/// `I − 2wwᵀ/(wᵀw)` for `w = (1, 2, …, n)`: `Q = Qᵀ = Q⁻¹`, so it is a similarity with the same
/// eigenvalues, and it breaks the pattern.
///
/// The iteration runs on `2^-e·A` (largest entry in `[1, 2)`, see [`super::scaling`]) and the
/// eigenvalues are scaled back, so `1e160·A` neither overflows to NaN nor loses its small entries.
/// `None` also for a non-finite entry.
pub fn schur_eigenvalues(a: &DMatrix<f64>, max_iter: usize) -> Option<Vec<(f64, f64)>> {
    if !a.iter().all(|x| x.is_finite()) {
        return None;
    }
    let (a, e) = super::scaling::scaled(a);
    let a = &a;
    let n = a.nrows();
    let schur = Schur::try_new(a.clone(), f64::EPSILON, max_iter).or_else(|| {
        let w = DMatrix::from_fn(n, 1, |i, _| (i + 1) as f64);
        let q = DMatrix::identity(n, n) - &w * w.transpose() * (2.0 / w.norm_squared());
        Schur::try_new(&q * a * &q, f64::EPSILON, max_iter)
    })?;
    Some(
        schur
            .complex_eigenvalues()
            .iter()
            .map(|z| {
                (
                    super::scaling::ldexp(z.re, e),
                    super::scaling::ldexp(z.im, e),
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
        v.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        v
    }

    #[test]
    fn real_and_complex_spectra() {
        // [[2, 1], [1, 2]]: 1 and 3. A rotation by 90°: ±i.
        let sym = DMatrix::from_row_slice(2, 2, &[2.0, 1.0, 1.0, 2.0]);
        let got = sorted(schur_eigenvalues(&sym, 100).unwrap());
        assert!((got[0].0 - 1.0).abs() < 1e-12 && (got[1].0 - 3.0).abs() < 1e-12);
        let rot = DMatrix::from_row_slice(2, 2, &[0.0, -1.0, 1.0, 0.0]);
        let got = sorted(schur_eigenvalues(&rot, 100).unwrap());
        assert!(got[0].0.abs() < 1e-12 && (got[0].1 + 1.0).abs() < 1e-12);
        assert!(got[1].0.abs() < 1e-12 && (got[1].1 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_cyclic_permutation_converges() {
        // The 4-cycle's eigenvalues are the 4th roots of unity: 1, i, −1, −i.
        let mut p = DMatrix::zeros(4, 4);
        for i in 0..4 {
            p[((i + 1) % 4, i)] = 1.0;
        }
        let got = schur_eigenvalues(&p, 400).unwrap();
        assert_eq!(got.len(), 4);
        for (re, im) in got {
            assert!((re.hypot(im) - 1.0).abs() < 1e-9, "{re} {im}");
        }
    }
}
