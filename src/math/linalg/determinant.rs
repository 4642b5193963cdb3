//! Determinants: by elimination, and by cofactor expansion along the first row.

use super::gauss_jordan::rref;
use crate::math::{Matrix, Scalar};

/// `det A` by Gauss–Jordan elimination: `det A = (±1)·Π pivots`, and `0` when a pivot is missing.
/// `None` if `A` is not square. Exact for exact matrices; a real matrix's determinant is the
/// product of its LU pivots ([`super::real::determinant`]: never rounded to 0), `None` if it lies
/// outside `f64`'s range.
pub fn determinant(a: &Matrix) -> Option<Scalar> {
    if !a.is_square() {
        return None;
    }
    if !a.is_exact() {
        return super::real::determinant(&a.to_nalgebra())
            .ok()
            .map(Scalar::Real);
    }
    let e = rref(a);
    let det = if e.rank() < a.nrows() {
        Scalar::ZERO
    } else {
        e.det_factor
    };
    if !det.is_exact() {
        // The rationals overflowed on the way, and the elimination went on in floating point
        // with the hand pivoting rule: compute it again the real way, with partial pivoting.
        return determinant(&a.to_real());
    }
    Some(det)
}

/// `det A = Σⱼ (−1)^j · a₀ⱼ · det M₀ⱼ`, where `M₀ⱼ` deletes row 0 and column `j`.
/// Exponential time: meant for the small matrices of hand computations (n ≤ 6).
pub fn determinant_cofactor(a: &Matrix) -> Option<Scalar> {
    if !a.is_square() {
        return None;
    }
    Some(cofactor_expand(a))
}

fn cofactor_expand(a: &Matrix) -> Scalar {
    match a.nrows() {
        1 => a.get(0, 0),
        2 => a.get(0, 0) * a.get(1, 1) - a.get(0, 1) * a.get(1, 0),
        n => (0..n).fold(Scalar::ZERO, |acc, j| {
            let term = a.get(0, j) * cofactor_expand(&a.minor_matrix(0, j));
            if j % 2 == 0 { acc + term } else { acc - term }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_methods_agree_exactly() {
        let a = Matrix::from_ints(&[[2, -3, 1], [2, 0, -1], [1, 4, 5]]);
        assert_eq!(determinant(&a), Some(Scalar::int(49)));
        assert_eq!(determinant_cofactor(&a), Some(Scalar::int(49)));
        let s = Matrix::from_ints(&[[1, 2], [2, 4]]);
        assert_eq!(determinant(&s), Some(Scalar::ZERO));
        assert_eq!(determinant(&Matrix::from_ints(&[[1, 2, 3]])), None);
    }

    #[test]
    fn agrees_with_nalgebra_on_reals() {
        let a = Matrix::from_fn(5, 5, |i, j| {
            Scalar::Real(((i * 7 + j * 3) as f64).cos() * 3.0)
        });
        let d = determinant(&a).unwrap().to_f64();
        let reference = a.to_nalgebra().determinant();
        assert!(
            (d - reference).abs() <= 1e-9 * reference.abs().max(1.0),
            "{d} vs {reference}"
        );
    }
}
