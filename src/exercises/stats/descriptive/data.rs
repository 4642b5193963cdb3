//! Data sets nice by construction: integer deviations that sum to zero around a chosen mean (so
//! the mean is the chosen one and Σ(xᵢ − mean)² is an integer), and pairs of deviation vectors
//! that are orthogonal and of equal length (so a slope or a correlation comes out as a chosen
//! fraction). Every draw uses only [`DrillRng`]'s own samplers.

use crate::engine::{DrillRng, GenError};
use crate::math::Scalar;

/// Tries a drawing loop gets before the generator gives up and the engine redraws.
pub const TRIES: usize = 400;

/// `n` integer deviations in `−k..=k` that sum to zero and are not all zero: `n − 1` drawn, the
/// last one making the sum zero (redrawn, at most [`TRIES`] times, while it is out of range).
pub fn zero_sum(rng: &mut DrillRng, n: usize, k: i64) -> Result<Vec<i64>, GenError> {
    for _ in 0..TRIES {
        let mut d: Vec<i64> = (1..n).map(|_| rng.int(-k, k)).collect();
        let last = -d.iter().sum::<i64>();
        if last.abs() <= k && (last != 0 || d.iter().any(|&x| x != 0)) {
            d.push(last);
            rng.shuffle(&mut d);
            return Ok(d);
        }
    }
    Err(GenError::Redraw("no zero-sum deviations"))
}

/// Deviations `zero_sum(n, k)` whose sum of squares passes `accept`, drawn at most [`TRIES`]
/// times: e.g. divisible by n − 1, or n − 1 times a perfect square.
pub fn zero_sum_where(
    rng: &mut DrillRng,
    n: usize,
    k: i64,
    accept: impl Fn(i64) -> bool,
) -> Result<Vec<i64>, GenError> {
    for _ in 0..TRIES {
        let d = zero_sum(rng, n, k)?;
        if accept(d.iter().map(|x| x * x).sum()) {
            return Ok(d);
        }
    }
    Err(GenError::Redraw("no deviations with a nice sum of squares"))
}

/// Two integer vectors `(u, e)` of length `4·blocks`, both summing to zero, orthogonal
/// (`Σ uᵢeᵢ = 0`) and of equal length (`Σ uᵢ² = Σ eᵢ²`): each block of four is
/// `u = (a, b, −a, −b)`, `e = (−b, a, b, −a)` with `a, b` in `−k..=k`, not both zero; the
/// positions are shuffled together. Then `y = p·u + q·e` has slope p on u and correlation
/// `p/√(p² + q²)` with u.
pub fn orthogonal_pair(rng: &mut DrillRng, blocks: usize, k: i64) -> (Vec<i64>, Vec<i64>) {
    let mut pairs = Vec::with_capacity(4 * blocks);
    for _ in 0..blocks {
        let (a, b) = loop {
            let (a, b) = (rng.int(-k, k), rng.int(-k, k));
            if a != 0 || b != 0 {
                break (a, b);
            }
        };
        pairs.extend([(a, -b), (b, a), (-a, b), (-b, -a)]);
    }
    rng.shuffle(&mut pairs);
    pairs.into_iter().unzip()
}

/// `center + dᵢ / scale` for each deviation, as exact scalars (`scale` = 10 gives one decimal).
pub fn around(center: Scalar, d: &[i64], scale: i64) -> Vec<Scalar> {
    d.iter().map(|&x| center + Scalar::frac(x, scale)).collect()
}

/// Whether `n` is a perfect square.
pub fn is_square(n: i64) -> bool {
    n >= 0 && {
        let r = (n as f64).sqrt().round() as i64;
        r * r == n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deviations_sum_to_zero_and_pairs_are_orthogonal() {
        let mut rng = DrillRng::for_exercise("test", 1, 1);
        for _ in 0..200 {
            let d = zero_sum(&mut rng, 6, 5).unwrap();
            assert_eq!(d.iter().sum::<i64>(), 0);
            assert!(d.iter().all(|x| x.abs() <= 5) && d.iter().any(|&x| x != 0));
            let d = zero_sum_where(&mut rng, 5, 6, |ss| ss % 4 == 0).unwrap();
            assert_eq!(d.iter().map(|x| x * x).sum::<i64>() % 4, 0);
            let (u, e) = orthogonal_pair(&mut rng, 2, 4);
            assert_eq!(u.len(), 8);
            assert_eq!(u.iter().sum::<i64>(), 0);
            assert_eq!(e.iter().sum::<i64>(), 0);
            assert_eq!(u.iter().zip(&e).map(|(a, b)| a * b).sum::<i64>(), 0);
            let norm = |v: &[i64]| v.iter().map(|x| x * x).sum::<i64>();
            assert_eq!(norm(&u), norm(&e));
            assert!(norm(&u) > 0);
        }
        assert!(is_square(49) && !is_square(50) && !is_square(-4));
        assert_eq!(
            around(Scalar::int(5), &[-3, 2], 10),
            vec![Scalar::frac(47, 10), Scalar::frac(52, 10)]
        );
    }
}
