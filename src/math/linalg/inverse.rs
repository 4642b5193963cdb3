//! Matrix inverse by Gauss–Jordan elimination on the augmented matrix `[A | I]`.

use super::gauss_jordan::{Elimination, rref_augmented};
use crate::math::Matrix;

/// `A⁻¹`, or `None` if `A` is not square or is singular (rank < n).
///
/// Exact matrices: row-reduce `[A | I]`; when the left block becomes `I`, the right block is
/// `A⁻¹`. Real matrices: LU with partial pivoting, singular by the one tolerance of
/// [`super::real`] (and `None` too if an entry of `A⁻¹` would overflow).
pub fn inverse(a: &Matrix) -> Option<Matrix> {
    if !a.is_exact() {
        return super::real::inverse(&a.to_nalgebra())
            .ok()
            .map(|m| Matrix::from_nalgebra(&m));
    }
    let inv = inverse_with_steps(a).map(|(inv, _)| inv)?;
    if !inv.is_exact() {
        // The rationals overflowed on the way: compute it again the real way.
        return inverse(&a.to_real());
    }
    Some(inv)
}

/// Like [`inverse`], also returning the elimination of `[A | I]` for worked solutions.
pub fn inverse_with_steps(a: &Matrix) -> Option<(Matrix, Elimination)> {
    if !a.is_square() {
        return None;
    }
    let n = a.nrows();
    let e = rref_augmented(&a.hstack(&Matrix::identity(n))?, n);
    if e.pivots.iter().take_while(|&&p| p < n).count() < n {
        return None;
    }
    let inv = Matrix::from_fn(n, n, |i, j| e.rref.get(i, j + n));
    Some((inv, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Scalar;

    #[test]
    fn exact_inverse_of_unimodular() {
        let a = Matrix::from_ints(&[[3, 5], [1, 2]]);
        assert_eq!(inverse(&a), Some(Matrix::from_ints(&[[2, -5], [-1, 3]])));
        assert_eq!(a.mul(&inverse(&a).unwrap()), Some(Matrix::identity(2)));
        assert_eq!(inverse(&Matrix::from_ints(&[[1, 2], [2, 4]])), None);
    }

    #[test]
    fn agrees_with_nalgebra_on_reals() {
        let a = Matrix::from_fn(4, 4, |i, j| {
            Scalar::Real(if i == j {
                4.0
            } else {
                ((i + 2 * j) as f64).sin()
            })
        });
        let ours = inverse(&a).unwrap().to_nalgebra();
        let reference = a.to_nalgebra().try_inverse().unwrap();
        assert!((ours - reference).abs().max() < 1e-12);
    }
}
