//! Exercise kinds, one file per kind, by area. The catalog data lives in `exercises/*.toml`.

pub mod calculus;
pub mod common;
pub mod linalg;
pub mod ml;
pub mod prob;
pub mod stats;

use crate::engine::{DrillRng, Exercise};
use crate::math::linalg::IntSource;

/// Every exercise kind compiled into this build.
pub fn all() -> Vec<Box<dyn Exercise>> {
    let mut kinds = Vec::new();
    kinds.extend(linalg::all());
    kinds.extend(prob::all());
    kinds.extend(stats::all());
    kinds.extend(calculus::all());
    kinds.extend(ml::all());
    kinds
}

/// The math layer's generators draw through [`IntSource`]; the stable engine RNG provides it with
/// its own unbiased sampler, so generated matrices are reproducible like everything else.
impl IntSource for DrillRng {
    #[inline(always)]
    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        DrillRng::int(self, lo, hi)
    }
}
