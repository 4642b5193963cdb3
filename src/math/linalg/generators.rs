//! Nice-number generators: integer matrices built backwards from structure, so that the answers
//! of hand computations (inverses, determinants) come out as small integers or simple fractions.
//!
//! Randomness comes in through the one-method trait [`IntSource`], so this module does not depend
//! on the exercise engine (lower layers never import higher ones). The engine's stable `DrillRng`
//! implements it by its own unbiased `int` sampler, which keeps every exercise reproducible.

mod sheared;

use crate::math::{Matrix, Scalar};
pub(crate) use sheared::Sheared;

/// A source of uniform integers: everything the generators draw goes through `int`.
pub trait IntSource {
    /// A uniform integer in `lo..=hi`.
    fn int(&mut self, lo: i64, hi: i64) -> i64;
}

/// A `rows × cols` matrix of independent uniform integers in `lo..=hi`, drawn row by row.
pub fn random_int_matrix<R: IntSource + ?Sized>(
    rng: &mut R,
    rows: usize,
    cols: usize,
    lo: i64,
    hi: i64,
) -> Matrix {
    Matrix::from_fn(rows, cols, |_, _| Scalar::int(rng.int(lo, hi)))
}

/// An `n × n` integer matrix with `det = ±1` (each sign equally likely) and every entry in
/// `−max_entry..=max_entry`. Its inverse `adj(A)/det A` is then an integer matrix too.
///
/// Construction: [`with_determinant`] with `det` a random sign, i.e. `A = E·D·F` where
/// `D = diag(1, …, ±1, …, 1)` and `E`, `F` are products of integer shears.
/// `None` only if `n = 0` or `max_entry < 1`.
pub fn unimodular<R: IntSource + ?Sized>(rng: &mut R, n: usize, max_entry: i64) -> Option<Matrix> {
    unimodular_sheared(rng, n, max_entry, false).map(|s| s.matrix())
}

/// [`unimodular`]`(rng, n, max_entry)` in `i64` with its inverse carried along the shears (no
/// elimination afterwards): the same draws, the same `P`, for generators that try many `P` per
/// accepted one. `None` where `unimodular` gives `None`, and if an entry of the inverse would
/// overflow `i64` (not for any size a learner sees).
pub(crate) fn unimodular_pair<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    max_entry: i64,
) -> Option<Sheared> {
    unimodular_sheared(rng, n, max_entry, true)
}

fn unimodular_sheared<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    max_entry: i64,
    carry_inverse: bool,
) -> Option<Sheared> {
    let det = if rng.int(0, 1) == 0 { 1 } else { -1 };
    if n == 0 || max_entry < 1 {
        return None;
    }
    sheared::draw(rng, n, det, max_entry, carry_inverse)
}

/// An `n × n` integer matrix with determinant exactly `det` and every entry in
/// `−max_entry..=max_entry`.
///
/// Construction (in [`sheared`]):
/// 1. start from `D = diag(1, …, det, …, 1)`, `det` at a random position on the diagonal;
/// 2. make `4n²` attempts at a random integer shear — a row operation `Rᵢ ← Rᵢ + k·Rⱼ` or a
///    column operation `Cᵢ ← Cᵢ + k·Cⱼ` with `i ≠ j`, `k ∈ {−2, −1, 1, 2}` — applying each only if
///    every entry stays within `max_entry` (an attempt that would exceed the bound is redrawn by
///    the next attempt, so the loop is bounded and the bound always holds).
///
/// A shear is a triangular matrix with unit diagonal, so it has determinant 1; hence
/// `A = E_r⋯E_1 · D · F_1⋯F_s` has `det A = det D = det`. Column shears as well as row shears
/// make every column mix, so no column is left a multiple of `det`.
///
/// `None` if `n = 0`, `max_entry < 1`, or `|det| > max_entry` (the start would break the bound).
pub fn with_determinant<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    det: i64,
    max_entry: i64,
) -> Option<Matrix> {
    if n == 0 || max_entry < 1 || det.unsigned_abs() > max_entry.unsigned_abs() {
        return None;
    }
    sheared::draw(rng, n, det, max_entry, false).map(|s| s.matrix())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DrillRng;
    use crate::math::linalg::{determinant, determinant_cofactor, inverse};

    fn rng(seed: u64) -> DrillRng {
        DrillRng::from_seed_u64(seed)
    }

    fn max_abs_int(m: &Matrix) -> i64 {
        m.entries()
            .iter()
            .map(|x| x.as_integer().expect("integer entry").abs())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn random_int_matrix_respects_and_covers_the_range() {
        let mut r = rng(3);
        let mut seen = [false; 7];
        for _ in 0..300 {
            let m = random_int_matrix(&mut r, 2, 3, -3, 3);
            assert_eq!(m.shape(), (2, 3));
            for x in m.entries() {
                let x = x.as_integer().unwrap();
                assert!((-3..=3).contains(&x));
                seen[(x + 3) as usize] = true;
            }
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn unimodular_has_det_pm1_integer_inverse_and_bounded_entries() {
        let mut signs = [0usize; 2];
        for seed in 0..1000 {
            for (n, bound) in [(2, 9), (3, 6), (4, 5)] {
                let a = unimodular(&mut rng(seed), n, bound).unwrap();
                assert_eq!(a.shape(), (n, n));
                assert!(max_abs_int(&a) <= bound, "seed {seed}: {a:?}");
                let d = determinant(&a).unwrap();
                assert_eq!(determinant_cofactor(&a), Some(d));
                let d = d.as_integer().unwrap();
                assert!(d == 1 || d == -1, "seed {seed}: det {d}");
                signs[usize::from(d == 1)] += 1;
                let inv = inverse(&a).unwrap();
                assert!(inv.entries().iter().all(|x| x.as_integer().is_some()));
                assert_eq!(a.mul(&inv), Some(Matrix::identity(n)));
                // nalgebra as the independent oracle
                let na = a.to_nalgebra();
                assert!((na.determinant() - d as f64).abs() < 1e-9);
                let na_inv = na.try_inverse().unwrap();
                assert!((na_inv - inv.to_nalgebra()).abs().max() < 1e-9);
            }
        }
        assert!(signs[0] > 1000 && signs[1] > 1000, "{signs:?}");
    }

    #[test]
    fn unimodular_matrices_are_mixed_not_near_identity() {
        // The shears should fill the matrix: on average few zeros and entries beyond ±1.
        let (mut zeros, mut big) = (0, 0);
        for seed in 0..1000 {
            let a = unimodular(&mut rng(seed), 3, 6).unwrap();
            zeros += a.entries().iter().filter(|x| x.is_zero()).count();
            big += usize::from(max_abs_int(&a) >= 3);
        }
        assert!(zeros < 1000 * 9 / 5, "too many zeros: {zeros}");
        assert!(big > 900, "too few matrices with an entry ≥ 3: {big}");
    }

    #[test]
    fn with_determinant_is_exact_and_bounded() {
        for seed in 0..1000 {
            for det in [-5, -3, -2, 2, 3, 4, 5] {
                let a = with_determinant(&mut rng(seed), 2, det, 9).unwrap();
                assert!(max_abs_int(&a) <= 9);
                assert_eq!(determinant(&a), Some(Scalar::int(det)));
                assert!((a.to_nalgebra().determinant() - det as f64).abs() < 1e-9);
            }
            let a = with_determinant(&mut rng(seed), 3, 4, 7).unwrap();
            assert!(max_abs_int(&a) <= 7);
            assert_eq!(determinant(&a), Some(Scalar::int(4)));
        }
    }

    #[test]
    fn impossible_requests_are_none_and_draws_are_reproducible() {
        assert!(with_determinant(&mut rng(1), 2, 10, 9).is_none());
        assert!(unimodular(&mut rng(1), 0, 9).is_none());
        assert!(unimodular(&mut rng(1), 2, 0).is_none());
        assert_eq!(
            unimodular(&mut rng(1), 1, 5).map(|m| m.shape()),
            Some((1, 1))
        );
        assert_eq!(
            unimodular(&mut rng(42), 3, 6),
            unimodular(&mut rng(42), 3, 6)
        );
    }
}
