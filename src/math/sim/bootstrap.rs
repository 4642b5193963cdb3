//! The bootstrap percentile interval.

use super::error::{SimError, count};
use super::{MAX_DRAWS, MAX_VALUES};
use crate::math::stats::descriptive;
use rand::{Rng, RngExt};

/// A closed interval [lo, hi].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// Whether `x` lies in [lo, hi].
    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }
}

/// The bootstrap percentile interval of `statistic` at confidence `level` (e.g. 0.95):
/// draw `resamples` samples of the data's size with replacement, compute the statistic of each,
/// and take the (1 − level)/2 and (1 + level)/2 quantiles of those values, by numpy's default
/// linear method (type 7: position h = (B − 1)·q in the sorted values, interpolated linearly).
/// This is `scipy.stats.bootstrap(..., method="percentile")`'s interval.
///
/// Errors when the data are empty or not all finite, `level` is not strictly between 0 and 1,
/// `resamples` is 0 or above [`MAX_VALUES`], resamples × data size exceeds [`MAX_DRAWS`], or
/// the statistic gives NaN.
pub fn bootstrap_percentile<R: Rng + ?Sized>(
    data: &[f64],
    statistic: impl Fn(&[f64]) -> f64,
    resamples: usize,
    level: f64,
    rng: &mut R,
) -> Result<Interval, SimError> {
    if data.is_empty() {
        return Err(SimError::Sample("is empty"));
    }
    if data.iter().any(|x| !x.is_finite()) {
        return Err(SimError::Sample(
            "holds a value that is not a finite number",
        ));
    }
    if !(level > 0.0 && level < 1.0) {
        return Err(SimError::Parameter {
            what: "the confidence level",
            must: "strictly between 0 and 1",
            got: level,
        });
    }
    let b = count(
        "the number of resamples",
        resamples as u64,
        1,
        MAX_VALUES as u64,
    )? as usize;
    let draws = (b as u64).saturating_mul(data.len() as u64);
    count("resamples times the data size", draws, 1, MAX_DRAWS)?;
    let mut resample = vec![0.0; data.len()];
    let mut values = Vec::with_capacity(b);
    for _ in 0..b {
        for slot in resample.iter_mut() {
            *slot = data[rng.random_range(0..data.len())];
        }
        let v = statistic(&resample);
        if v.is_nan() {
            return Err(SimError::Sample("gives a statistic that is NaN"));
        }
        values.push(v);
    }
    // The percentile interval by numpy's default quantile method (type 7).
    let quantile = |q: f64| {
        descriptive::quantile(&values, q).map_err(|_| SimError::Sample("gives no quantile"))
    };
    Ok(Interval {
        lo: quantile((1.0 - level) / 2.0)?,
        hi: quantile((1.0 + level) / 2.0)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::sim::sim_rng;
    use statrs::distribution::{Binomial, DiscreteCDF};

    fn mean(xs: &[f64]) -> f64 {
        xs.iter().sum::<f64>() / xs.len() as f64
    }

    #[test]
    fn constant_data_give_a_point_interval() {
        for c in [-1e150, 2.5, 1e-150] {
            // The mean of nine copies of c is c up to rounding.
            let iv = bootstrap_percentile(&[c; 9], mean, 200, 0.9, &mut sim_rng(1)).unwrap();
            assert_eq!(iv.lo, iv.hi);
            assert!((iv.lo / c - 1.0).abs() < 1e-15, "{iv:?}");
        }
    }

    #[test]
    fn the_mean_of_zeros_and_ones_follows_the_binomial() {
        // Data: 12 ones among n = 40. A resample's mean is K/40 with K ~ Binomial(40, 0.3), so
        // the 2.5% and 97.5% percentiles of 20000 resampled means are the binomial's quantiles
        // (statrs) over 40, give or take one step of 1/40 (the sample quantile of 20000 draws
        // is off by far less than one step, and type 7 may interpolate to the next value).
        let mut data = vec![0.0; 40];
        data[..12].fill(1.0);
        let iv = bootstrap_percentile(&data, mean, 20_000, 0.95, &mut sim_rng(4)).unwrap();
        let b = Binomial::new(0.3, 40).unwrap();
        let (lo, hi) = (
            b.inverse_cdf(0.025) as f64 / 40.0,
            b.inverse_cdf(0.975) as f64 / 40.0,
        );
        assert!((iv.lo - lo).abs() <= 1.0 / 40.0 + 1e-12, "{iv:?} vs {lo}");
        assert!((iv.hi - hi).abs() <= 1.0 / 40.0 + 1e-12, "{iv:?} vs {hi}");
        assert!(iv.contains(0.3) && iv.hi - iv.lo > 0.15, "{iv:?}");
    }

    #[test]
    fn bad_input_is_an_error() {
        let rng = &mut sim_rng(0);
        assert!(bootstrap_percentile(&[], mean, 10, 0.9, rng).is_err());
        assert!(bootstrap_percentile(&[1.0, f64::INFINITY], mean, 10, 0.9, rng).is_err());
        assert!(bootstrap_percentile(&[1.0], mean, 10, 1.0, rng).is_err());
        assert!(bootstrap_percentile(&[1.0], mean, 10, f64::NAN, rng).is_err());
        assert!(bootstrap_percentile(&[1.0], mean, 0, 0.9, rng).is_err());
        assert!(bootstrap_percentile(&[1.0], |_| f64::NAN, 10, 0.9, rng).is_err());
    }
}
