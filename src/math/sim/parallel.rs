//! Sample means spread over every core with rayon, the same means whatever the thread count.
//!
//! The idea: split the means into chunks whose size depends only on n (never on the number of
//! threads), and give each chunk a stream of its own, so that which thread computes a chunk, and
//! when, cannot change a single draw. The streams come from Xoshiro256++'s `jump()`, which
//! advances a generator by 2¹²⁸ draws: chunk k's means are [`super::sample_means`] of the
//! caller's state jumped k times, which seeds the chunk's eight lanes from that stream's first
//! 32 numbers (see [`super::lanes`]: the lanes of every chunk start at unrelated points of the
//! generator's cycle, and a call's at most [`MAX_DRAWS`](super::MAX_DRAWS) = 10¹⁰ draws make an
//! overlap between any two of them a chance below 10⁻⁶⁰). Rayon hands the chunks to the threads
//! with work stealing: a thread that finishes early takes chunks from a busy one, so uneven
//! chunks still keep every core busy.

use super::means::{checked_sizes, fill_means};
use super::sampler::Sampler;
use super::{SimError, SimRng};
use rayon::prelude::*;

/// About this many draws per chunk (2¹⁷, some 0.2 ms of work): enough to dwarf rayon's cost of
/// handing out a task (about a microsecond), small enough to balance the load over the cores.
const DRAWS_PER_CHUNK: usize = 1 << 17;

/// The most means in one chunk, for small n.
const MAX_MEANS_PER_CHUNK: usize = 4096;

/// The number of means in each chunk (the last may hold fewer): a function of n alone, so the
/// chunks, and hence the means, are the same on any number of threads.
pub fn means_per_chunk(n: usize) -> usize {
    (DRAWS_PER_CHUNK / n.max(1)).clamp(1, MAX_MEANS_PER_CHUNK)
}

/// `count` independent sample means of `n` draws from `sampler`, computed on all of rayon's
/// threads (the global pool: one per core, unless called inside `ThreadPool::install`).
///
/// The means are a deterministic function of `rng`'s state, n and count, identical on 1, 2 or 64
/// threads: chunk k of [`means_per_chunk`]`(n)` means is [`super::sample_means`] of `rng`
/// jumped k times (see the module's documentation). They are not the means
/// [`super::sample_means`] draws from the same state (that one seeds its lanes from `rng`
/// itself). On return `rng` has been jumped once per chunk, past every stream used, so the next
/// call draws fresh numbers.
///
/// Errors as [`super::sample_means`]: when n or count is 0, count exceeds
/// [`super::MAX_VALUES`] or n·count exceeds [`MAX_DRAWS`](super::MAX_DRAWS).
pub fn sample_means_parallel(
    sampler: &Sampler,
    rng: &mut SimRng,
    n: usize,
    count_of_means: usize,
) -> Result<Vec<f64>, SimError> {
    let (n, m) = checked_sizes(n, count_of_means)?;
    let per_chunk = means_per_chunk(n);
    // One jump is 256 steps of the generator: well under a microsecond per chunk.
    let streams: Vec<SimRng> = (0..m.div_ceil(per_chunk))
        .map(|_| {
            let stream = rng.clone();
            rng.jump();
            stream
        })
        .collect();
    let mut out = vec![0.0; m];
    out.par_chunks_mut(per_chunk)
        .zip(streams)
        .for_each(|(chunk, mut stream)| fill_means(sampler, &mut stream, n, chunk));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::sim::means::clt_check::assert_means_follow_the_clt;
    use crate::math::sim::{sample_means, sim_rng};

    fn on_threads(threads: usize, sampler: &Sampler, seed: u64, n: usize, m: usize) -> Vec<f64> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool")
            .install(|| sample_means_parallel(sampler, &mut sim_rng(seed), n, m).unwrap())
    }

    #[test]
    fn the_same_seed_gives_the_same_means_on_any_number_of_threads() {
        // Several chunks (n = 30: 4096 means each), a ragged last one, and a large n whose
        // chunks hold one mean each; every source, since each has its own loop.
        let sources = [
            Sampler::uniform(0.0, 1.0).unwrap(),
            Sampler::exponential(2.0).unwrap(),
            Sampler::normal(1.0, 3.0).unwrap(),
            Sampler::discrete(&[0.0, 1.0], &[0.5, 0.5]).unwrap(),
            Sampler::cauchy(0.0, 1.0).unwrap(),
        ];
        for s in &sources {
            for (n, m) in [(30, 3 * 4096 + 17), (200_000, 9), (1, 5)] {
                let one = on_threads(1, s, 11, n, m);
                assert_eq!(one.len(), m);
                for threads in [2, 4] {
                    // Bitwise equal: the same draws summed in the same order.
                    let many = on_threads(threads, s, 11, n, m);
                    let same = one
                        .iter()
                        .zip(&many)
                        .all(|(a, b)| a.to_bits() == b.to_bits());
                    assert!(same, "{s}, n = {n}, {threads} threads");
                }
                assert_ne!(one, on_threads(1, s, 12, n, m), "{s}: another seed");
            }
        }
    }

    #[test]
    fn chunk_k_is_the_one_thread_means_of_the_stream_jumped_k_times() {
        // An independent statement of the construction: the serial sample_means run on each
        // jumped stream in turn gives the same numbers.
        let s = Sampler::uniform(-1.0, 2.0).unwrap();
        let (n, m) = (30, 2 * 4096 + 100);
        let parallel = sample_means_parallel(&s, &mut sim_rng(4), n, m).unwrap();
        let mut base = sim_rng(4);
        let mut serial = Vec::new();
        for len in [4096, 4096, 100] {
            serial.extend(sample_means(&s, &mut base.clone(), n, len).unwrap());
            base.jump();
        }
        assert_eq!(parallel, serial);
        // The caller's generator moves past every stream: a second call draws new means.
        let mut rng = sim_rng(4);
        let first = sample_means_parallel(&s, &mut rng, n, 10).unwrap();
        let second = sample_means_parallel(&s, &mut rng, n, 10).unwrap();
        assert_ne!(first, second);
        assert_eq!(rng, {
            let mut r = sim_rng(4);
            r.jump();
            r.jump();
            r
        });
    }

    #[test]
    fn the_mean_of_the_means_is_mu_and_their_sd_is_sigma_over_root_n() {
        // 10⁵ means of n = 30 over 25 streams: the mean of the means within 6 standard errors
        // σ/√(30·10⁵) of μ (a stream reused or a mean of 29 or 31 draws would be caught), their
        // sd within 2% of σ/√30 (its own standard error is about 0.25%).
        let cases = [
            Sampler::uniform(0.0, 1.0).unwrap(),
            Sampler::exponential(2.0).unwrap(),
            Sampler::normal(-3.0, 0.5).unwrap(),
            Sampler::discrete(&[0.0, 1.0, 10.0], &[0.6, 0.3, 0.1]).unwrap(),
        ];
        for s in &cases {
            let means = on_threads(2, s, 5, 30, 100_000);
            assert_means_follow_the_clt(s, &means, 30);
        }
    }

    #[test]
    fn the_chunks_do_not_repeat_one_another() {
        // Overlapping streams would make two chunks' means equal; with 30 draws each, no two of
        // 10⁵ means coincide by chance.
        let means = on_threads(2, &Sampler::uniform(0.0, 1.0).unwrap(), 3, 30, 100_000);
        let mut sorted = means.clone();
        sorted.sort_by(f64::total_cmp);
        assert!(sorted.windows(2).all(|w| w[0] != w[1]));
    }

    #[test]
    fn extreme_scales_and_bad_sizes() {
        for v in [1e-150, 3.0, 1e150] {
            let s = Sampler::discrete(&[v], &[1.0]).unwrap();
            let means = sample_means_parallel(&s, &mut sim_rng(1), 7, 5000).unwrap();
            assert!(means.iter().all(|&x| (x / v - 1.0).abs() < 1e-15));
        }
        let s = Sampler::uniform(0.0, 1.0).unwrap();
        let rng = &mut sim_rng(0);
        let before = rng.clone();
        for (n, m) in [
            (0, 10),
            (10, 0),
            (1_000_000, 1_000_000),
            (usize::MAX, 2),
            (1, usize::MAX),
        ] {
            let err = sample_means_parallel(&s, rng, n, m).unwrap_err();
            assert_eq!(Err(err), sample_means(&s, &mut sim_rng(0), n, m));
        }
        assert_eq!(*rng, before, "an error draws nothing");
    }

    #[test]
    fn chunk_sizes_depend_on_n_only() {
        assert_eq!(means_per_chunk(1), 4096);
        assert_eq!(means_per_chunk(30), 4096);
        assert_eq!(means_per_chunk(1000), 131);
        assert_eq!(means_per_chunk(1 << 20), 1);
        assert_eq!(means_per_chunk(0), 4096);
    }
}
