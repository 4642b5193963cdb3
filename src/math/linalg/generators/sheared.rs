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
}

/// Applies the shear `Rᵢ ← Rᵢ + k·Rⱼ` (with `ROWS`) or `Cᵢ ← Cᵢ + k·Cⱼ` to the `n × n`
/// row-major `p` if every entry of the new line stays within `bound`, and then the inverse
/// operation to `P⁻¹` when it is carried: there the other kind of line, from `i` into `j`
/// (`Cⱼ ← Cⱼ − k·Cᵢ`, or `Rⱼ ← Rⱼ − k·Rᵢ`). `None` if `P⁻¹` overflowed.
///
/// Entry `t` of line `l` of `P` sits at `l·line + t·along`; on `P⁻¹` the two strides swap.
/// `ROWS` is a constant, so both strides are too, and with a constant `n` the loops unroll.
#[inline(always)]
fn try_shear<const ROWS: bool>(
    p: &mut [i64],
    inverse: Option<&mut [i64]>,
    n: usize,
    (i, j): (usize, usize),
    k: i64,
    bound: i64,
) -> Option<()> {
    let (line, along) = if ROWS { (n, 1) } else { (1, n) };
    // in i128 nothing overflows (|k| ≤ 2): a sum beyond i64 is beyond the bound
    let fits = (0..n).all(|t| {
        let x = i128::from(p[i * line + t * along])
            + i128::from(k) * i128::from(p[j * line + t * along]);
        x.unsigned_abs() <= u128::from(bound.unsigned_abs())
    });
    if !fits {
        return Some(());
    }
    for t in 0..n {
        p[i * line + t * along] += k * p[j * line + t * along];
    }
    if let Some(inverse) = inverse {
        for t in 0..n {
            let step = k.checked_mul(inverse[i * along + t * line])?;
            let to = j * along + t * line;
            inverse[to] = inverse[to].checked_sub(step)?;
        }
    }
    Some(())
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
    // The sizes the exercises draw get their own copy of the loop, with `n` a constant: the
    // index draws (`0..n`, `0..n − 1`) then reduce by multiplication instead of division, the
    // line loops unroll and the bounds checks go. Same draws, same stream, a few times faster
    // (the rejection loop of `P·D·P⁻¹` makes about 80 of these draws per problem).
    match n {
        2 => draw_sized(rng, 2, det, max_entry, carry_inverse),
        3 => draw_sized(rng, 3, det, max_entry, carry_inverse),
        n => draw_sized(rng, n, det, max_entry, carry_inverse),
    }
}

/// The body of [`draw`], inlined into each of its size arms.
#[inline(always)]
fn draw_sized<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    det: i64,
    max_entry: i64,
    carry_inverse: bool,
) -> Option<Sheared> {
    let at = pick_index(rng, n);
    let mut p = vec![0i64; n * n];
    for d in 0..n {
        p[d * n + d] = if d == at { det } else { 1 };
    }
    // the start is its own inverse when det = ±1
    let mut inverse = (carry_inverse && det.abs() == 1).then(|| p.clone());
    if n > 1 {
        for _ in 0..4 * n * n {
            let on_rows = rng.int(0, 1) == 0;
            let i = pick_index(rng, n);
            // `(i + 1 + r) mod n` with `r` in `0..n − 1`: any line but `i`, without a division
            let j = i + 1 + pick_index(rng, n - 1);
            let j = if j >= n { j - n } else { j };
            let k = [-2, -1, 1, 2][pick_index(rng, 4)];
            let inv = inverse.as_deref_mut();
            if on_rows {
                try_shear::<true>(&mut p, inv, n, (i, j), k, max_entry)?;
            } else {
                try_shear::<false>(&mut p, inv, n, (i, j), k, max_entry)?;
            }
        }
    }
    Some(Sheared { n, p, inverse })
}

/// A uniform index in `0..len` (`len > 0`).
#[inline(always)]
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

    /// The draw as first written, on nested `Vec`s with a division for `j`, kept to pin the
    /// fast one: `(kind, level, seed)` names one exercise forever, so every `P` and the stream
    /// position after it must stay exactly these.
    fn plain_draw(rng: &mut DrillRng, n: usize, det: i64, bound: i64) -> Vec<i64> {
        let at = rng.int(0, n as i64 - 1) as usize;
        let mut p: Vec<Vec<i64>> = (0..n)
            .map(|i| {
                (0..n)
                    .map(|j| {
                        if i != j {
                            0
                        } else if i == at {
                            det
                        } else {
                            1
                        }
                    })
                    .collect()
            })
            .collect();
        if n > 1 {
            for _ in 0..4 * n * n {
                let on_rows = rng.int(0, 1) == 0;
                let i = rng.int(0, n as i64 - 1) as usize;
                let j = (i + 1 + rng.int(0, n as i64 - 2) as usize) % n;
                let k: i64 = [-2, -1, 1, 2][rng.int(0, 3) as usize];
                let get = |p: &Vec<Vec<i64>>, line: usize, t: usize| {
                    if on_rows { p[line][t] } else { p[t][line] }
                };
                let new: Vec<Option<i64>> = (0..n)
                    .map(|t| k.checked_mul(get(&p, j, t))?.checked_add(get(&p, i, t)))
                    .collect();
                if new.iter().all(|x| x.is_some_and(|x| x.abs() <= bound)) {
                    for (t, x) in new.into_iter().enumerate() {
                        if on_rows {
                            p[i][t] = x.unwrap()
                        } else {
                            p[t][i] = x.unwrap()
                        }
                    }
                }
            }
        }
        p.concat()
    }

    #[test]
    fn the_draw_is_the_plain_one() {
        let cases = [
            (1, 1, 3),
            (2, 1, 3),
            (2, -1, 9),
            (2, 4, 9),
            (3, 1, 2),
            (3, -3, 4),
        ];
        let more: [(usize, i64, i64); 6] = [
            (3, 2, 10),
            (4, 1, 2),
            (4, -5, 5),
            (5, 1, 3),
            (6, 2, 2),
            (3, 1, i64::MAX),
        ];
        for seed in 0..400 {
            for &(n, det, bound) in cases.iter().chain(&more) {
                let (mut fast, mut plain) = (rng(seed), rng(seed));
                let carry = det.abs() == 1 && bound < 1000;
                let drawn = draw(&mut fast, n, det, bound, carry).unwrap();
                assert_eq!(
                    drawn.p,
                    plain_draw(&mut plain, n, det, bound),
                    "seed {seed} n {n}"
                );
                assert_eq!(fast.next_u64(), plain.next_u64(), "seed {seed} n {n}");
                assert_eq!(drawn.inverse.is_some(), carry);
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
