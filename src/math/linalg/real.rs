//! The real (floating-point) path of `det`, `inv`, `solve` and `rank`, with ONE rule for
//! singularity.
//!
//! THE TOLERANCE (numpy's `matrix_rank`): a singular value `σ` of an `m × n` matrix counts as zero
//! when `σ ≤ max(m, n)·ε·σ_max` (`ε = 2⁻⁵²`). The numerical rank is the number of singular values
//! above it; a square matrix is singular when its rank is below `n`. `rank` reports this rank, and
//! `inv`, `solve` and `cond` refuse exactly the matrices it calls rank-deficient, so a matrix
//! `rank` calls full rank is one `inv` inverts, and vice versa. The rule is relative, so it does
//! not depend on the scale of the matrix: `1e-11·A` and `1e100·A` are singular exactly when `A` is.
//!
//! `det` is a value, not a decision: it is the product of the LU pivots (partial pivoting, on the
//! matrix scaled by a power of two), kept as `mantissa·2^exponent` so that a determinant outside
//! `f64`'s range is reported as such instead of as `0` or `inf`. It is exactly 0 only when
//! elimination meets an exactly zero column.
//!
//! Exact matrices do not come here: they are eliminated over the rationals
//! ([`super::gauss_jordan`]), where zero means zero.

use super::lu::lu;
use super::scaling::OutOfRange;
use super::svd::svd;
use nalgebra::DMatrix;

/// Why a real computation has no result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RealError {
    /// An entry is NaN or infinite, or the matrix is empty or not square where it must be.
    NotFinite,
    /// The matrix is singular to working precision: its smallest singular value is at most the
    /// tolerance of [`rank_tolerance`].
    Singular { smallest: f64, tolerance: f64 },
    /// The value lies outside the range of `f64`.
    OutOfRange(OutOfRange),
}

/// The numerical rank of a matrix and what decided it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumericalRank {
    pub rank: usize,
    /// `max(m, n)·ε·σ_max`: singular values at most this count as zero.
    pub tolerance: f64,
    pub largest: f64,
    pub smallest: f64,
}

/// The tolerance below which a singular value counts as zero: `max(m, n)·ε·σ_max`.
pub fn rank_tolerance(m: usize, n: usize, sigma_max: f64) -> f64 {
    m.max(n) as f64 * f64::EPSILON * sigma_max
}

/// The numerical rank by the singular values; `Err` for an empty matrix or non-finite entries.
pub fn numerical_rank(a: &DMatrix<f64>) -> Result<NumericalRank, RealError> {
    let s = svd(a).ok_or(RealError::NotFinite)?;
    if !s.values.iter().all(|x| x.is_finite()) {
        return Err(RealError::NotFinite);
    }
    let largest = s.values.first().copied().unwrap_or(0.0);
    let tolerance = rank_tolerance(a.nrows(), a.ncols(), largest);
    Ok(NumericalRank {
        rank: s.values.iter().filter(|&&x| x > tolerance).count(),
        tolerance,
        largest,
        smallest: s.values.last().copied().unwrap_or(0.0),
    })
}

/// `Ok` if the square matrix `a` is nonsingular by [`rank_tolerance`].
pub fn check_nonsingular(a: &DMatrix<f64>) -> Result<(), RealError> {
    if !a.is_square() {
        return Err(RealError::NotFinite);
    }
    let r = numerical_rank(a)?;
    if r.rank < a.nrows() {
        return Err(RealError::Singular {
            smallest: r.smallest,
            tolerance: r.tolerance,
        });
    }
    Ok(())
}

/// `det A` of a real square matrix (see the module documentation).
pub fn determinant(a: &DMatrix<f64>) -> Result<f64, RealError> {
    let f = lu(a).ok_or(RealError::NotFinite)?;
    f.determinant().to_f64().map_err(RealError::OutOfRange)
}

/// `A⁻¹` of a nonsingular real square matrix.
pub fn inverse(a: &DMatrix<f64>) -> Result<DMatrix<f64>, RealError> {
    check_nonsingular(a)?;
    let f = lu(a).ok_or(RealError::NotFinite)?;
    f.inverse().ok_or_else(overflow)
}

/// The solution of `A·x = b` for a nonsingular real square `A`.
pub fn solve(a: &DMatrix<f64>, b: &[f64]) -> Result<Vec<f64>, RealError> {
    check_nonsingular(a)?;
    let f = lu(a).ok_or(RealError::NotFinite)?;
    f.solve(b).ok_or_else(overflow)
}

/// A result entry that overflowed: the inverse of a matrix whose entries are near the smallest
/// `f64` (its inverse's entries exceed the largest).
fn overflow() -> RealError {
    RealError::OutOfRange(OutOfRange {
        log10: f64::INFINITY,
        negative: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(rows: &[&[f64]]) -> DMatrix<f64> {
        DMatrix::from_fn(rows.len(), rows[0].len(), |i, j| rows[i][j])
    }

    #[test]
    fn singularity_does_not_depend_on_scale() {
        for scale in [1e-150, 1e-100, 1e-11, 1.0, 1e5, 1e100, 1e150] {
            let a = m(&[&[1.0, -5.0], &[3.0, -8.0]]) * (std::f64::consts::PI * scale);
            assert_eq!(numerical_rank(&a).unwrap().rank, 2, "{scale}");
            let inv = inverse(&a).unwrap();
            assert!(
                (&a * inv - DMatrix::identity(2, 2)).amax() < 1e-14,
                "{scale}"
            );
            let s = m(&[&[1.0, 2.0], &[2.0, 4.0]]) * scale;
            assert_eq!(numerical_rank(&s).unwrap().rank, 1, "{scale}");
            assert!(matches!(inverse(&s), Err(RealError::Singular { .. })));
            assert!(matches!(
                solve(&s, &[1.0, 1.0]),
                Err(RealError::Singular { .. })
            ));
        }
    }

    #[test]
    fn the_issue_examples() {
        // inv([[123456.78901234567, 2], [3, 4]]): entries near 1e-5, not zeroed.
        let a = m(&[&[123456.78901234567, 2.0], &[3.0, 4.0]]);
        let inv = inverse(&a).unwrap();
        let want = a.clone().try_inverse().unwrap();
        assert!((inv - &want).amax() <= 1e-15 * want.amax());
        // det([1e-20 0; 0 1]) = 1e-20 and det([[1e308, 1], [1, 1]]) ≈ 1e308: true values.
        assert_eq!(determinant(&m(&[&[1e-20, 0.0], &[0.0, 1.0]])), Ok(1e-20));
        let d = determinant(&m(&[&[1e308, 1.0], &[1.0, 1.0]])).unwrap();
        assert!((d - 1e308).abs() <= 1e-15 * 1e308);
        // A determinant beyond f64 is reported as such.
        let big = DMatrix::<f64>::identity(3, 3) * 1e200;
        let Err(RealError::OutOfRange(o)) = determinant(&big) else {
            panic!("overflow")
        };
        assert_eq!(o.approximate(), "1e600");
    }
}
