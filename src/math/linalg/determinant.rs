//! Determinants: by elimination, and by cofactor expansion along the first row.
//!
//! An integer matrix takes a shortcut: Bareiss' fraction-free elimination in `i128`, which
//! never leaves the integers (each division is exact) and so needs no rationals, no gcds and
//! no allocation per entry. The exact rational elimination stays for the rest, and for the
//! integer matrices whose minors overflow `i128`.

use super::gauss_jordan::rref;
use crate::math::{Matrix, Scalar};

/// `det A` by Gauss–Jordan elimination: `det A = (±1)·Π pivots`, and `0` when a pivot is missing.
/// `None` if `A` is not square. Exact for exact matrices (an integer matrix by Bareiss'
/// fraction-free elimination, see [`integer_determinant`]); a real matrix's determinant is the
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
    if let Some(det) = integer_determinant(a) {
        return Some(Scalar::int(det));
    }
    rational_determinant(a)
}

/// `det A` of an exact square matrix by Gauss–Jordan elimination in rationals (in floating point
/// with partial pivoting if they overflow).
fn rational_determinant(a: &Matrix) -> Option<Scalar> {
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

/// `det A` of a square matrix whose entries are all integers, by Bareiss' fraction-free
/// elimination: step `k` replaces each entry below and right of the pivot `mₖₖ` by
/// `(mᵢⱼ·mₖₖ − mᵢₖ·mₖⱼ) / p`, where `p` is the previous pivot (1 at the start). The division is
/// exact (every entry is then a minor of `A`, Sylvester's identity), so all entries stay
/// integers and the last pivot is `±det A`. A zero pivot swaps in a lower row (flipping the
/// sign); no nonzero pivot left means `det A = 0`.
///
/// `None` if an entry is not an integer, an intermediate overflows `i128`, or the determinant
/// does not fit `i64` (the caller then falls back to exact rational elimination).
fn integer_determinant(a: &Matrix) -> Option<i64> {
    let n = a.nrows();
    if n == 0 {
        return None;
    }
    let mut m: Vec<i128> = a
        .entries()
        .iter()
        .map(|x| x.as_integer().map(i128::from))
        .collect::<Option<_>>()?;
    let (mut previous, mut negate) = (1i128, false);
    for k in 0..n {
        if m[k * n + k] == 0 {
            let Some(r) = (k + 1..n).find(|&r| m[r * n + k] != 0) else {
                return Some(0);
            };
            for t in k..n {
                m.swap(k * n + t, r * n + t);
            }
            negate = !negate;
        }
        let pivot = m[k * n + k];
        for i in k + 1..n {
            for j in k + 1..n {
                let cross = m[i * n + j]
                    .checked_mul(pivot)?
                    .checked_sub(m[i * n + k].checked_mul(m[k * n + j])?)?;
                m[i * n + j] = cross / previous;
            }
        }
        previous = pivot;
    }
    let det = m[n * n - 1];
    i64::try_from(if negate { det.checked_neg()? } else { det }).ok()
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
    use crate::engine::DrillRng;

    #[test]
    fn both_methods_agree_exactly() {
        let a = Matrix::from_ints(&[[2, -3, 1], [2, 0, -1], [1, 4, 5]]);
        assert_eq!(determinant(&a), Some(Scalar::int(49)));
        assert_eq!(determinant_cofactor(&a), Some(Scalar::int(49)));
        let s = Matrix::from_ints(&[[1, 2], [2, 4]]);
        assert_eq!(determinant(&s), Some(Scalar::ZERO));
        assert_eq!(determinant(&Matrix::from_ints(&[[1, 2, 3]])), None);
    }

    /// An integer matrix with entries within `bound`; some rows repeated or zeroed so that
    /// singular matrices and zero pivots (row swaps) come up often.
    fn integer_matrix(rng: &mut DrillRng, n: usize, bound: i64) -> Matrix {
        let mut rows: Vec<Vec<i64>> = (0..n)
            .map(|_| (0..n).map(|_| rng.int(-bound, bound)).collect())
            .collect();
        match rng.int(0, 5) {
            0 if n > 1 => rows[n - 1] = rows[0].clone(),
            1 => rows[0].iter_mut().for_each(|x| *x = 0),
            2 => rows[0][0] = 0,
            _ => {}
        }
        Matrix::from_fn(n, n, |i, j| Scalar::int(rows[i][j]))
    }

    #[test]
    fn the_integer_shortcut_agrees_with_rational_elimination_and_cofactors() {
        let mut rng = DrillRng::from_seed_u64(11);
        let (mut shortcut, mut singular) = (0, 0);
        for _ in 0..6000 {
            let n = rng.int(1, 6) as usize;
            let bound = [1, 3, 9, 1000, 1_000_000][rng.int(0, 4) as usize];
            let a = integer_matrix(&mut rng, n, bound);
            let exact = rational_determinant(&a).unwrap();
            let fast = integer_determinant(&a);
            if let Some(det) = fast {
                shortcut += 1;
                singular += usize::from(det == 0);
                if exact.is_exact() {
                    assert_eq!(Scalar::int(det), exact, "{a:?}");
                }
                let cofactors = determinant_cofactor(&a).unwrap();
                if n <= 4 && cofactors.is_exact() {
                    assert_eq!(Scalar::int(det), cofactors, "{a:?}");
                }
                // nalgebra rounds: its error scales with Hadamard's bound Π‖rowᵢ‖ ≥ |det A|
                let m = a.to_nalgebra();
                let hadamard: f64 = m.row_iter().map(|r| r.norm()).product();
                let reference = m.determinant();
                assert!(
                    (det as f64 - reference).abs() <= 1e-9 * hadamard.max(1.0),
                    "{a:?}: {det} vs nalgebra {reference}"
                );
            } else {
                // only large matrices of large entries leave the shortcut (a determinant or
                // an intermediate minor product beyond its integers)
                assert!(n >= 4 && bound >= 1000, "{exact:?} {a:?}");
            }
            assert_eq!(determinant(&a), fast.map(Scalar::int).or(Some(exact)));
        }
        assert!(shortcut > 5000 && singular > 1000, "{shortcut} {singular}");
    }

    #[test]
    fn the_integer_shortcut_at_extreme_scales() {
        let e18 = 1_000_000_000_000_000_000i64;
        // exact where rationals would overflow: det = 10¹⁸ from products near 10³⁶
        let a = Matrix::from_ints(&[[e18, e18], [e18, e18 + 1]]);
        assert_eq!(determinant(&a), Some(Scalar::int(e18)));
        let a = Matrix::from_ints(&[[i64::MAX, i64::MAX - 1], [1, 1]]);
        assert_eq!(determinant(&a), Some(Scalar::int(1)));
        // a determinant beyond i64 falls back, and still agrees with nalgebra
        let big = Matrix::from_ints(&[[4 * e18, 1, 2], [3, 4 * e18, 5], [6, 7, 4 * e18]]);
        assert_eq!(integer_determinant(&big), None);
        let d = determinant(&big).unwrap().to_f64();
        let reference = big.to_nalgebra().determinant();
        assert!(
            (d - reference).abs() <= 1e-9 * reference.abs(),
            "{d} vs {reference}"
        );
        assert!((d / 6.4e55 - 1.0).abs() < 1e-9);
        // a swap on the way: det [[0, 1], [1, 0]] = −1, and 0 without a pivot
        assert_eq!(
            integer_determinant(&Matrix::from_ints(&[[0, 1], [1, 0]])),
            Some(-1)
        );
        assert_eq!(
            integer_determinant(&Matrix::from_ints(&[[0, 1], [0, 5]])),
            Some(0)
        );
        // fractions are not the shortcut's
        let half = Matrix::from_fn(1, 1, |_, _| {
            Scalar::Exact(crate::math::Rational::new(1, 2).unwrap())
        });
        assert_eq!(integer_determinant(&half), None);
        assert_eq!(
            determinant(&half),
            Some(Scalar::Exact(crate::math::Rational::new(1, 2).unwrap()))
        );
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
