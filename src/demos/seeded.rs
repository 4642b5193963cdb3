//! Seeded choices for the demos that pick their example (a matrix, a start vector, a picture)
//! rather than simulate: the same `--seed` gives the same example, another seed another.

use crate::math::linalg::IntSource;
use crate::math::sim::{SimRng, sim_rng};
use rand::RngExt;

/// The demos' generator, also a source of uniform integers for the matrix generators of
/// [`crate::math::linalg::generators`].
pub struct Seeded(SimRng);

impl Seeded {
    pub fn new(seed: u64) -> Seeded {
        Seeded(sim_rng(seed))
    }

    /// One of `choices`, uniformly (`choices` is never empty at the call sites; an empty slice
    /// panics, a bug in the caller).
    pub fn pick<T: Copy>(&mut self, choices: &[T]) -> T {
        choices[self.0.random_range(0..choices.len())]
    }

    /// A uniform value in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.0.random::<f64>()
    }
}

impl IntSource for Seeded {
    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.0.random_range(lo..=hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_stay_in_range_and_repeat_with_the_seed() {
        let mut s = Seeded::new(5);
        for _ in 0..1000 {
            assert!((-2..=3).contains(&s.int(-2, 3)));
            let u = s.uniform(1.5, 2.0);
            assert!((1.5..2.0).contains(&u));
            assert!([4, 7].contains(&s.pick(&[4, 7])));
        }
        let draw = |seed| {
            let mut s = Seeded::new(seed);
            (0..8).map(|_| s.int(0, 1000)).collect::<Vec<_>>()
        };
        assert_eq!(draw(1), draw(1));
        assert_ne!(draw(1), draw(2));
    }
}
