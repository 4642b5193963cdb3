//! Integer draws as exact scalars.

use crate::engine::DrillRng;
use crate::math::Scalar;

/// Integers as exact scalars: `[1, −2]` becomes the scalars `1, −2`.
pub fn scalars(xs: &[i64]) -> Vec<Scalar> {
    xs.iter().map(|&x| Scalar::int(x)).collect()
}

/// `len` integers drawn uniformly from `lo..=hi`, one `rng.int` call each: e.g. `3, 0, 7` for
/// `len = 3, lo = 0, hi = 9`.
pub fn draw_ints(rng: &mut DrillRng, len: usize, lo: i64, hi: i64) -> Vec<Scalar> {
    (0..len).map(|_| Scalar::int(rng.int(lo, hi))).collect()
}
