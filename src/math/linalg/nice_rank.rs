//! Integer matrices of a chosen rank whose Gauss–Jordan elimination stays in integers.
//!
//! A rank-`r` matrix is a product `A = B·C` of an `m × r` matrix `B` and an `r × n` matrix `C`,
//! both of rank `r`. We draw them so that a learner's row reduction is pleasant:
//! - `C` is in row echelon form with pivots `±1`: row `k` is zero before its pivot column `pₖ`
//!   (`p₀ = 0 < p₁ < …`), has `±1` there and small integers after it;
//! - `B`'s top `r × r` block is unit lower triangular, its other rows are small integers.
//!
//! Then elimination of `A` never swaps rows, every pivot it meets is `±1` and every multiplier is
//! an integer, so every intermediate matrix and the RREF (which is the RREF of `C`) are integer
//! matrices. The rank is verified exactly by [`rref`] before a matrix is returned.
//!
//! Randomness comes in through [`IntSource`], so this module does not depend on the engine.

use super::gauss_jordan::rref;
use super::generators::IntSource;
use crate::math::{Matrix, Scalar};

/// How many `B·C` pairs [`with_rank`] draws before giving up.
const ATTEMPTS: usize = 200;

/// An `m × n` integer matrix of rank exactly `r`, entries within `±max_entry`, without a zero row
/// or a zero column, built as `B·C` (see the module documentation); its RREF and every step of
/// its Gauss–Jordan elimination are integer matrices.
///
/// Entries of `B` below the unit diagonal and of `C` after the pivots are drawn from
/// `−factor..=factor`. `None` if `r = 0`, `r > min(m, n)`, `factor < 1`, or no draw met the
/// bound in a bounded number of attempts.
pub fn with_rank<R: IntSource + ?Sized>(
    rng: &mut R,
    m: usize,
    n: usize,
    r: usize,
    factor: i64,
    max_entry: i64,
) -> Option<Matrix> {
    if r == 0 || r > m.min(n) || factor < 1 {
        return None;
    }
    for _ in 0..ATTEMPTS {
        let b = draw_b(rng, m, r, factor);
        let c = draw_c(rng, r, n, factor);
        let a = b.mul(&c)?;
        let zero_line = (0..m).any(|i| a.row(i).iter().all(Scalar::is_zero))
            || (0..n).any(|j| a.col(j).iter().all(Scalar::is_zero));
        if zero_line || a.max_abs() > max_entry as f64 {
            continue;
        }
        if rref(&a).rank() == r {
            return Some(a);
        }
    }
    None
}

/// `m × r`: unit lower triangular on top, rows below not all zero.
fn draw_b<R: IntSource + ?Sized>(rng: &mut R, m: usize, r: usize, factor: i64) -> Matrix {
    let mut b = Matrix::zeros(m, r);
    for i in 0..m {
        loop {
            for j in 0..r.min(i + 1) {
                let x = if i == j { 1 } else { rng.int(-factor, factor) };
                b.set(i, j, Scalar::int(x));
            }
            if i < r || b.row(i).iter().any(|x| !x.is_zero()) {
                break;
            }
        }
    }
    b
}

/// `r × n` in row echelon form: pivot columns `0 = p₀ < p₁ < … < p_{r−1}`, pivots `±1`.
fn draw_c<R: IntSource + ?Sized>(rng: &mut R, r: usize, n: usize, factor: i64) -> Matrix {
    let mut pivots = vec![0];
    let mut others: Vec<usize> = (1..n).collect();
    while pivots.len() < r {
        let k = rng.int(0, others.len() as i64 - 1) as usize;
        pivots.push(others.remove(k));
    }
    pivots.sort_unstable();
    let mut c = Matrix::zeros(r, n);
    for (k, &p) in pivots.iter().enumerate() {
        let sign = if rng.int(0, 1) == 0 { 1 } else { -1 };
        c.set(k, p, Scalar::int(sign));
        for j in p + 1..n {
            c.set(k, j, Scalar::int(rng.int(-factor, factor)));
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DrillRng;
    use crate::math::linalg::RowOp;

    fn is_int(x: &Scalar) -> bool {
        x.as_integer().is_some()
    }

    #[test]
    fn ranks_are_exact_bounded_and_eliminate_in_integers() {
        let mut counts = [0usize; 4];
        for seed in 0..400 {
            let mut rng = DrillRng::from_seed_u64(seed);
            for (m, n, r) in [
                (3, 3, 1),
                (3, 3, 2),
                (3, 4, 2),
                (4, 3, 3),
                (4, 5, 3),
                (2, 3, 1),
            ] {
                let a = with_rank(&mut rng, m, n, r, 2, 9).expect("a draw");
                assert_eq!(a.shape(), (m, n));
                assert!(a.max_abs() <= 9.0);
                assert!(a.entries().iter().all(is_int));
                // nalgebra as the independent oracle for the rank
                assert_eq!(a.to_nalgebra().rank(1e-9), r, "{a:?}");
                let e = rref(&a);
                assert_eq!(e.rank(), r);
                assert!(e.rref.entries().iter().all(is_int));
                let mut m2 = a.clone();
                for op in &e.ops {
                    assert!(!matches!(op, RowOp::Swap(..)), "no swaps: {a:?}");
                    op.apply(&mut m2);
                    assert!(m2.entries().iter().all(is_int), "integer steps: {a:?}");
                }
                counts[r] += 1;
            }
        }
        assert!(counts.iter().skip(1).all(|&c| c > 0));
    }

    #[test]
    fn no_zero_lines_and_impossible_requests() {
        let mut rng = DrillRng::from_seed_u64(1);
        for _ in 0..200 {
            let a = with_rank(&mut rng, 3, 4, 1, 2, 9).unwrap();
            assert!((0..3).all(|i| a.row(i).iter().any(|x| !x.is_zero())));
            assert!((0..4).all(|j| a.col(j).iter().any(|x| !x.is_zero())));
        }
        assert!(with_rank(&mut rng, 3, 3, 0, 2, 9).is_none());
        assert!(with_rank(&mut rng, 2, 3, 3, 2, 9).is_none());
        assert!(with_rank(&mut rng, 3, 3, 2, 0, 9).is_none());
        let again = |seed| with_rank(&mut DrillRng::from_seed_u64(seed), 3, 4, 2, 2, 9);
        assert_eq!(again(5), again(5));
    }
}
