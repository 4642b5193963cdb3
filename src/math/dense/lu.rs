//! LU factorisation with partial pivoting on the row-major buffer: `P·A = L·U`, for det, solve
//! and inverse of a real square matrix.
//!
//! Why it is fast: the elimination is right-looking with the pivot step `k` outermost, and every
//! update is a row operation on contiguous slices. At step `k` the trailing rows `i > k` each
//! receive `rowᵢ ← rowᵢ − lᵢₖ·rowₖ` over columns `k+1…n`: an "axpy" the compiler vectorises,
//! on rows it reaches with `split_at_mut` (the pivot row borrowed, the rows below it mutable),
//! so no index is checked inside the loop. Pivoting swaps two rows in place (two slices); the
//! triangular solves are dot products along rows (one right-hand side) or axpys of whole rows
//! (the `n` right-hand sides of the inverse).
//!
//! The pivot of step `k` is the entry of column `k`, at or below row `k`, largest in magnitude,
//! so every multiplier has `|lᵢₖ| ≤ 1`. No threshold decides singularity here: a pivot is zero
//! only when the whole column below the diagonal is exactly zero, and then that step is skipped
//! (`det = 0`; a solve divides by zero, as IEEE arithmetic does). Callers that need a decision
//! use the singular values ([`crate::math::linalg::real`]), and the equilibrated wrapper
//! ([`crate::math::linalg::real::determinant`]) keeps a determinant outside `f64`'s range.

use super::Dense;
use crate::math::linalg::scaling::Magnitude;

/// `P·A = L·U`, stored compactly: `U` on and above the diagonal, the multipliers of the unit
/// lower-triangular `L` below it.
#[derive(Clone, Debug)]
pub struct Lu {
    lu: Dense,
    /// `perm[i]` is the row of `A` that ended in row `i`.
    perm: Vec<usize>,
    /// +1 or −1: the sign of the permutation `P`.
    sign: f64,
}

impl Lu {
    /// The factorisation of a square matrix with finite entries; `None` for a non-square or
    /// empty matrix or one with a NaN or infinite entry.
    pub fn factor(a: &Dense) -> Option<Lu> {
        let n = a.nrows();
        if !a.is_square() || n == 0 || !a.is_finite() {
            return None;
        }
        let mut lu = a.clone();
        let mut perm: Vec<usize> = (0..n).collect();
        let mut sign = 1.0;
        for k in 0..n {
            let column = lu.as_slice()[k * n + k..].iter().step_by(n);
            let p = k + column
                .enumerate()
                .fold((0, -1.0), |(best, big), (r, x)| {
                    if x.abs() > big {
                        (r, x.abs())
                    } else {
                        (best, big)
                    }
                })
                .0;
            if p != k {
                lu.swap_rows(p, k);
                perm.swap(p, k);
                sign = -sign;
            }
            let (head, below) = lu.as_mut_slice().split_at_mut((k + 1) * n);
            let pivot_row = &head[k * n..];
            let pivot = pivot_row[k];
            if pivot == 0.0 {
                // The whole column is zero at and below the diagonal: nothing to eliminate.
                continue;
            }
            let pivot_tail = &pivot_row[k + 1..];
            for row in below.chunks_exact_mut(n) {
                let l = row[k] / pivot;
                row[k] = l;
                if l != 0.0 {
                    for (x, &u) in row[k + 1..].iter_mut().zip(pivot_tail) {
                        *x -= l * u;
                    }
                }
            }
        }
        Some(Lu { lu, perm, sign })
    }

    /// The order `n` of the factored matrix.
    pub fn order(&self) -> usize {
        self.perm.len()
    }

    /// `+1` or `−1`: the sign of the row permutation.
    pub fn permutation_sign(&self) -> f64 {
        self.sign
    }

    /// `perm[i]`: the row of `A` that ended in row `i` of `L·U`.
    pub fn permutation(&self) -> &[usize] {
        &self.perm
    }

    /// The compact factors: `U` on and above the diagonal, `L`'s multipliers below it.
    pub fn factors(&self) -> &Dense {
        &self.lu
    }

    /// The pivots `u₁₁ … uₙₙ`, the diagonal of `U`.
    pub fn pivots(&self) -> impl Iterator<Item = f64> + '_ {
        (0..self.order()).map(|i| self.lu[(i, i)])
    }

    /// `det A = sign(P)·Π uᵢᵢ`. The product is taken so that only the final value can overflow or
    /// underflow: `±inf` when `|det A|` exceeds `f64::MAX`, `±0` (or a subnormal) when it is
    /// below the smallest normal number, never an intermediate product (`1e200·1e200·1e-200`
    /// is `1e200`).
    pub fn det(&self) -> f64 {
        let mut d = self.sign;
        for u in self.pivots() {
            d *= u;
            if !(d.abs() >= f64::MIN_POSITIVE && d.abs() <= f64::MAX) {
                return self.det_scaled();
            }
        }
        d
    }

    /// The slow, exact-range path of [`Lu::det`]: the product as `mantissa·2^exponent`.
    fn det_scaled(&self) -> f64 {
        let d = self
            .pivots()
            .fold(Magnitude::ONE.times(self.sign), Magnitude::times);
        match d.to_f64() {
            Ok(x) => x,
            Err(out) => {
                let size = if out.log10 > 0.0 { f64::INFINITY } else { 0.0 };
                if out.negative { -size } else { size }
            }
        }
    }

    /// `x` with `A·x = b`: forward substitution with `L`, back substitution with `U`.
    ///
    /// Panics if `b.len()` is not the order of `A` (a caller's bug, like an index out of range).
    /// A zero pivot gives infinite or NaN entries (IEEE division by zero); see
    /// [`Lu::try_solve`] for a checked version.
    pub fn solve(&self, b: &[f64]) -> Vec<f64> {
        let n = self.order();
        assert_eq!(
            b.len(),
            n,
            "right-hand side of length {} for order {n}",
            b.len()
        );
        let mut x: Vec<f64> = self.perm.iter().map(|&i| b[i]).collect();
        for i in 0..n {
            let row = &self.lu.row(i)[..i];
            let s: f64 = row.iter().zip(&x[..i]).map(|(l, y)| l * y).sum();
            x[i] -= s;
        }
        for i in (0..n).rev() {
            let row = self.lu.row(i);
            let s: f64 = row[i + 1..]
                .iter()
                .zip(&x[i + 1..])
                .map(|(u, y)| u * y)
                .sum();
            x[i] = (x[i] - s) / row[i];
        }
        x
    }

    /// [`Lu::solve`], `None` when `b` has the wrong length, a pivot is exactly zero or an entry
    /// of the result is not finite.
    pub fn try_solve(&self, b: &[f64]) -> Option<Vec<f64>> {
        if b.len() != self.order() || self.pivots().any(|u| u == 0.0) {
            return None;
        }
        let x = self.solve(b);
        x.iter().all(|v| v.is_finite()).then_some(x)
    }

    /// `A⁻¹`, by solving `A·X = I` for all `n` columns at once: the substitutions run on whole
    /// rows of `X` (row `i` of `X` minus a multiple of row `j`), contiguous and vectorised.
    /// A zero pivot gives infinite or NaN entries, as for [`Lu::solve`].
    pub fn inverse(&self) -> Dense {
        let n = self.order();
        // P·I: row i of the right-hand side is row perm[i] of the identity.
        let mut x = Dense::from_fn(n, n, |i, j| if self.perm[i] == j { 1.0 } else { 0.0 });
        let data = x.as_mut_slice();
        // L·Y = P: rowᵢ(Y) = rowᵢ(P) − Σ_{j<i} lᵢⱼ·rowⱼ(Y).
        for i in 1..n {
            let (done, rest) = data.split_at_mut(i * n);
            let target = &mut rest[..n];
            for (j, &l) in self.lu.row(i)[..i].iter().enumerate() {
                if l != 0.0 {
                    axpy(target, -l, &done[j * n..(j + 1) * n]);
                }
            }
        }
        // U·X = Y: rowᵢ(X) = (rowᵢ(Y) − Σ_{j>i} uᵢⱼ·rowⱼ(X)) / uᵢᵢ.
        for i in (0..n).rev() {
            let (head, done) = data.split_at_mut((i + 1) * n);
            let target = &mut head[i * n..];
            let row = self.lu.row(i);
            for (j, &u) in row[i + 1..].iter().enumerate() {
                if u != 0.0 {
                    axpy(target, -u, &done[j * n..(j + 1) * n]);
                }
            }
            let pivot = row[i];
            for t in target.iter_mut() {
                *t /= pivot;
            }
        }
        x
    }
}

/// `y ← y + α·x` on two contiguous rows of the same length (vectorised by the compiler).
fn axpy(y: &mut [f64], alpha: f64, x: &[f64]) {
    for (y, &x) in y.iter_mut().zip(x) {
        *y += alpha * x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nalgebra::DVector;
    use rand::rngs::StdRng;
    use rand::{RngExt, SeedableRng};

    const SIZES: [usize; 9] = [1, 2, 3, 7, 8, 9, 31, 50, 65];

    fn random(rng: &mut StdRng, n: usize, scale: f64) -> Dense {
        Dense::from_fn(n, n, |_, _| scale * rng.random_range(-1.0..1.0))
    }

    fn relative(x: f64, y: f64) -> f64 {
        (x - y).abs() / y.abs()
    }

    /// Checks det, solve and inverse of `a` against nalgebra's LU: det to relative 1e-11 when
    /// it is a normal double (else both are out of range), solve and inverse to `1e-13·κ(A)`
    /// relative to the largest entry, every entry finite and nonzero.
    fn check_against_nalgebra(a: &Dense, label: &str) {
        let n = a.nrows();
        let na = a.to_nalgebra();
        let f = Lu::factor(a).unwrap();
        let nlu = na.clone().lu();
        let (d, want) = (f.det(), nlu.determinant());
        if want.is_normal() {
            assert!(relative(d, want) < 1e-11, "{label}: {d} vs {want}");
        } else {
            assert!(
                !d.is_normal() && d.signum() == want.signum(),
                "{label}: {d}"
            );
        }
        let sigma = na.clone().svd(false, false).singular_values;
        let kappa = sigma[0] / sigma[n - 1];
        let scale = na.amax();
        let b: Vec<f64> = (0..n).map(|i| scale * (i as f64 - 2.5)).collect();
        let x = f.solve(&b);
        let want = nlu.solve(&DVector::from_column_slice(&b)).unwrap();
        let tol = 1e-13 * kappa * want.amax();
        assert!(x.iter().all(|v| v.is_finite() && *v != 0.0), "{label}");
        for i in 0..n {
            assert!((x[i] - want[i]).abs() <= tol, "{label} x[{i}]");
        }
        let inv = f.inverse().to_nalgebra();
        // nalgebra's LU inverse: its `try_inverse` uses cofactors up to 4×4, which overflow at
        // 1e150 (the determinant is formed first).
        let want = nlu.try_inverse().unwrap();
        assert!(inv.iter().all(|v| v.is_finite() && *v != 0.0), "{label}");
        let err = (&inv - &want).amax();
        assert!(err <= 1e-13 * kappa * want.amax(), "{label}: {err}");
    }

    #[test]
    fn det_solve_and_inverse_match_nalgebra() {
        let mut rng = StdRng::seed_from_u64(20);
        for n in SIZES {
            for scale in [1.0, 1e-4, 1e4] {
                let a = random(&mut rng, n, scale);
                check_against_nalgebra(&a, &format!("n={n} scale={scale}"));
            }
        }
    }

    #[test]
    fn entries_near_1e150_and_1e_minus_150() {
        // A 2×2 determinant is near 1e±300 (inside the range); larger ones are out of range in
        // both; solve and inverse stay finite and nonzero at every size.
        let mut rng = StdRng::seed_from_u64(21);
        for scale in [1e150, 1e-150] {
            for n in SIZES {
                let a = random(&mut rng, n, scale);
                check_against_nalgebra(&a, &format!("n={n} scale={scale}"));
            }
        }
    }

    #[test]
    fn det_has_no_spurious_overflow_or_underflow() {
        // Pivots 1e200, 1e200, 1e-200 in that order: 1e200·1e200 overflows, det = 1e200 does not.
        let a = Dense::from_fn(3, 3, |i, j| match (i, j) {
            (0, 0) | (1, 1) => 1e200,
            (2, 2) => 1e-200,
            _ => 0.0,
        });
        let d = Lu::factor(&a).unwrap().det();
        assert!(relative(d, 1e200) < 1e-15, "{d}");
        let tiny = Dense::from_fn(3, 3, |i, j| match (i, j) {
            (0, 0) | (1, 1) => 1e-200,
            (2, 2) => -1e200,
            _ => 0.0,
        });
        let d = Lu::factor(&tiny).unwrap().det();
        assert!(relative(d, -1e-200) < 1e-15, "{d}");
        // A determinant genuinely outside the range: ±inf and ±0, with the sign.
        let big = Dense::from_fn(3, 3, |i, j| if i == j { -1e200 } else { 0.0 });
        assert_eq!(Lu::factor(&big).unwrap().det(), f64::NEG_INFINITY);
        let small = Dense::from_fn(2, 2, |i, j| if i == j { 1e-200 } else { 0.0 });
        assert_eq!(Lu::factor(&small).unwrap().det(), 0.0);
    }

    #[test]
    fn the_sign_of_the_permutation_enters_the_determinant() {
        // A permutation matrix of a 3-cycle (even: det +1) and of a transposition (odd: −1).
        let cycle = Dense::from_fn(3, 3, |i, j| if j == (i + 1) % 3 { 1.0 } else { 0.0 });
        let f = Lu::factor(&cycle).unwrap();
        assert_eq!(f.det(), 1.0);
        assert_eq!(f.permutation_sign(), 1.0);
        let swap = Dense::from_fn(3, 3, |i, j| match i {
            0 => (j == 1) as u8 as f64,
            1 => (j == 0) as u8 as f64,
            _ => (j == 2) as u8 as f64,
        });
        let f = Lu::factor(&swap).unwrap();
        assert_eq!(f.det(), -1.0);
        assert_eq!(f.permutation(), &[1, 0, 2]);
        // [[1, 2], [3, 4]]: pivoting on 3 swaps the rows; det = -2.
        let a = Dense::from_row_major(2, 2, vec![1.0, 2.0, 3.0, 4.0]).unwrap();
        let f = Lu::factor(&a).unwrap();
        assert_eq!(f.permutation_sign(), -1.0);
        assert!(relative(f.det(), -2.0) < 1e-15);
        let x = f.solve(&[5.0, 6.0]);
        assert!(
            (x[0] + 4.0).abs() < 1e-14 && (x[1] - 4.5).abs() < 1e-14,
            "{x:?}"
        );
    }

    #[test]
    fn singular_and_non_finite_inputs() {
        let s =
            Dense::from_row_major(3, 3, vec![1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 0.0, 0.0, 0.0]).unwrap();
        let f = Lu::factor(&s).unwrap();
        assert_eq!(f.det(), 0.0);
        assert!(f.try_solve(&[1.0, 1.0, 1.0]).is_none());
        assert!(f.inverse().as_slice().iter().any(|x| !x.is_finite()));
        assert!(Lu::factor(&Dense::zeros(2, 3)).is_none());
        assert!(Lu::factor(&Dense::zeros(0, 0)).is_none());
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut a = Dense::identity(4);
            a[(2, 1)] = bad;
            assert!(Lu::factor(&a).is_none());
        }
        let f = Lu::factor(&Dense::identity(3)).unwrap();
        assert!(f.try_solve(&[1.0, 2.0]).is_none());
        assert_eq!(f.try_solve(&[1.0, 2.0, 3.0]), Some(vec![1.0, 2.0, 3.0]));
    }
}
