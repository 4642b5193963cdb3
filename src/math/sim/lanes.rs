//! Eight generators stepped together: how the CLT's means are drawn faster than one generator
//! can draw.
//!
//! One Xoshiro256++ generator makes a 64-bit number in about a dozen instructions, and each step
//! needs the state the step before left: one stream cannot go faster than that chain (about
//! 1.1 ns a number here). Eight independent generators whose states are held word by word
//! (`s[w][l]` is word `w` of lane `l`) are stepped by the same instructions on eight numbers
//! at once, so the compiler turns every step into vector instructions: 2 lanes per SSE2
//! register, 4 per AVX2 register, all 8 in one AVX-512 register. Turning a number into a uniform
//! (a shift, an OR, a subtraction, a multiply-add) vectorises the same way. This is how numpy's
//! and the GPU libraries' fast samplers work too: many streams, one instruction stream.
//!
//! The means are defined lane by lane, so any distribution gives the same numbers whether or not
//! its draws can be vectorised: mean `i` draws its `n` values, in order, from lane `i mod 8`.
//! Lane `l` is the Xoshiro256++ generator whose 256-bit state is the numbers `4l` to `4l + 3`
//! drawn from the caller's generator (32 numbers in all). The lanes so start at unrelated points
//! of a cycle of 2²⁵⁶ − 1 numbers; a call draws at most [`MAX_DRAWS`](super::MAX_DRAWS) = 10¹⁰
//! of them, so the chance that two lanes' stretches overlap is below 2·8·10¹⁰/2²⁵⁶ ≈ 10⁻⁶⁵.
//! (A 64-bit seed expanded to a state would allow only 2⁶⁴ starting points, and two lanes of
//! equal seeds would be the same stream: odds of 10⁻¹⁸ per call, 10⁻⁸ over a large parallel
//! run.)

use super::SimRng;
use rand::{Rng, SeedableRng};

/// How many generators step together (a fixed number: the means do not depend on the processor).
pub(super) const LANES: usize = 8;

/// [`LANES`] Xoshiro256++ generators, state word `w` of lane `l` at `s[w][l]`.
#[derive(Debug, Clone)]
pub(super) struct Lanes {
    s: [[u64; LANES]; 4],
}

impl Lanes {
    /// The lanes for the next means from `rng`: lane `l`'s four state words are the numbers
    /// `4l` to `4l + 3` drawn from it (a whole 256-bit state, so the lanes start anywhere on
    /// the cycle).
    pub(super) fn seeded_from<R: Rng + ?Sized>(rng: &mut R) -> Lanes {
        let mut s = [[0; LANES]; 4];
        for l in 0..LANES {
            for word in &mut s {
                word[l] = rng.next_u64();
            }
            // Xoshiro's one forbidden state (it would stay zero), with odds of 2⁻²⁵⁶.
            if s.iter().all(|word| word[l] == 0) {
                s[0][l] = 1;
            }
        }
        Lanes { s }
    }

    /// The next number of every lane: one Xoshiro256++ step (Blackman and Vigna's ++ scrambler
    /// of words 0 and 3, then the linear update), each operation written on a whole row of
    /// lanes so that it is one vector instruction (or two, or four).
    #[inline(always)]
    pub(super) fn next(&mut self) -> [u64; LANES] {
        let [s0, s1, s2, s3] = &mut self.s;
        let out = each(s0, s3, |a, b| {
            a.wrapping_add(b).rotate_left(23).wrapping_add(a)
        });
        let t = each(s1, s1, |a, _| a << 17);
        *s2 = each(s2, s0, |a, b| a ^ b);
        *s3 = each(s3, s1, |a, b| a ^ b);
        *s1 = each(s1, s2, |a, b| a ^ b);
        *s0 = each(s0, s3, |a, b| a ^ b);
        *s2 = each(s2, &t, |a, b| a ^ b);
        *s3 = each(s3, s3, |a, _| a.rotate_left(45));
        out
    }

    /// Each lane as an ordinary generator, in the state it has reached.
    pub(super) fn generators(&self) -> [SimRng; LANES] {
        std::array::from_fn(|l| {
            let mut seed = [0u8; 32];
            for (bytes, word) in seed.chunks_exact_mut(8).zip(&self.s) {
                bytes.copy_from_slice(&word[l].to_le_bytes());
            }
            SimRng::from_seed(seed)
        })
    }
}

/// `f` applied lane by lane to two rows.
#[inline(always)]
fn each(a: &[u64; LANES], b: &[u64; LANES], f: impl Fn(u64, u64) -> u64) -> [u64; LANES] {
    std::array::from_fn(|l| f(a[l], b[l]))
}

/// A generator that yields one given number: it lets a sampler turn a number one lane drew into
/// a value, with the sampler's own arithmetic. Only for samplers that read exactly one `u64` per
/// value (rand's `Uniform<f64>` does): one that read more would get the same number again. The
/// test of the means against their lane-by-lane definition would see that.
pub(super) struct Word(pub(super) u64);

impl rand::TryRng for Word {
    type Error = core::convert::Infallible;
    #[inline(always)]
    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        Ok((self.0 >> 32) as u32)
    }
    #[inline(always)]
    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        Ok(self.0)
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Self::Error> {
        for (d, s) in dest.iter_mut().zip(self.0.to_le_bytes().iter().cycle()) {
            *d = *s;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::sim::sim_rng;

    #[test]
    fn each_lane_is_xoshiro256plusplus_seeded_with_four_draws_of_the_callers_generator() {
        // The reference is rand_xoshiro's own generator, seeded from the same numbers.
        let mut rng = sim_rng(3);
        let mut lanes = Lanes::seeded_from(&mut rng);
        let mut parent = sim_rng(3);
        let mut want: Vec<SimRng> = (0..LANES)
            .map(|_| {
                let mut seed = [0u8; 32];
                for bytes in seed.chunks_exact_mut(8) {
                    bytes.copy_from_slice(&parent.next_u64().to_le_bytes());
                }
                SimRng::from_seed(seed)
            })
            .collect();
        assert_eq!(rng, parent, "the caller's generator moves past the seeds");
        for step in 0..1000 {
            let got = lanes.next();
            for (l, w) in want.iter_mut().enumerate() {
                assert_eq!(got[l], w.next_u64(), "lane {l}, step {step}");
            }
        }
        assert_eq!(lanes.generators().to_vec(), want, "the states reached");
    }

    #[test]
    fn the_lanes_are_different_streams() {
        let mut lanes = Lanes::seeded_from(&mut sim_rng(0));
        let first = lanes.next();
        for a in 0..LANES {
            for b in a + 1..LANES {
                assert_ne!(first[a], first[b]);
            }
        }
    }

    #[test]
    fn a_word_is_what_the_samplers_read() {
        let mut w = Word(0x0123_4567_89ab_cdef);
        assert_eq!(w.next_u64(), 0x0123_4567_89ab_cdef);
        assert_eq!(w.next_u32(), 0x0123_4567);
        let mut bytes = [0u8; 10];
        w.fill_bytes(&mut bytes);
        assert_eq!(bytes[..8], 0x0123_4567_89ab_cdef_u64.to_le_bytes());
    }
}
