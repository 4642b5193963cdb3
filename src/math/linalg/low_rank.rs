//! Rank-k approximation and its Frobenius and spectral errors (Eckart–Young).
//!
//! With the SVD `A = Σᵢ σᵢ·uᵢ·vᵢᵀ` (σ₁ ≥ σ₂ ≥ …), the truncation
//! `A_k = Σ_{i≤k} σᵢ·uᵢ·vᵢᵀ` is a best rank-k approximation of `A` in both norms
//! (Eckart–Young–Mirsky), and its errors are read off the discarded singular values:
//! `‖A − A_k‖_F = √(Σ_{i>k} σᵢ²)` and `‖A − A_k‖₂ = σ_{k+1}` (0 when `k ≥ min(m, n)`).
//! The SVD comes from [`super::svd::svd`], so the conventions are its conventions.

use super::svd::{Svd, svd};
use nalgebra::DMatrix;

/// A rank-k approximation and its errors.
#[derive(Clone, Debug)]
pub struct LowRank {
    /// `A_k = Σ_{i≤k} σᵢ·uᵢ·vᵢᵀ`.
    pub matrix: DMatrix<f64>,
    /// The `k` used (at most `min(m, n)`).
    pub k: usize,
    /// `‖A − A_k‖_F = √(Σ_{i>k} σᵢ²)`.
    pub frobenius_error: f64,
    /// `‖A − A_k‖₂ = σ_{k+1}`, or 0 when nothing is discarded.
    pub spectral_error: f64,
}

/// The rank-k truncation of a computed SVD (`k` is capped at the number of singular values).
pub fn truncate(s: &Svd, k: usize) -> LowRank {
    let k = k.min(s.values.len());
    let (m, n) = (s.u.nrows(), s.v.nrows());
    let mut matrix = DMatrix::<f64>::zeros(m, n);
    for i in 0..k {
        // σᵢ·uᵢ·vᵢᵀ, an outer product.
        matrix += s.u.column(i) * s.v.column(i).transpose() * s.values[i];
    }
    let tail = &s.values[k..];
    LowRank {
        matrix,
        k,
        frobenius_error: tail.iter().map(|x| x * x).sum::<f64>().sqrt(),
        spectral_error: tail.first().copied().unwrap_or(0.0),
    }
}

/// The best rank-k approximation of `a` with its errors; `None` when [`svd`] fails (an empty
/// matrix or a non-finite entry).
pub fn low_rank(a: &DMatrix<f64>, k: usize) -> Option<LowRank> {
    svd(a).map(|s| truncate(&s, k))
}

#[cfg(test)]
mod tests {
    use super::super::jacobi::tests::{random, sizes};
    use super::*;
    use rand::{SeedableRng, rngs::ChaCha8Rng};

    #[test]
    fn errors_match_the_direct_norms() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for (i, n) in sizes().into_iter().enumerate() {
            let m = n + i % 4;
            let a = if i % 2 == 0 {
                random(&mut rng, m, n)
            } else {
                random(&mut rng, n, m)
            };
            let top = m.min(n);
            for k in [0, 1, top / 2, top - 1, top, top + 3] {
                let lr = low_rank(&a, k).unwrap();
                let diff = &a - &lr.matrix;
                let scale = a.norm();
                let fro = diff.norm();
                assert!(
                    (fro - lr.frobenius_error).abs() <= 1e-12 * scale,
                    "{m}×{n}, k = {k}: {fro} vs {}",
                    lr.frobenius_error
                );
                let two = diff.singular_values().max();
                assert!(
                    (two - lr.spectral_error).abs() <= 1e-12 * scale,
                    "{m}×{n}, k = {k}: {two} vs {}",
                    lr.spectral_error
                );
                let rank = lr.matrix.rank(1e-9 * scale);
                assert_eq!(rank, k.min(top), "{m}×{n}, k = {k}");
            }
        }
    }

    #[test]
    fn no_other_rank_k_matrix_does_better() {
        // Eckart–Young: perturbing A_k within rank k (here, another truncation with a random
        // rank-k matrix mixed in) never lowers the Frobenius error.
        let mut rng = ChaCha8Rng::seed_from_u64(8);
        for n in 3..8 {
            let a = random(&mut rng, n, n);
            let best = low_rank(&a, 2).unwrap();
            for _ in 0..20 {
                let other = random(&mut rng, n, 2) * random(&mut rng, 2, n);
                assert!((&a - other).norm() >= best.frobenius_error);
            }
            let exact = low_rank(&(random(&mut rng, n, 2) * random(&mut rng, 2, n)), 2).unwrap();
            assert!(exact.frobenius_error < 1e-13 && exact.spectral_error < 1e-13);
        }
    }
}
