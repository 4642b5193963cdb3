//! QR decomposition by Gram–Schmidt.
//!
//! For an `m × n` matrix `A` with `m ≥ n` and independent columns `a₁ … aₙ`, modified
//! Gram–Schmidt builds orthonormal `q₁ … qₙ` one column at a time: starting from `w = a_j`,
//! for `i = 1 … j−1` take `r_ij = qᵢ·w` and subtract `w ← w − r_ij·qᵢ` (each coefficient taken
//! from the running `w`: the "modified" variant), then `r_jj = ‖w‖` and `q_j = w / r_jj`.
//! Then `a_j = Σ_{i≤j} r_ij·qᵢ`, that is `A = QR`.
//!
//! In floating point the `qᵢ` lose orthogonality in proportion to the condition number of `A`,
//! so each column is orthogonalised twice ("twice is enough"), adding the second pass's
//! (tiny) coefficients to `R`.
//!
//! CONVENTION: `Q` is `m × n` with orthonormal columns (the thin QR), `R` is `n × n` upper
//! triangular with a positive diagonal; with that sign choice the factorisation is unique.

use super::{dot_f64, norm_f64};
use nalgebra::DMatrix;

/// `A = Q·R`, the thin QR decomposition.
#[derive(Clone, Debug)]
pub struct Qr {
    /// `m × n`, orthonormal columns.
    pub q: DMatrix<f64>,
    /// `n × n`, upper triangular, positive diagonal.
    pub r: DMatrix<f64>,
}

/// Columns whose orthogonal part is at most this fraction of their length count as dependent.
pub const RANK_TOL: f64 = 1e-12;

/// Subtracts the projections onto `basis` from `w` (modified Gram–Schmidt) and adds the
/// coefficients `qᵢ·w` to `coef`.
fn orthogonalise(w: &mut [f64], basis: &[Vec<f64>], coef: &mut [f64]) {
    for (i, q) in basis.iter().enumerate() {
        let c = dot_f64(q, w);
        w.iter_mut().zip(q).for_each(|(wk, qk)| *wk -= c * qk);
        coef[i] += c;
    }
}

/// The thin QR decomposition of `a` by modified Gram–Schmidt with reorthogonalisation.
///
/// `None` unless `m ≥ n ≥ 1`, the entries are finite and the columns are independent (a column
/// whose part orthogonal to the earlier ones is at most [`RANK_TOL`] times its length is
/// dependent).
pub fn qr(a: &DMatrix<f64>) -> Option<Qr> {
    let (m, n) = a.shape();
    if n == 0 || m < n || !a.iter().all(|x| x.is_finite()) {
        return None;
    }
    let mut basis: Vec<Vec<f64>> = Vec::with_capacity(n);
    let mut r = DMatrix::<f64>::zeros(n, n);
    for j in 0..n {
        let col: Vec<f64> = a.column(j).iter().copied().collect();
        let mut w = col.clone();
        let mut coef = vec![0.0; j];
        orthogonalise(&mut w, &basis, &mut coef);
        orthogonalise(&mut w, &basis, &mut coef);
        let rjj = norm_f64(&w);
        if rjj <= RANK_TOL * norm_f64(&col) || rjj == 0.0 {
            return None;
        }
        for (i, c) in coef.into_iter().enumerate() {
            r[(i, j)] = c;
        }
        r[(j, j)] = rjj;
        basis.push(w.iter().map(|x| x / rjj).collect());
    }
    let q = DMatrix::from_fn(m, n, |i, j| basis[j][i]);
    Some(Qr { q, r })
}

#[cfg(test)]
mod tests {
    use super::super::gram_schmidt;
    use super::super::jacobi::tests::{assert_orthonormal_columns, random, sizes};
    use super::*;
    use rand::{SeedableRng, rngs::ChaCha8Rng};

    #[test]
    fn agrees_with_nalgebra_up_to_signs() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for (i, n) in sizes().into_iter().enumerate() {
            let m = n + i % 3;
            let a = random(&mut rng, m, n);
            let f = qr(&a).unwrap();
            assert_eq!(f.q.shape(), (m, n));
            assert_orthonormal_columns(&f.q, 1e-13);
            assert!(
                (&f.q * &f.r - &a).amax() <= 1e-14 * n as f64,
                "m×n = {m}×{n}"
            );
            for j in 0..n {
                assert!(f.r[(j, j)] > 0.0);
                for k in 0..j {
                    assert_eq!(f.r[(j, k)], 0.0);
                }
            }
            // nalgebra's Householder QR agrees once its signs are made positive on R's diagonal.
            let nal = a.clone().qr();
            let (nq, nr) = (nal.q(), nal.r());
            for j in 0..n {
                let s = nr[(j, j)].signum();
                for k in 0..n {
                    let want = s * nr[(j, k)];
                    assert!((f.r[(j, k)] - want).abs() <= 1e-9 * want.abs().max(1.0));
                }
                for k in 0..m {
                    assert!((f.q[(k, j)] - s * nq[(k, j)]).abs() <= 1e-9);
                }
            }
            // The same orthonormal vectors as the library's Gram–Schmidt.
            let cols: Vec<Vec<f64>> = (0..n)
                .map(|j| a.column(j).iter().copied().collect())
                .collect();
            let gs = gram_schmidt(&cols, 1e-12);
            for (j, g) in gs.iter().enumerate() {
                assert!(
                    g.iter()
                        .zip(f.q.column(j).iter())
                        .all(|(x, y)| (x - y).abs() < 1e-10)
                );
            }
        }
    }

    #[test]
    fn small_exact_case() {
        // Columns (3, 4) and (1, 2): q₁ = (3, 4)/5, r₁₂ = 11/5, r₂₂ = 2/5.
        let a = DMatrix::from_row_slice(2, 2, &[3.0, 1.0, 4.0, 2.0]);
        let f = qr(&a).unwrap();
        let want_r = [5.0, 0.0, 2.2, 0.4]; // column-major
        assert!(f.r.iter().zip(want_r).all(|(g, w)| (g - w).abs() < 1e-15));
        let want_q = [0.6, 0.8, -0.8, 0.6];
        assert!(f.q.iter().zip(want_q).all(|(g, w)| (g - w).abs() < 1e-15));
    }

    #[test]
    fn rejects_dependent_columns_and_wide_matrices() {
        let dep = DMatrix::from_row_slice(3, 2, &[1.0, 2.0, 2.0, 4.0, 3.0, 6.0]);
        assert!(qr(&dep).is_none());
        assert!(qr(&DMatrix::<f64>::zeros(2, 3)).is_none());
        assert!(qr(&DMatrix::<f64>::zeros(3, 1)).is_none());
        assert!(qr(&DMatrix::from_element(2, 1, f64::INFINITY)).is_none());
        // Ill-conditioned but independent: the second pass keeps Q orthonormal.
        let h = DMatrix::from_fn(8, 8, |i, j| 1.0 / (i + j + 1) as f64); // Hilbert, κ ≈ 1.5e10
        let f = qr(&h).unwrap();
        assert_orthonormal_columns(&f.q, 1e-14);
        assert!((&f.q * &f.r - &h).amax() <= 1e-15);
    }
}
