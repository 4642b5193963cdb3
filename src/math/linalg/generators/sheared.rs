//! The shear draw behind [`super::with_determinant`], [`super::unimodular`] and
//! [`super::unimodular_pair`]: an integer matrix built from `diag(1, …, det, …, 1)` by random
//! integer shears, on one flat row-major `i64` buffer (no allocation per shear).
//!
//! When `det = ±1` the inverse can be carried along instead of found by elimination afterwards:
//! the start is its own inverse, and every shear applied to `P` applies the inverse shear, on the
//! other side, to `P⁻¹`:
//!
//! - row shear `P ← E·P` with `E = I + k·eᵢeⱼᵀ` (`Rᵢ ← Rᵢ + k·Rⱼ`): `P⁻¹ ← P⁻¹·E⁻¹`, and
//!   `E⁻¹ = I − k·eᵢeⱼᵀ` is the column operation `Cⱼ ← Cⱼ − k·Cᵢ`;
//! - column shear `P ← P·F` with `F = I + k·eⱼeᵢᵀ` (`Cᵢ ← Cᵢ + k·Cⱼ`): `P⁻¹ ← F⁻¹·P⁻¹`, the row
//!   operation `Rⱼ ← Rⱼ − k·Rᵢ`.
//!
//! Every intermediate `P⁻¹` is the inverse of a unimodular matrix with entries within the bound
//! `b`, i.e. `±adj(P)`, so its entries stay below `(n − 1)!·b^(n−1)`: no growth along the way.

use super::IntSource;
use crate::math::{Matrix, Scalar};

/// An `n × n` integer matrix `P`, row-major, and (when it was carried) its inverse.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheared {
    pub n: usize,
    pub p: Vec<i64>,
    /// `P⁻¹`, row-major: carried when `det P = ±1` and asked for.
    pub inverse: Option<Vec<i64>>,
}

impl Sheared {
    /// `P` as an exact matrix.
    pub fn matrix(&self) -> Matrix {
        let n = self.n;
        Matrix::from_fn(n, n, |i, j| Scalar::int(self.p[i * n + j]))
    }

    /// `P·diag(λ)·P⁻¹`, row-major; `None` if an entry overflows `i64`, `λ` has the wrong length,
    /// or the inverse was not carried.
    pub fn similar(&self, lambda: &[i64]) -> Option<Vec<i64>> {
        let n = self.n;
        let inverse = self.inverse.as_ref()?;
        if lambda.len() != n {
            return None;
        }
        let mut a = Vec::with_capacity(n * n);
        for i in 0..n {
            for j in 0..n {
                let x = (0..n).try_fold(0i64, |acc, k| {
                    self.p[i * n + k]
                        .checked_mul(lambda[k])?
                        .checked_mul(inverse[k * n + j])
                        .and_then(|t| acc.checked_add(t))
                })?;
                a.push(x);
            }
        }
        Some(a)
    }

    /// Applies `Rᵢ ← Rᵢ + k·Rⱼ` (or `Cᵢ ← Cᵢ + k·Cⱼ`) to `P` if the new line stays within
    /// `bound`, and then the inverse operation to `P⁻¹` when it is carried. `None` if `P⁻¹`
    /// overflowed.
    fn try_shear(&mut self, on_rows: bool, i: usize, j: usize, k: i64, bound: i64) -> Option<()> {
        let n = self.n;
        // position of entry t of line `line` of P (a row, or a column)
        let at = |line: usize, t: usize| if on_rows { line * n + t } else { t * n + line };
        let fits = (0..n).all(|t| {
            k.checked_mul(self.p[at(j, t)])
                .and_then(|x| x.checked_add(self.p[at(i, t)]))
                .is_some_and(|x| x.abs() <= bound)
        });
        if !fits {
            return Some(());
        }
        for t in 0..n {
            self.p[at(i, t)] += k * self.p[at(j, t)];
        }
        let Some(inverse) = self.inverse.as_mut() else {
            return Some(());
        };
        // on P⁻¹ the other kind of line, from i into j: Cⱼ ← Cⱼ − k·Cᵢ (or Rⱼ ← Rⱼ − k·Rᵢ)
        let across = |line: usize, t: usize| if on_rows { t * n + line } else { line * n + t };
        for t in 0..n {
            let step = k.checked_mul(inverse[across(i, t)])?;
            let to = across(j, t);
            inverse[to] = inverse[to].checked_sub(step)?;
        }
        Some(())
    }
}

/// The draw, for `n ≥ 1`, `max_entry ≥ 1` and `|det| ≤ max_entry` (the caller checks):
/// 1. start from `D = diag(1, …, det, …, 1)`, `det` at a random position on the diagonal;
/// 2. make `4n²` attempts at a random integer shear — a row operation `Rᵢ ← Rᵢ + k·Rⱼ` or a
///    column operation `Cᵢ ← Cᵢ + k·Cⱼ` with `i ≠ j`, `k ∈ {−2, −1, 1, 2}` — applying each only
///    if every entry stays within `max_entry`.
///
/// With `carry_inverse` (only meaningful for `det = ±1`), `P⁻¹` is carried along; `None` if an
/// entry of it would overflow `i64` (it needs `(n − 1)!·max_entry^(n−1) > 9·10¹⁸`).
pub(super) fn draw<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    det: i64,
    max_entry: i64,
    carry_inverse: bool,
) -> Option<Sheared> {
    let at = pick_index(rng, n);
    let start: Vec<i64> = (0..n * n)
        .map(|t| match (t / n, t % n) {
            (i, j) if i == j && i == at => det,
            (i, j) => i64::from(i == j),
        })
        .collect();
    let mut sheared = Sheared {
        n,
        inverse: (carry_inverse && det.abs() == 1).then(|| start.clone()),
        p: start,
    };
    if n > 1 {
        for _ in 0..4 * n * n {
            let on_rows = rng.int(0, 1) == 0;
            let i = pick_index(rng, n);
            let j = (i + 1 + pick_index(rng, n - 1)) % n;
            let k = [-2, -1, 1, 2][pick_index(rng, 4)];
            sheared.try_shear(on_rows, i, j, k, max_entry)?;
        }
    }
    Some(sheared)
}

/// A uniform index in `0..len` (`len > 0`).
fn pick_index<R: IntSource + ?Sized>(rng: &mut R, len: usize) -> usize {
    rng.int(0, len as i64 - 1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DrillRng;
    use crate::math::linalg::generators::{unimodular, unimodular_pair};
    use crate::math::linalg::inverse;
    use crate::math::{Matrix, Scalar};

    fn rng(seed: u64) -> DrillRng {
        DrillRng::from_seed_u64(seed)
    }

    fn matrix(n: usize, flat: &[i64]) -> Matrix {
        Matrix::from_fn(n, n, |i, j| Scalar::int(flat[i * n + j]))
    }

    #[test]
    fn same_draws_as_unimodular_and_an_exact_inverse() {
        for seed in 0..1500 {
            for (n, bound) in [(1, 4), (2, 3), (2, 9), (3, 2), (3, 6), (4, 2)] {
                let (mut ours, mut theirs) = (rng(seed), rng(seed));
                let pair = unimodular_pair(&mut ours, n, bound).unwrap();
                let p = unimodular(&mut theirs, n, bound).unwrap();
                assert_eq!(matrix(n, &pair.p), p, "seed {seed}, n {n}");
                // the stream is left where `unimodular` leaves it
                assert_eq!(ours.int(0, 1 << 40), theirs.int(0, 1 << 40), "seed {seed}");
                // the carried inverse is the one Gauss–Jordan finds
                let carried = pair.inverse.as_deref().map(|inv| matrix(n, inv));
                assert_eq!(carried, inverse(&p), "seed {seed}");
            }
        }
    }

    #[test]
    fn similar_is_p_d_p_inverse() {
        for seed in 0..300 {
            let pair = unimodular_pair(&mut rng(seed), 3, 2).unwrap();
            let lambda = [4, -3, 4];
            let d = Matrix::from_fn(3, 3, |i, j| Scalar::int(if i == j { lambda[i] } else { 0 }));
            let p = matrix(3, &pair.p);
            let want = p.mul(&d).unwrap().mul(&inverse(&p).unwrap()).unwrap();
            assert_eq!(matrix(3, &pair.similar(&lambda).unwrap()), want);
            // and with nalgebra's floating-point product
            let reference =
                p.to_nalgebra() * d.to_nalgebra() * p.to_nalgebra().try_inverse().unwrap();
            assert!((reference - want.to_nalgebra()).abs().max() < 1e-9);
        }
        let pair = unimodular_pair(&mut rng(5), 2, 3).unwrap();
        assert_eq!(pair.similar(&[1, 2, 3]), None);
        // a product too large for i64 is None, not a wrapped number
        let big = Sheared {
            n: 2,
            p: vec![2, 1, 1, 1],
            inverse: Some(vec![1, -1, -1, 2]),
        };
        assert_eq!(big.similar(&[i64::MAX, 1]), None);
        assert_eq!(big.similar(&[1, 1]), Some(vec![1, 0, 0, 1]));
        let without = Sheared {
            inverse: None,
            ..big
        };
        assert_eq!(without.similar(&[1, 1]), None);
    }

    #[test]
    fn impossible_requests_are_none() {
        assert!(unimodular_pair(&mut rng(1), 0, 3).is_none());
        assert!(unimodular_pair(&mut rng(1), 3, 0).is_none());
        assert_eq!(
            unimodular_pair(&mut rng(1), 1, 3).map(|u| u.p.len()),
            Some(1)
        );
    }
}
