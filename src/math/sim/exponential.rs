//! The exponential sampler by inversion, and the sum of n of its draws with one logarithm per 16
//! draws instead of one per draw.
//!
//! If U is uniform on (0, 1], then −ln U is Exponential(1): P(−ln U > x) = P(U < e^(−x)) = e^(−x).
//! So a draw is −ln(U)/λ, and the sum of n draws is
//!
//! ```text
//! −ln U₁ − ln U₂ − … − ln Uₙ = −ln(U₁·U₂·…·Uₙ)
//! ```
//!
//! one product and one logarithm, where summing draws one by one takes n logarithms (or, with
//! rand_distr's ziggurat, a table lookup and a rarely taken slow branch per draw). This is how the
//! CLT simulation's exponential means run at the speed of its uniform ones. The product of k
//! uniforms of 53 bits is at least 2^(−53k), so it is formed over blocks of 16 (≥ 2^(−848), far
//! above the smallest normal f64, 2^(−1022)): no underflow, and each block's rounding error is
//! about 16 ulp of the block, an absolute error near 4e−15 in its logarithm.

use rand::Rng;
use rand::distr::Distribution;

/// Uniforms multiplied before taking one logarithm (see the module docs for why 16 is safe).
const BLOCK: usize = 16;

/// Exponential with rate λ, drawn by inversion.
#[derive(Debug, Clone, Copy)]
pub(super) struct InverseExp {
    pub(super) rate: f64,
}

/// A uniform on (0, 1]: 53 random bits, k/2⁵³ for k = 1 … 2⁵³, so its logarithm is finite.
#[inline]
fn open_unit<R: Rng + ?Sized>(rng: &mut R) -> f64 {
    // Through i64, which x86-64 converts in one instruction (u64 takes several); k < 2⁶³.
    ((rng.next_u64() >> 11) + 1) as i64 as f64 * (1.0 / (1u64 << 53) as f64)
}

impl InverseExp {
    /// The sum of `n` independent draws, as −ln of products of blocks of uniforms over λ. For
    /// n = 1 this is exactly one [`Distribution::sample`] from the same stream.
    #[inline]
    pub(super) fn sum_of<R: Rng + ?Sized>(&self, rng: &mut R, n: usize) -> f64 {
        let mut log_sum = 0.0;
        let mut left = n;
        while left > 0 {
            let block = left.min(BLOCK);
            let mut product = 1.0;
            for _ in 0..block {
                product *= open_unit(rng);
            }
            log_sum += product.ln();
            left -= block;
        }
        -log_sum / self.rate
    }
}

impl Distribution<f64> for InverseExp {
    #[inline]
    fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        -open_unit(rng).ln() / self.rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::prob::distributions::{Continuous, Exponential};
    use crate::math::sim::sim_rng;

    #[test]
    fn open_unit_never_reaches_zero_and_reaches_one() {
        // The extreme draws: all bits 0 gives 2⁻⁵³ (not 0), all bits 1 gives exactly 1.
        struct Fixed(u64);
        impl rand::TryRng for Fixed {
            type Error = core::convert::Infallible;
            fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
                Ok(self.0 as u32)
            }
            fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
                Ok(self.0)
            }
            fn try_fill_bytes(&mut self, _: &mut [u8]) -> Result<(), Self::Error> {
                Ok(())
            }
        }
        assert_eq!(open_unit(&mut Fixed(0)), 2f64.powi(-53));
        assert_eq!(open_unit(&mut Fixed(u64::MAX)), 1.0);
        let e = InverseExp { rate: 1.0 };
        assert_eq!(e.sample(&mut Fixed(u64::MAX)), 0.0);
        assert!((e.sample(&mut Fixed(0)) - 53.0 * 2f64.ln()).abs() < 1e-12);
        // The longest possible block of the smallest uniforms stays finite and exact.
        let s = e.sum_of(&mut Fixed(0), 100);
        assert!((s - 100.0 * 53.0 * 2f64.ln()).abs() < 1e-9, "{s}");
    }

    #[test]
    fn the_sum_equals_the_draws_summed_one_by_one() {
        // Same stream: the product form agrees with Σ −ln Uᵢ/λ to rounding, at every block
        // boundary (n = 15, 16, 17, 33) and at extreme rates.
        for rate in [1.0, 3.5, 1e-150, 1e150] {
            let e = InverseExp { rate };
            for n in [1, 2, 15, 16, 17, 30, 33, 100] {
                let by_product = e.sum_of(&mut sim_rng(n as u64), n);
                let mut rng = sim_rng(n as u64);
                let one_by_one: f64 = (0..n).map(|_| e.sample(&mut rng)).sum();
                let rel = (by_product / one_by_one - 1.0).abs();
                assert!(
                    rel < 1e-12,
                    "rate {rate} n {n}: {by_product} vs {one_by_one}"
                );
            }
        }
    }

    #[test]
    fn draws_follow_the_exponential_cdf() {
        // 2·10⁵ draws of rate 2: the share below each quartile of the distribution (from
        // math::prob's quantile) is within 0.005 (more than 4 standard errors) of 1/4, 1/2, 3/4.
        let e = InverseExp { rate: 2.0 };
        let reference = Exponential::new(2.0).unwrap();
        let mut rng = sim_rng(4);
        let xs: Vec<f64> = (0..200_000).map(|_| e.sample(&mut rng)).collect();
        for q in [0.25, 0.5, 0.75] {
            let x = reference.quantile(q).unwrap();
            let share = xs.iter().filter(|&&v| v <= x).count() as f64 / xs.len() as f64;
            assert!((share - q).abs() < 0.005, "{q}: {share}");
        }
    }
}
