//! Sample means (the CLT: many means of n draws) and running means (the LLN: the mean of the
//! first k draws, for every k).

use super::error::{SimError, count};
use super::lanes::{LANES, Lanes, Word};
use super::sampler::{Kind, Sampler};
use super::{MAX_DRAWS, MAX_VALUES, SimRng};
use multiversion::multiversion;
use rand::Rng;
use rand::distr::{Distribution, Uniform};

/// `count` independent sample means x̄ = (x₁ + … + xₙ)/n, each of `n` fresh draws from
/// `sampler`. The draws are summed in order, left to right, and never stored. They come from
/// eight generators seeded from `rng`, mean `i` from generator `i mod 8`, so that the uniform's
/// draws are made eight at a time (see [`super::lanes`]); `rng` moves on by 32 numbers. One
/// thread; the same means spread over every core are [`super::sample_means_parallel`].
///
/// Errors when n or count is 0, count exceeds [`MAX_VALUES`] or n·count exceeds [`MAX_DRAWS`].
pub fn sample_means<R: Rng + ?Sized>(
    sampler: &Sampler,
    rng: &mut R,
    n: usize,
    count_of_means: usize,
) -> Result<Vec<f64>, SimError> {
    let (n, m) = checked_sizes(n, count_of_means)?;
    let mut out = vec![0.0; m];
    fill_means(sampler, rng, n, &mut out);
    Ok(out)
}

/// `(n, count)` when both are from 1 up, count is at most [`MAX_VALUES`] and n·count at most
/// [`MAX_DRAWS`]; else the [`SimError::Count`] that says which is wrong.
pub(super) fn checked_sizes(n: usize, count_of_means: usize) -> Result<(usize, usize), SimError> {
    let n = count("the sample size n", n as u64, 1, MAX_DRAWS)? as usize;
    let m = count(
        "the number of means",
        count_of_means as u64,
        1,
        MAX_VALUES as u64,
    )? as usize;
    count(
        "n times the number of means",
        (n as u64).saturating_mul(m as u64),
        1,
        MAX_DRAWS,
    )?;
    Ok((n, m))
}

/// Fills `out` with sample means of `n` draws each (sizes already checked): mean `i` from lane
/// `i mod 8` of the [`Lanes`] seeded from `rng` (see [`super::lanes`]).
pub(super) fn fill_means<R: Rng + ?Sized>(
    sampler: &Sampler,
    rng: &mut R,
    n: usize,
    out: &mut [f64],
) {
    let mut lanes = Lanes::seeded_from(rng);
    let inv = 1.0 / n as f64;
    // One loop per concrete distribution, so each is compiled with its sampler inlined.
    match &sampler.kind {
        // Branch-free draws: all the lanes step together, in vector registers.
        Kind::Uniform { d, .. } => uniform_means(d, &mut lanes, n, out),
        // Σ −ln Uᵢ = −ln ∏ Uᵢ: one logarithm per 16 draws (see `super::exponential`).
        Kind::Exponential { d, .. } => lane_by_lane(&lanes, out, |g| d.sum_of(g, n) * inv),
        Kind::Normal { d, .. } => lane_by_lane(&lanes, out, |g| sum_of(d, g, n) * inv),
        Kind::Discrete(d) => lane_by_lane(&lanes, out, |g| sum_of(d, g, n) * inv),
        Kind::Cauchy { d, .. } => lane_by_lane(&lanes, out, |g| sum_of(d, g, n) * inv),
    }
}

/// The definition of the means, one at a time: mean `i` is `mean` of lane `i mod 8`'s
/// generator, which moves on from where that lane's previous mean left it.
fn lane_by_lane(lanes: &Lanes, out: &mut [f64], mut mean: impl FnMut(&mut SimRng) -> f64) {
    let mut generators = lanes.generators();
    for (i, x) in out.iter_mut().enumerate() {
        *x = mean(&mut generators[i % LANES]);
    }
}

/// The sum of `n` draws of `d`, in order.
#[inline(always)]
fn sum_of<D: Distribution<f64>>(d: &D, rng: &mut SimRng, n: usize) -> f64 {
    let mut sum = 0.0;
    for _ in 0..n {
        sum += d.sample(rng);
    }
    sum
}

/// [`lane_by_lane`] for the uniform, with the lanes in step: eight means at a time, each lane
/// adding its draw to its own sum, every step one row of vector instructions. The uniform's
/// own `sample` turns each lane's number into its value (see [`Word`]), so the values are
/// those [`lane_by_lane`] gives, to the bit. Compiled for AVX-512, for AVX2 and for the
/// baseline (SSE2), and run in the copy for the processor, as the blocked matrix product is
/// (`math::dense::matmul::blocked`), so that the rows use the widest integer registers the
/// processor has (AVX alone has no 256-bit integer operations, so it gets no copy of its own).
#[multiversion(targets("x86_64+avx+avx2+avx512f+avx512vl+fma", "x86_64+avx+avx2+fma"))]
fn uniform_means(d: &Uniform<f64>, lanes: &mut Lanes, n: usize, out: &mut [f64]) {
    let inv = 1.0 / n as f64;
    let (groups, rest) = out.as_chunks_mut::<LANES>();
    for group in groups {
        let mut sums = [0.0; LANES];
        for _ in 0..n {
            let words = lanes.next();
            for (sum, word) in sums.iter_mut().zip(words) {
                *sum += d.sample(&mut Word(word));
            }
        }
        for (x, sum) in group.iter_mut().zip(sums) {
            *x = sum * inv;
        }
    }
    // Fewer than eight means left (mean `i` of them from lane `i`): one lane at a time, so that
    // one mean of many draws does not cost eight.
    let mut generators = lanes.generators();
    for (x, g) in rest.iter_mut().zip(&mut generators) {
        *x = sum_of(d, g, n) * inv;
    }
}

/// The running means of `xs`: element k − 1 is (x₁ + … + x_k)/k. Updated as
/// m_k = m_{k−1} + (x_k − m_{k−1})/k, which never forms the whole sum (no overflow for values
/// near the largest finite number) and loses no accuracy as k grows.
///
/// Errors when a value is not finite.
pub fn running_means(xs: &[f64]) -> Result<Vec<f64>, SimError> {
    if xs.iter().any(|x| !x.is_finite()) {
        return Err(SimError::Sample(
            "holds a value that is not a finite number",
        ));
    }
    let mut mean = 0.0;
    Ok(xs
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            mean += (x - mean) / (i + 1) as f64;
            mean
        })
        .collect())
}

#[cfg(test)]
pub(super) mod clt_check {
    use super::Sampler;

    /// The means of `n` draws of `s` (many of them) have mean μ within 6 standard errors
    /// σ/√(n·count) (a mean of n ± 1 draws, or a stream reused, moves it further) and standard
    /// deviation within 2% of σ/√n.
    pub fn assert_means_follow_the_clt(s: &Sampler, means: &[f64], n: usize) {
        let count = means.len() as f64;
        let (mu, sigma) = (s.mean().unwrap(), s.sd().unwrap());
        let m = means.iter().sum::<f64>() / count;
        let var = means.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (count - 1.0);
        let se = sigma / (n as f64).sqrt();
        assert!((m - mu).abs() < 6.0 * se / count.sqrt(), "{s}: {m} vs {mu}");
        assert!(
            (var.sqrt() / se - 1.0).abs() < 0.02,
            "{s}: {} vs {se}",
            var.sqrt()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::clt_check::assert_means_follow_the_clt;
    use super::*;
    use crate::math::sim::sim_rng;

    #[test]
    fn the_mean_of_the_means_is_mu_and_their_sd_is_sigma_over_root_n() {
        // 10⁵ means of n = 30: the mean of the means has standard error σ/√(30·10⁵) (1.7e-4 for
        // the uniform): a bound of 6 of those cannot fail by chance at this fixed seed, yet
        // summing 31 draws or dividing by 29 would move the mean by 3%. The sd of the means is
        // within 2% of σ/√30 (its own standard error is about 0.3%).
        let cases = [
            Sampler::uniform(0.0, 1.0).unwrap(),
            Sampler::exponential(2.0).unwrap(),
            Sampler::discrete(&[0.0, 1.0, 10.0], &[0.6, 0.3, 0.1]).unwrap(),
        ];
        for s in &cases {
            let means = sample_means(s, &mut sim_rng(5), 30, 100_000).unwrap();
            assert_means_follow_the_clt(s, &means, 30);
        }
    }

    /// The means as the docs define them, computed without [`Lanes`]: eight rand_xoshiro
    /// generators whose states are four draws each of the caller's, mean `i` the average of `n`
    /// draws from generator `i mod 8`.
    fn by_definition(s: &Sampler, seed: u64, n: usize, m: usize) -> Vec<f64> {
        use rand::SeedableRng;
        let mut parent = sim_rng(seed);
        let mut lanes: Vec<SimRng> = (0..8)
            .map(|_| {
                let words: Vec<u8> = (0..4)
                    .flat_map(|_| parent.next_u64().to_le_bytes())
                    .collect();
                SimRng::from_seed(words.try_into().unwrap())
            })
            .collect();
        (0..m)
            .map(|i| {
                let mut sum = 0.0;
                for _ in 0..n {
                    sum += s.sample(&mut lanes[i % 8]);
                }
                sum * (1.0 / n as f64)
            })
            .collect()
    }

    #[test]
    fn the_means_are_those_of_eight_generators_in_turn() {
        // Every path of fill_means, the uniform's vectorised one above all, against the
        // definition, to the bit: group sizes that are not multiples of 8, n = 1, extreme scales.
        let mut cases = vec![
            Sampler::uniform(0.0, 1.0).unwrap(),
            Sampler::uniform(-3.0, 2.5).unwrap(),
            Sampler::uniform(1e-150, 3e-150).unwrap(),
            Sampler::uniform(-1e150, 1e150).unwrap(),
            Sampler::normal(2.0, 3.0).unwrap(),
            Sampler::discrete(&[0.0, 1.0, 10.0], &[0.6, 0.3, 0.1]).unwrap(),
            Sampler::cauchy(0.0, 1.0).unwrap(),
        ];
        for (n, m) in [(1, 1), (1, 17), (30, 7), (30, 8), (30, 9), (5, 100)] {
            for s in &cases {
                let got = sample_means(s, &mut sim_rng(6), n, m).unwrap();
                assert_eq!(got, by_definition(s, 6, n, m), "{s}, n = {n}, {m} means");
            }
        }
        // The exponential sums n draws with one logarithm per 16 (see `super::exponential`),
        // which is one draw when n = 1.
        cases.push(Sampler::exponential(1.5).unwrap());
        let s = cases.last().unwrap();
        assert_eq!(
            sample_means(s, &mut sim_rng(6), 1, 19).unwrap(),
            by_definition(s, 6, 1, 19)
        );
    }

    #[test]
    fn the_callers_generator_moves_past_the_eight_seeds() {
        let s = Sampler::uniform(0.0, 1.0).unwrap();
        let mut rng = sim_rng(2);
        let first = sample_means(&s, &mut rng, 30, 10).unwrap();
        let mut past = sim_rng(2);
        (0..32).for_each(|_| {
            past.next_u64();
        });
        assert_eq!(rng, past);
        assert_ne!(first, sample_means(&s, &mut rng, 30, 10).unwrap());
    }

    #[test]
    fn means_are_exact_for_a_constant_like_source() {
        // A discrete source with one value: every mean is that value, at extreme scales too.
        for v in [1e-150, 3.0, 1e150] {
            let s = Sampler::discrete(&[v], &[1.0]).unwrap();
            let means = sample_means(&s, &mut sim_rng(1), 7, 10).unwrap();
            assert!(
                means.iter().all(|&m| (m / v - 1.0).abs() < 1e-15),
                "{means:?}"
            );
        }
    }

    #[test]
    fn running_means_match_the_prefix_sums() {
        assert_eq!(
            running_means(&[1.0, 2.0, 3.0, 4.0]).unwrap(),
            [1.0, 1.5, 2.0, 2.5]
        );
        let mut xs = vec![0.0; 1000];
        Sampler::normal(5.0, 2.0)
            .unwrap()
            .fill(&mut sim_rng(2), &mut xs);
        let run = running_means(&xs).unwrap();
        let mut sum = 0.0;
        for (k, (x, r)) in xs.iter().zip(&run).enumerate() {
            sum += x;
            assert!((sum / (k + 1) as f64 - r).abs() < 1e-12);
        }
        // Values near the largest f64: the prefix sum would overflow, the update does not.
        let big = running_means(&[1.5e308, 1.5e308, 1.5e308]).unwrap();
        assert!(big.iter().all(|&m| (m / 1.5e308 - 1.0).abs() < 1e-15));
        assert!(running_means(&[]).unwrap().is_empty());
        assert!(running_means(&[1.0, f64::NAN]).is_err());
    }

    #[test]
    fn bad_sizes_are_errors() {
        let s = Sampler::uniform(0.0, 1.0).unwrap();
        let rng = &mut sim_rng(0);
        assert!(sample_means(&s, rng, 0, 10).is_err());
        assert!(sample_means(&s, rng, 10, 0).is_err());
        assert!(sample_means(&s, rng, 1_000_000, 1_000_000).is_err());
        assert!(sample_means(&s, rng, usize::MAX, 2).is_err());
    }
}
