//! The simulations' random number generator.

use rand::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;

/// The generator every simulation draws from: Xoshiro256++ (Blackman and Vigna), fast and of
/// excellent statistical quality, not cryptographic: about 1.1 ns a number on one stream, and
/// eight streams stepped together in vector registers for the sample means
/// ([`super::lanes`]).
pub type SimRng = Xoshiro256PlusPlus;

/// A generator seeded from `seed` (expanded to 256 bits with SplitMix64): the same seed gives
/// the same simulation.
pub fn sim_rng(seed: u64) -> SimRng {
    SimRng::seed_from_u64(seed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::Rng;

    #[test]
    fn the_same_seed_gives_the_same_stream() {
        let (mut a, mut b, mut c) = (sim_rng(7), sim_rng(7), sim_rng(8));
        let xs: Vec<u64> = (0..4).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..4).map(|_| b.next_u64()).collect();
        let zs: Vec<u64> = (0..4).map(|_| c.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs, zs);
    }
}
