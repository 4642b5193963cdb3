//! Singular value decomposition by one-sided Jacobi (Hestenes), with a documented sign convention.
//!
//! For `A` (`m × n`, `m ≥ n`) the method orthogonalises the COLUMNS of `W = A` by plane rotations
//! on the right, `W ← W·J`, accumulating `V ← V·J` (starting from `V = I`), so that `W = A·V`
//! throughout. For a pair of columns `p < q` with `α = ‖w_p‖²`, `β = ‖w_q‖²`, `γ = w_p·w_q`,
//! the rotation with `ζ = (β − α)/(2γ)`, `t = sign(ζ)/(|ζ| + √(1 + ζ²))`, `c = 1/√(1 + t²)`,
//! `s = t·c` makes the new columns `c·w_p − s·w_q` and `s·w_p + c·w_q` orthogonal. (This is the
//! Jacobi eigenvalue rotation of `AᵀA`, applied without ever forming `AᵀA`.)
//!
//! Convergence test: a sweep over all pairs finds every `|γ| ≤ tol·√(αβ)` (the columns are
//! orthogonal to working precision). Then `W = U·Σ` with `σ_j = ‖w_j‖` and `u_j = w_j/σ_j`, and
//! since `V` is orthogonal, `A = W·Vᵀ = U·Σ·Vᵀ`.
//!
//! For `m < n` the decomposition of `Aᵀ = U'ΣV'ᵀ` gives `A = V'ΣU'ᵀ`, so `U = V'`, `V = U'`.
//!
//! CONVENTION (thin SVD, `k = min(m, n)`):
//! - `U` is `m × k`, `Σ` has `k` singular values, largest first, `V` is `n × k`; `A = U·diag(σ)·Vᵀ`.
//! - Each column of `V` is signed by [`super::jacobi::fix_sign`]: its first largest-magnitude
//!   component is positive. Then `u_j = A·v_j / σ_j` for every `σ_j > 0`.
//! - Singular values at most `max(m, n)·ε·σ₁` count as zero ([`Svd::rank`]); their `u_j` (which
//!   `A·v_j/σ_j` cannot give) complete an orthonormal set by Gram–Schmidt on the standard basis
//!   vectors `e₁, e₂, …`, each then signed by the same rule. The reported `σ_j` are the computed
//!   values (tiny, not forced to 0).

use super::jacobi::fix_sign;
use super::{dot_f64, gram_schmidt, norm_f64, residual};
use nalgebra::DMatrix;

/// A thin singular value decomposition `A = U·diag(values)·Vᵀ`.
#[derive(Clone, Debug)]
pub struct Svd {
    /// `m × k` with orthonormal columns (`k = min(m, n)`).
    pub u: DMatrix<f64>,
    /// The singular values, largest first.
    pub values: Vec<f64>,
    /// `n × k` with orthonormal columns, each signed by the convention.
    pub v: DMatrix<f64>,
    /// Jacobi sweeps used.
    pub sweeps: usize,
    /// Whether a sweep found all column pairs orthogonal within the allowed sweeps.
    pub converged: bool,
}

impl Svd {
    /// The threshold below which a singular value counts as zero: `max(m, n)·ε·σ₁`, the one
    /// tolerance of [`super::real::rank_tolerance`].
    pub fn zero_threshold(&self) -> f64 {
        super::real::rank_tolerance(
            self.u.nrows(),
            self.v.nrows(),
            self.values.first().copied().unwrap_or(0.0),
        )
    }
    /// The numerical rank: the number of singular values above [`Svd::zero_threshold`].
    pub fn rank(&self) -> usize {
        let t = self.zero_threshold();
        self.values.iter().filter(|&&s| s > t).count()
    }
    /// `U·diag(σ)·Vᵀ`.
    pub fn reconstruct(&self) -> DMatrix<f64> {
        let mut us = self.u.clone();
        for (j, s) in self.values.iter().enumerate() {
            us.column_mut(j).scale_mut(*s);
        }
        us * self.v.transpose()
    }
}

/// Sweep limit; one-sided Jacobi typically needs 5–10 sweeps.
pub const MAX_SWEEPS: usize = 60;

/// The thin SVD of `a` by one-sided Jacobi. `None` for an empty matrix or a non-finite entry.
///
/// The iteration runs on `2^-e·A` with its largest entry in `[1, 2)` ([`super::scaling`]), and
/// the singular values are scaled back: the squares and products of the rotations cannot
/// overflow (`1e77·A`) or underflow (`1e-170·A`). A singular value beyond `f64`'s range comes
/// back infinite, and callers report it.
pub fn svd(a: &DMatrix<f64>) -> Option<Svd> {
    let (m, n) = a.shape();
    if m == 0 || n == 0 || !a.iter().all(|x| x.is_finite()) {
        return None;
    }
    let (scaled, e) = super::scaling::scaled(a);
    let mut s = svd_of_scaled(&scaled)?;
    s.values
        .iter_mut()
        .for_each(|x| *x = super::scaling::ldexp(*x, e));
    Some(s)
}

/// [`svd`] of a matrix with finite entries of moderate size.
fn svd_of_scaled(a: &DMatrix<f64>) -> Option<Svd> {
    let (m, n) = a.shape();
    if m < n {
        let t = svd_of_scaled(&a.transpose())?;
        let mut s = Svd {
            u: t.v,
            values: t.values,
            v: t.u,
            sweeps: t.sweeps,
            converged: t.converged,
        };
        // Re-sign so that V (formerly U) follows the convention; flip u_j with v_j.
        for j in 0..s.values.len() {
            let mut col: Vec<f64> = s.v.column(j).iter().copied().collect();
            if fix_sign(&mut col) {
                s.v.column_mut(j).neg_mut();
                s.u.column_mut(j).neg_mut();
            }
        }
        return Some(s);
    }
    // Columns of W = A·V, kept as vectors; V starts as the identity.
    let mut w: Vec<Vec<f64>> = (0..n)
        .map(|j| a.column(j).iter().copied().collect())
        .collect();
    let mut v: Vec<Vec<f64>> = (0..n)
        .map(|j| (0..n).map(|i| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    let tol = m as f64 * f64::EPSILON;
    let mut sweeps = 0;
    let mut converged = false;
    while !converged && sweeps < MAX_SWEEPS {
        converged = true;
        for p in 0..n {
            for q in p + 1..n {
                let alpha = dot_f64(&w[p], &w[p]);
                let beta = dot_f64(&w[q], &w[q]);
                let gamma = dot_f64(&w[p], &w[q]);
                if gamma == 0.0 || gamma.abs() <= tol * (alpha * beta).sqrt() {
                    continue;
                }
                converged = false;
                let zeta = (beta - alpha) / (2.0 * gamma);
                let t = zeta.signum() / (zeta.abs() + zeta.hypot(1.0));
                let c = 1.0 / t.hypot(1.0);
                let s = t * c;
                rotate(&mut w, p, q, c, s);
                rotate(&mut v, p, q, c, s);
            }
        }
        sweeps += 1;
    }
    // σ_j = ‖w_j‖, then sort descending.
    let sigma: Vec<f64> = w.iter().map(|c| norm_f64(c)).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| sigma[j].total_cmp(&sigma[i]));
    let values: Vec<f64> = order.iter().map(|&i| sigma[i]).collect();
    let threshold = m as f64 * f64::EPSILON * values[0];
    let mut u_cols: Vec<Vec<f64>> = Vec::with_capacity(n);
    let mut v_cols: Vec<Vec<f64>> = Vec::with_capacity(n);
    for (&i, &s) in order.iter().zip(&values) {
        let mut vj = v[i].clone();
        let flip = if fix_sign(&mut vj) { -1.0 } else { 1.0 };
        v_cols.push(vj);
        if s > threshold {
            u_cols.push(w[i].iter().map(|x| flip * x / s).collect());
        }
    }
    complete_basis(&mut u_cols, m, n);
    Some(Svd {
        u: DMatrix::from_fn(m, n, |i, j| u_cols[j][i]),
        values,
        v: DMatrix::from_fn(n, n, |i, j| v_cols[j][i]),
        sweeps,
        converged,
    })
}

/// Columns `p`, `q` of a matrix stored as columns become `c·x_p − s·x_q`, `s·x_p + c·x_q`.
fn rotate(cols: &mut [Vec<f64>], p: usize, q: usize, c: f64, s: f64) {
    for k in 0..cols[p].len() {
        let (x, y) = (cols[p][k], cols[q][k]);
        cols[p][k] = c * x - s * y;
        cols[q][k] = s * x + c * y;
    }
}

/// Extends orthonormal `cols` (vectors of length `m`) to `count` vectors with Gram–Schmidt on
/// `e₁, e₂, …`, each new vector signed by the convention.
fn complete_basis(cols: &mut Vec<Vec<f64>>, m: usize, count: usize) {
    let mut next = 0;
    while cols.len() < count && next < m {
        let e: Vec<f64> = (0..m).map(|i| if i == next { 1.0 } else { 0.0 }).collect();
        next += 1;
        // Twice against the current vectors, so the new one is orthogonal to working precision.
        let w = residual(&residual(&e, cols), cols);
        if norm_f64(&w) > 0.5 / (m as f64) {
            let mut q = gram_schmidt(&[w], 0.0).remove(0);
            fix_sign(&mut q);
            cols.push(q);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::jacobi::tests::{assert_orthonormal_columns, random, sizes};
    use super::*;
    use rand::{SeedableRng, rngs::ChaCha8Rng};

    fn check(a: &DMatrix<f64>, label: &str) -> Svd {
        let (m, n) = a.shape();
        let k = m.min(n);
        let s = svd(a).unwrap();
        assert!(s.converged, "{label}");
        assert_eq!(
            (s.u.shape(), s.v.shape(), s.values.len()),
            ((m, k), (n, k), k)
        );
        let want = a.clone().singular_values();
        let mut want: Vec<f64> = want.iter().copied().collect();
        want.sort_by(|x, y| y.total_cmp(x));
        let scale = want[0].max(f64::MIN_POSITIVE);
        for (g, w) in s.values.iter().zip(&want) {
            assert!((g - w).abs() <= 1e-12 * scale, "{label}: σ {g} vs {w}");
        }
        assert!(s.values.windows(2).all(|p| p[0] >= p[1]), "{label}: sorted");
        assert_orthonormal_columns(&s.u, 1e-13);
        assert_orthonormal_columns(&s.v, 1e-13);
        assert!(
            (s.reconstruct() - a).amax() <= 1e-13 * scale.max(1.0),
            "{label}"
        );
        for j in 0..k {
            let mut col: Vec<f64> = s.v.column(j).iter().copied().collect();
            assert!(
                !fix_sign(&mut col),
                "{label}: V column {j} is signed by the convention"
            );
            if s.values[j] > s.zero_threshold() {
                let av = a * s.v.column(j) / s.values[j];
                assert!((av - s.u.column(j)).amax() <= 1e-12 * scale / s.values[j]);
            }
        }
        s
    }

    #[test]
    fn agrees_with_nalgebra_on_random_matrices() {
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        for (i, n) in sizes().into_iter().enumerate() {
            let m = match i % 3 {
                0 => n,
                1 => n + 1 + i % 4,
                _ => (n - 1).max(1),
            };
            let a = random(&mut rng, m, n);
            check(&a, &format!("{m}×{n}"));
        }
    }

    #[test]
    fn well_conditioned_values_agree_to_relative_precision() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        for n in 2..9 {
            let a = random(&mut rng, n + 2, n);
            let s = svd(&a).unwrap();
            let mut want: Vec<f64> = a.singular_values().iter().copied().collect();
            want.sort_by(|x, y| y.total_cmp(x));
            for (g, w) in s.values.iter().zip(&want) {
                assert!((g - w).abs() <= 1e-12 * w, "{g} vs {w}");
            }
        }
    }

    #[test]
    fn rank_deficient_and_wide_matrices() {
        let mut rng = ChaCha8Rng::seed_from_u64(6);
        for (i, n) in sizes().into_iter().enumerate() {
            let r = 1 + i % n.min(4);
            let m = n + i % 5;
            // A product of m×r and r×n factors has rank r.
            let a = random(&mut rng, m, r) * random(&mut rng, r, n);
            let label = format!("rank {r}, {m}×{n}");
            let s = check(&a, &label);
            assert_eq!(s.rank(), r.min(n), "{label}");
            let s = check(&a.transpose(), &format!("{label}, transposed"));
            assert_eq!(s.rank(), r.min(n), "{label}, transposed");
        }
        let z = check(&DMatrix::zeros(3, 2), "zero");
        assert_eq!((z.rank(), z.values.as_slice()), (0, [0.0, 0.0].as_slice()));
        assert_eq!(z.u, DMatrix::identity(3, 2));
    }

    #[test]
    fn small_exact_case_and_convention() {
        // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], σ² = 45, 5.
        let a = DMatrix::from_row_slice(2, 2, &[3.0, 0.0, 4.0, 5.0]);
        let s = svd(&a).unwrap();
        assert!((s.values[0] - 45f64.sqrt()).abs() < 1e-14);
        assert!((s.values[1] - 5f64.sqrt()).abs() < 1e-14);
        let h = std::f64::consts::FRAC_1_SQRT_2;
        // v₁ = (1, 1)/√2, v₂ = (1, −1)/√2 with the first component positive on the tie.
        let want_v = [h, h, h, -h];
        assert!(s.v.iter().zip(want_v).all(|(g, w)| (g - w).abs() < 1e-15));
        // A row vector: σ = ‖a‖, v = a/‖a‖ signed, u = (1).
        let row = DMatrix::from_row_slice(1, 3, &[-2.0, 1.0, 2.0]);
        let s = svd(&row).unwrap();
        assert!((s.values[0] - 3.0).abs() < 1e-15);
        assert!(
            (s.u[(0, 0)] + 1.0).abs() < 1e-15,
            "v = (2, −1, −2)/3, so u = −1"
        );
        assert!(svd(&DMatrix::from_element(2, 2, f64::NAN)).is_none());
        assert!(svd(&DMatrix::<f64>::zeros(0, 2)).is_none());
    }
}
