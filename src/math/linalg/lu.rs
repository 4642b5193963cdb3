//! LU factorisation with partial pivoting of a real square matrix, on the equilibrated matrix
//! `A' = R·A·C`: `P·A' = L·U` with `L` unit lower triangular and `U` upper triangular.
//!
//! Equilibration, as LAPACK's `dgeequ`: `R` scales each row by a power of two so that its largest
//! entry lies in `[1, 2)`, then `C` does the same for each column of `R·A`. Powers of two are
//! exact, so `A'` is `A` with no digit changed; but a row of `1e-300`s next to a row of `1e300`s
//! no longer underflows or swamps the other in between, and `det A = det A' / (det R · det C)`,
//! `A⁻¹ = C·A'⁻¹·R`, `x = C·A'⁻¹·R·b` follow exactly.
//!
//! At step `k` the pivot is the entry of column `k`, at or below row `k`, largest in magnitude, so
//! every multiplier `lᵢₖ` has `|lᵢₖ| ≤ 1`. Only the coefficient matrix takes part in the choice
//! (there is no augmented block whose size could hide a small pivot), and no entry is ever
//! rounded to zero: whether `A` is singular is decided once, by the singular values
//! ([`super::real::rank_tolerance`]), not by a threshold inside the elimination.
//!
//! The elimination itself runs on the row-major buffer ([`crate::math::dense::lu::Lu`]: row
//! operations on contiguous slices); this module adds the equilibration around it.

use super::scaling::{Magnitude, exponent, ldexp};
use crate::math::dense::{Dense, lu::Lu as DenseLu};
use nalgebra::DMatrix;

/// `P·(R·A·C) = L·U` (the factors of the equilibrated matrix), with the scalings `R` and `C`.
#[derive(Clone, Debug)]
pub struct Lu {
    lu: DenseLu,
    /// `R = diag(2^-row_exp[i])`, `C = diag(2^-col_exp[j])`.
    row_exp: Vec<i32>,
    col_exp: Vec<i32>,
}

/// The exponents that bring the largest magnitude of each line (row or column) into `[1, 2)`.
fn line_exponents(n: usize, entry: impl Fn(usize, usize) -> f64) -> Vec<i32> {
    (0..n)
        .map(|i| exponent((0..n).fold(0.0f64, |m, j| m.max(entry(i, j).abs()))))
        .collect()
}

/// The factorisation of a square matrix with finite entries; `None` otherwise.
pub fn lu(a: &DMatrix<f64>) -> Option<Lu> {
    let n = a.nrows();
    if !a.is_square() || n == 0 || !a.iter().all(|x| x.is_finite()) {
        return None;
    }
    let row_exp = line_exponents(n, |i, j| a[(i, j)]);
    let mut m = Dense::from_fn(n, n, |i, j| ldexp(a[(i, j)], -row_exp[i]));
    let col_exp = line_exponents(n, |j, i| m[(i, j)]);
    for i in 0..n {
        for (x, &e) in m.row_mut(i).iter_mut().zip(&col_exp) {
            *x = ldexp(*x, -e);
        }
    }
    Some(Lu {
        lu: DenseLu::factor(&m)?,
        row_exp,
        col_exp,
    })
}

impl Lu {
    /// `det A = sign(P)·Π uᵢᵢ·2^(Σ row_exp + Σ col_exp)`, as a [`Magnitude`] (it may lie outside
    /// `f64`'s range).
    pub fn determinant(&self) -> Magnitude {
        let scale: i64 = self
            .row_exp
            .iter()
            .chain(&self.col_exp)
            .map(|&e| i64::from(e))
            .sum();
        self.lu
            .pivots()
            .fold(
                Magnitude::ONE.times(self.lu.permutation_sign()),
                Magnitude::times,
            )
            .times_pow2(scale)
    }

    /// `x` with `A·x = b`; `None` when a pivot is exactly zero or a result is not finite.
    pub fn solve(&self, b: &[f64]) -> Option<Vec<f64>> {
        let n = self.row_exp.len();
        if b.len() != n || !b.iter().all(|x| x.is_finite()) {
            return None;
        }
        // A·x = b ⇔ A'·y = 2^-f·R·b with x = 2^f·C·y; f keeps R·b in range.
        let f = (0..n)
            .filter(|&i| b[i] != 0.0)
            .map(|i| exponent(b[i]) - self.row_exp[i])
            .max()
            .unwrap_or(0);
        let rb: Vec<f64> = (0..n).map(|i| ldexp(b[i], -self.row_exp[i] - f)).collect();
        let y = self.lu.try_solve(&rb)?;
        let x: Vec<f64> = (0..n).map(|j| ldexp(y[j], f - self.col_exp[j])).collect();
        x.iter().all(|v| v.is_finite()).then_some(x)
    }

    /// `A⁻¹ = C·A'⁻¹·R`: entry `(i, j)` is that of `A'⁻¹` times `2^-(col_exp[i] + row_exp[j])`;
    /// `None` as for [`Lu::solve`].
    pub fn inverse(&self) -> Option<DMatrix<f64>> {
        if self.lu.pivots().any(|u| u == 0.0) {
            return None;
        }
        let inv = self.lu.inverse();
        let n = inv.nrows();
        let out = DMatrix::from_fn(n, n, |i, j| {
            ldexp(inv[(i, j)], -self.col_exp[i] - self.row_exp[j])
        });
        out.iter().all(|v| v.is_finite()).then_some(out)
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
    fn rows_of_very_different_scales_are_equilibrated() {
        // det = 7.4e184·6.26e-144 − 4.77e-135·6.65e-198 ≈ 4.63e41: scaling the whole matrix by
        // its largest entry would underflow the second row to 0.
        let a = DMatrix::from_row_slice(
            2,
            2,
            &[
                7.398483897088285e184,
                4.7708322478919655e-135,
                6.6453765749502454e-198,
                6.260662208982444e-144,
            ],
        );
        let f = lu(&a).unwrap();
        let want = 7.398483897088285e184 * 6.260662208982444e-144;
        let d = f.determinant().to_f64().unwrap();
        assert!((d - want).abs() <= 1e-15 * want, "{d}");
        // A row swamped by a huge one keeps its digits: the cyclic term dominates the det.
        let b = DMatrix::from_row_slice(
            3,
            3,
            &[
                3.578147915504962e-105,
                -8.999423774897921e-114,
                -8.568273628032767e30,
                -1.9040711789696515e-105,
                1.3327601669116095e-153,
                -2.0456897577033884e-95,
                -2.9538508882640826e-103,
                3.0350625251915975e165,
                -7.609061576909405e97,
            ],
        );
        let cyclic = b[(0, 2)] * b[(1, 0)] * b[(2, 1)];
        let d = lu(&b).unwrap().determinant().to_f64().unwrap();
        assert!(
            (d - cyclic).abs() <= 1e-12 * cyclic.abs(),
            "{d} vs {cyclic}"
        );
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
