//! LU factorisation with partial pivoting of a real square matrix: `P·A = L·U` with `L` unit lower
//! triangular and `U` upper triangular, computed on `2^-e·A` (see [`super::scaling`]).
//!
//! At step `k` the pivot is the entry of column `k`, at or below row `k`, largest in magnitude, so
//! every multiplier `lᵢₖ` has `|lᵢₖ| ≤ 1`. Only the coefficient matrix takes part in the choice
//! (there is no augmented block whose size could hide a small pivot), and no entry is ever
//! rounded to zero: whether `A` is singular is decided once, by the singular values
//! ([`super::real::rank_tolerance`]), not by a threshold inside the elimination.

use super::scaling::{Magnitude, ldexp, scaled};
use nalgebra::DMatrix;

/// `P·(2^-e·A) = L·U`, stored compactly: `U` on and above the diagonal, the multipliers of `L`
/// below it.
#[derive(Clone, Debug)]
pub struct Lu {
    lu: DMatrix<f64>,
    /// `perm[i]` is the row of `A` that ended in row `i`.
    perm: Vec<usize>,
    /// +1 or −1: the sign of the permutation.
    sign: f64,
    /// The scale `e` (the factorised matrix is `2^-e·A`).
    exponent: i32,
}

/// The factorisation of a square matrix with finite entries; `None` otherwise.
pub fn lu(a: &DMatrix<f64>) -> Option<Lu> {
    let n = a.nrows();
    if !a.is_square() || n == 0 || !a.iter().all(|x| x.is_finite()) {
        return None;
    }
    let (mut m, exponent) = scaled(a);
    let mut perm: Vec<usize> = (0..n).collect();
    let mut sign = 1.0;
    for k in 0..n {
        let p = (k..n)
            .max_by(|&i, &j| m[(i, k)].abs().total_cmp(&m[(j, k)].abs()))
            .unwrap_or(k);
        if p != k {
            m.swap_rows(p, k);
            perm.swap(p, k);
            sign = -sign;
        }
        let pivot = m[(k, k)];
        if pivot == 0.0 {
            // The whole column is zero below the diagonal: nothing to eliminate.
            continue;
        }
        for i in k + 1..n {
            let l = m[(i, k)] / pivot;
            m[(i, k)] = l;
            if l != 0.0 {
                for j in k + 1..n {
                    m[(i, j)] -= l * m[(k, j)];
                }
            }
        }
    }
    Some(Lu {
        lu: m,
        perm,
        sign,
        exponent,
    })
}

impl Lu {
    /// `det A = sign(P)·Π uᵢᵢ·2^(e·n)`, as a [`Magnitude`] (it may lie outside `f64`'s range).
    pub fn determinant(&self) -> Magnitude {
        let n = self.lu.nrows();
        (0..n)
            .fold(Magnitude::ONE.times(self.sign), |d, i| {
                d.times(self.lu[(i, i)])
            })
            .times_pow2(i64::from(self.exponent) * n as i64)
    }

    /// `x` with `A·x = b`; `None` when a pivot is exactly zero or a result is not finite.
    pub fn solve(&self, b: &[f64]) -> Option<Vec<f64>> {
        let n = self.lu.nrows();
        if b.len() != n || !b.iter().all(|x| x.is_finite()) {
            return None;
        }
        // Scale b as well: A·x = b ⇔ (2^-e·A)·x_s = 2^-f·b with x = 2^(f−e)·x_s.
        let f = super::scaling::exponent(b.iter().fold(0.0f64, |m, x| m.max(x.abs())));
        let mut x: Vec<f64> = self.perm.iter().map(|&i| ldexp(b[i], -f)).collect();
        for i in 0..n {
            let s: f64 = (0..i).map(|j| self.lu[(i, j)] * x[j]).sum();
            x[i] -= s;
        }
        for i in (0..n).rev() {
            let s: f64 = (i + 1..n).map(|j| self.lu[(i, j)] * x[j]).sum();
            let u = self.lu[(i, i)];
            if u == 0.0 {
                return None;
            }
            x[i] = (x[i] - s) / u;
        }
        let x: Vec<f64> = x.iter().map(|&v| ldexp(v, f - self.exponent)).collect();
        x.iter().all(|v| v.is_finite()).then_some(x)
    }

    /// `A⁻¹`, column by column; `None` as for [`Lu::solve`].
    pub fn inverse(&self) -> Option<DMatrix<f64>> {
        let n = self.lu.nrows();
        let mut inv = DMatrix::zeros(n, n);
        for j in 0..n {
            let e: Vec<f64> = (0..n).map(|i| if i == j { 1.0 } else { 0.0 }).collect();
            let col = self.solve(&e)?;
            inv.column_mut(j).copy_from_slice(&col);
        }
        Some(inv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solves_and_inverts_at_any_scale() {
        for scale in [1e-300, 1e-150, 1e-11, 1.0, 1e5, 1e150, 1e300] {
            let a = DMatrix::from_row_slice(2, 2, &[1.0, -5.0, 3.0, -8.0]) * scale;
            let f = lu(&a).unwrap();
            let d = f.determinant().to_f64();
            let want = 7.0 * scale * scale;
            if want.is_normal() {
                let d = d.unwrap();
                assert!((d - want).abs() <= 1e-14 * want, "{scale}: {d}");
            } else {
                let log = (7.0f64).log10() + 2.0 * scale.log10();
                assert!((d.unwrap_err().log10 - log).abs() < 1e-9, "{scale}");
            }
            let inv = f.inverse().unwrap();
            let check = &a * &inv - DMatrix::identity(2, 2);
            assert!(check.amax() < 1e-14, "{scale}: {inv}");
            let x = f.solve(&[1.0, 1.0]).unwrap();
            assert!((x[0] - (-3.0 / 7.0) / scale).abs() <= 1e-14 * (3.0 / 7.0) / scale);
            assert!((x[1] - (-2.0 / 7.0) / scale).abs() <= 1e-14 * (2.0 / 7.0) / scale);
        }
    }

    #[test]
    fn an_exactly_singular_matrix_has_a_zero_pivot() {
        let a = DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 2.0, 4.0]);
        let f = lu(&a).unwrap();
        assert!(f.determinant().is_zero());
        assert!(f.solve(&[1.0, 1.0]).is_none());
        assert!(lu(&DMatrix::from_row_slice(1, 2, &[1.0, 2.0])).is_none());
        assert!(lu(&DMatrix::from_element(2, 2, f64::NAN)).is_none());
    }
}
