//! The Jacobi eigenvalue method for symmetric matrices.
//!
//! A symmetric `A` is diagonalised by a sequence of plane (Givens) rotations `A ← JᵀAJ`, each
//! chosen to zero one off-diagonal pair `a_pq = a_qp`. With `τ = (a_qq − a_pp) / (2a_pq)`, the
//! rotation has `t = tan θ = sign(τ) / (|τ| + √(1 + τ²))` (the smaller root of
//! `t² + 2τt − 1 = 0`, so `|θ| ≤ π/4`), `c = 1/√(1 + t²)`, `s = t·c`, and `J` is the identity
//! except `J_pp = J_qq = c`, `J_pq = s`, `J_qp = −s`.
//!
//! A *cyclic sweep* rotates every pair `p < q` once, row by row. Each rotation moves the weight
//! `2a_pq²` from the off-diagonal to the diagonal, so `off(A) = √(Σ_{i≠j} a_ij²)` falls, and
//! after a few sweeps quadratically. The iteration stops when `off(A) ≤ tol·‖A‖_F`.
//! The product of the rotations `V = J₁J₂…` collects the eigenvectors: `A = V·diag(λ)·Vᵀ`.
//!
//! CONVENTION: eigenvalues sorted descending; eigenvectors are the unit columns of `V` in that
//! order, each signed by [`fix_sign`] (its first largest-magnitude component is positive).

use nalgebra::DMatrix;

/// Relative closeness within which components count as tied for the largest in [`fix_sign`].
const SIGN_TIE: f64 = 1e-8;

/// Signs a vector by the library's convention and returns whether it was flipped: the first
/// component whose magnitude is within a relative `1e-8` of the largest magnitude is made
/// positive. (The tolerance makes the choice stable when two components tie in size, such as
/// `(1, −1)/√2`, whatever the rounding.)
pub fn fix_sign(v: &mut [f64]) -> bool {
    let big = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    let lead = v.iter().find(|x| x.abs() >= big * (1.0 - SIGN_TIE));
    let flip = lead.is_some_and(|&x| x < 0.0);
    if flip {
        v.iter_mut().for_each(|x| *x = -*x);
    }
    flip
}

/// The eigen-decomposition of a symmetric matrix, `A = V·diag(values)·Vᵀ`.
#[derive(Clone, Debug)]
pub struct SymmetricEigen {
    /// The eigenvalues, largest first.
    pub values: Vec<f64>,
    /// Orthonormal eigenvectors as columns, in the order of `values`, signed by [`fix_sign`].
    pub vectors: DMatrix<f64>,
    /// Cyclic sweeps used.
    pub sweeps: usize,
    /// `off(A) / ‖A‖_F` at the end (0 for the zero matrix).
    pub off_diagonal: f64,
    /// Whether `off(A) ≤ tol·‖A‖_F` was reached within the allowed sweeps.
    pub converged: bool,
}

/// Tolerance used by [`symmetric_eigen`].
pub const DEFAULT_TOL: f64 = 1e-14;
/// Sweep limit used by [`symmetric_eigen`]; a handful of sweeps is typical.
pub const DEFAULT_MAX_SWEEPS: usize = 60;

/// Whether `a` is square and symmetric up to `|a_ij − a_ji| ≤ rel·max|a|`.
pub fn is_symmetric(a: &DMatrix<f64>, rel: f64) -> bool {
    let scale = a.amax();
    a.is_square()
        && (0..a.nrows()).all(|i| (0..i).all(|j| (a[(i, j)] - a[(j, i)]).abs() <= rel * scale))
}

/// [`jacobi`] with [`DEFAULT_TOL`] and [`DEFAULT_MAX_SWEEPS`].
pub fn symmetric_eigen(a: &DMatrix<f64>) -> Option<SymmetricEigen> {
    jacobi(a, DEFAULT_TOL, DEFAULT_MAX_SWEEPS)
}

/// The off-diagonal Frobenius norm `√(Σ_{i≠j} a_ij²)`.
fn off_norm(a: &DMatrix<f64>) -> f64 {
    let n = a.nrows();
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..n {
            if i != j {
                s += a[(i, j)] * a[(i, j)];
            }
        }
    }
    s.sqrt()
}

/// `(c, s)` of the rotation that zeroes `a_pq` (see the module documentation).
fn rotation(app: f64, aqq: f64, apq: f64) -> (f64, f64) {
    let tau = (aqq - app) / (2.0 * apq);
    // `hypot` computes √(1 + τ²) without overflow for huge τ.
    let t = if tau >= 0.0 {
        1.0 / (tau + tau.hypot(1.0))
    } else {
        -1.0 / (-tau + tau.hypot(1.0))
    };
    let c = 1.0 / t.hypot(1.0);
    (c, t * c)
}

/// `M ← M·J`: columns `p` and `q` become `c·m_p − s·m_q` and `s·m_p + c·m_q`.
fn rotate_columns(m: &mut DMatrix<f64>, p: usize, q: usize, c: f64, s: f64) {
    for k in 0..m.nrows() {
        let (x, y) = (m[(k, p)], m[(k, q)]);
        m[(k, p)] = c * x - s * y;
        m[(k, q)] = s * x + c * y;
    }
}

/// `M ← Jᵀ·M`: rows `p` and `q` become `c·m_p − s·m_q` and `s·m_p + c·m_q`.
fn rotate_rows(m: &mut DMatrix<f64>, p: usize, q: usize, c: f64, s: f64) {
    for k in 0..m.ncols() {
        let (x, y) = (m[(p, k)], m[(q, k)]);
        m[(p, k)] = c * x - s * y;
        m[(q, k)] = s * x + c * y;
    }
}

/// Eigenvalues and eigenvectors of a symmetric matrix by cyclic Jacobi sweeps, stopping when
/// `off(A) ≤ tol·‖A‖_F` or after `max_sweeps` sweeps (then `converged` is false).
///
/// `None` if `a` is not square, not symmetric (to a relative `1e-12`), or has a non-finite entry.
/// Only the lower triangle's partner values are checked, and the matrix is symmetrised as
/// `(A + Aᵀ)/2` before starting.
pub fn jacobi(a: &DMatrix<f64>, tol: f64, max_sweeps: usize) -> Option<SymmetricEigen> {
    if !a.iter().all(|x| x.is_finite()) || !is_symmetric(a, 1e-12) {
        return None;
    }
    let n = a.nrows();
    // On 2^-e·A (exact), so that ‖A‖ and the rotations cannot overflow or underflow; the
    // eigenvalues are scaled back at the end.
    let (a, e) = super::scaling::scaled(a);
    let mut m = (&a + a.transpose()) * 0.5;
    let mut v = DMatrix::<f64>::identity(n, n);
    let norm = m.norm();
    let mut sweeps = 0;
    let mut off = off_norm(&m);
    while off > tol * norm && sweeps < max_sweeps {
        for p in 0..n {
            for q in p + 1..n {
                if m[(p, q)] == 0.0 {
                    continue;
                }
                let (c, s) = rotation(m[(p, p)], m[(q, q)], m[(p, q)]);
                rotate_columns(&mut m, p, q, c, s);
                rotate_rows(&mut m, p, q, c, s);
                // Zero in exact arithmetic; set it so rounding does not linger.
                m[(p, q)] = 0.0;
                m[(q, p)] = 0.0;
                rotate_columns(&mut v, p, q, c, s);
            }
        }
        sweeps += 1;
        off = off_norm(&m);
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| m[(j, j)].total_cmp(&m[(i, i)]));
    let values = order
        .iter()
        .map(|&i| super::scaling::ldexp(m[(i, i)], e))
        .collect();
    let mut vectors = DMatrix::<f64>::zeros(n, n);
    for (k, &i) in order.iter().enumerate() {
        let mut col: Vec<f64> = v.column(i).iter().copied().collect();
        fix_sign(&mut col);
        vectors.column_mut(k).copy_from_slice(&col);
    }
    Some(SymmetricEigen {
        values,
        vectors,
        sweeps,
        off_diagonal: if norm > 0.0 { off / norm } else { 0.0 },
        converged: off <= tol * norm,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rand::{Rng, SeedableRng, rngs::ChaCha8Rng};

    /// A random matrix with entries uniform in (−1, 1), for tests.
    pub(crate) fn random(rng: &mut ChaCha8Rng, r: usize, c: usize) -> DMatrix<f64> {
        DMatrix::from_fn(r, c, |_, _| {
            (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
        })
    }

    /// The matrix sizes tests run on: 2..8 many times, and some 20–50.
    pub(crate) fn sizes() -> Vec<usize> {
        let mut s: Vec<usize> = (0..140).map(|i| 2 + i % 7).collect();
        s.extend([20, 27, 33, 50]);
        s
    }

    pub(crate) fn assert_orthonormal_columns(q: &DMatrix<f64>, tol: f64) {
        let g = q.transpose() * q;
        let err = (g - DMatrix::identity(q.ncols(), q.ncols())).amax();
        assert!(err <= tol, "QᵀQ − I = {err:e}");
    }

    #[test]
    fn agrees_with_nalgebra_on_random_symmetric_matrices() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for n in sizes() {
            let b = random(&mut rng, n, n);
            let a = &b + b.transpose();
            let e = symmetric_eigen(&a).unwrap();
            assert!(
                e.converged && e.sweeps <= 12,
                "n = {n}: {} sweeps",
                e.sweeps
            );
            let mut want: Vec<f64> = a.clone().symmetric_eigenvalues().iter().copied().collect();
            want.sort_by(|x, y| y.total_cmp(x));
            let scale = want.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            for (g, w) in e.values.iter().zip(&want) {
                assert!((g - w).abs() <= 1e-12 * scale, "n = {n}: {g} vs {w}");
            }
            assert_orthonormal_columns(&e.vectors, 1e-13);
            let d = DMatrix::from_diagonal(&nalgebra::DVector::from_vec(e.values.clone()));
            let back = &e.vectors * d * e.vectors.transpose();
            assert!((back - &a).amax() <= 1e-13 * scale.max(1.0), "n = {n}");
            for k in 0..n {
                let col: Vec<f64> = e.vectors.column(k).iter().copied().collect();
                let mut signed = col.clone();
                assert!(
                    !fix_sign(&mut signed),
                    "column {k} follows the sign convention"
                );
            }
        }
    }

    #[test]
    fn known_spectrum_and_sign_convention() {
        // Eigenvalues 3 (vector (1,1)/√2) and 1 (vector (1,−1)/√2).
        let a = DMatrix::from_row_slice(2, 2, &[2.0, 1.0, 1.0, 2.0]);
        let e = symmetric_eigen(&a).unwrap();
        assert!((e.values[0] - 3.0).abs() < 1e-15 && (e.values[1] - 1.0).abs() < 1e-15);
        let h = std::f64::consts::FRAC_1_SQRT_2;
        let want = [h, h, h, -h];
        for (g, w) in e.vectors.iter().zip(want) {
            // column-major: (v₁₀, v₁₁, v₂₀, v₂₁)
            assert!((g - w).abs() < 1e-15, "{:?}", e.vectors);
        }
        let diag = DMatrix::from_row_slice(3, 3, &[1.0, 0.0, 0.0, 0.0, -5.0, 0.0, 0.0, 0.0, 4.0]);
        let e = symmetric_eigen(&diag).unwrap();
        assert_eq!(e.values, [4.0, 1.0, -5.0]);
        assert_eq!(e.sweeps, 0);
        assert_eq!(e.vectors.column(0).as_slice(), [0.0, 0.0, 1.0]);
    }

    #[test]
    fn repeated_eigenvalues_and_rejections() {
        let i = DMatrix::<f64>::identity(4, 4) * 2.0;
        let e = symmetric_eigen(&i).unwrap();
        assert_eq!(e.values, [2.0; 4]);
        let ones = DMatrix::from_element(4, 4, 1.0);
        let e = symmetric_eigen(&ones).unwrap();
        assert!((e.values[0] - 4.0).abs() < 1e-14);
        assert!(e.values[1..].iter().all(|x| x.abs() < 1e-14));
        assert_orthonormal_columns(&e.vectors, 1e-14);
        assert!(symmetric_eigen(&DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0])).is_none());
        assert!(symmetric_eigen(&DMatrix::zeros(2, 3)).is_none());
        assert!(symmetric_eigen(&DMatrix::from_element(2, 2, f64::NAN)).is_none());
        let z = symmetric_eigen(&DMatrix::zeros(3, 3)).unwrap();
        assert!(z.converged && z.values == [0.0; 3]);
    }

    #[test]
    fn sign_convention_breaks_ties_by_position() {
        let mut v = [0.5, -0.5 * (1.0 + 1e-12), 0.1];
        assert!(!fix_sign(&mut v));
        let mut v = [-0.5, 0.5 * (1.0 + 1e-12)];
        assert!(fix_sign(&mut v) && v[0] > 0.0);
        let mut v = [0.1, -0.9, 0.2];
        assert!(fix_sign(&mut v) && v[1] == 0.9);
        let mut z = [0.0, 0.0];
        assert!(!fix_sign(&mut z));
    }
}
