//! Sample means (the CLT: many means of n draws) and running means (the LLN: the mean of the
//! first k draws, for every k).

use super::error::{SimError, count};
use super::sampler::{Kind, Sampler};
use super::{MAX_DRAWS, MAX_VALUES};
use rand::Rng;
use rand::distr::Distribution;

/// `count` independent sample means x̄ = (x₁ + … + xₙ)/n, each of `n` fresh draws from
/// `sampler`. The draws are summed in order, left to right, and never stored. One thread; the
/// same means spread over every core are [`super::sample_means_parallel`].
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

/// Fills `out` with sample means of `n` draws each, drawn in order from `rng` (sizes already
/// checked).
pub(super) fn fill_means<R: Rng + ?Sized>(
    sampler: &Sampler,
    rng: &mut R,
    n: usize,
    out: &mut [f64],
) {
    // One loop per concrete distribution, so each is compiled with its sampler inlined.
    match &sampler.kind {
        Kind::Uniform { d, .. } => means_of(d, rng, n, out),
        // Σ −ln Uᵢ = −ln ∏ Uᵢ: one logarithm per 16 draws (see `super::exponential`).
        Kind::Exponential { d, .. } => {
            let inv = 1.0 / n as f64;
            out.iter_mut().for_each(|x| *x = d.sum_of(rng, n) * inv);
        }
        Kind::Normal { d, .. } => means_of(d, rng, n, out),
        Kind::Discrete(d) => means_of(d, rng, n, out),
        Kind::Cauchy { d, .. } => means_of(d, rng, n, out),
    }
}

fn means_of<D: Distribution<f64>, R: Rng + ?Sized>(d: &D, rng: &mut R, n: usize, out: &mut [f64]) {
    let inv = 1.0 / n as f64;
    for x in out {
        let mut sum = 0.0;
        for _ in 0..n {
            sum += d.sample(rng);
        }
        *x = sum * inv;
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

    #[test]
    fn n_of_one_gives_the_draws_themselves() {
        let s = Sampler::exponential(1.0).unwrap();
        let means = sample_means(&s, &mut sim_rng(9), 1, 5).unwrap();
        let mut draws = vec![0.0; 5];
        s.fill(&mut sim_rng(9), &mut draws);
        assert_eq!(means, draws);
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
