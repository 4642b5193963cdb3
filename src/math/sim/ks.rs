//! The Kolmogorov–Smirnov distance between a sample and a distribution.

use super::error::SimError;

/// The Kolmogorov–Smirnov distance D = sup over x of |F̂(x) − F(x)| between the empirical cdf
/// F̂ of `sample` and the cdf `cdf`: the statistic of `scipy.stats.kstest(sample, cdf)`.
///
/// F̂ jumps at each sorted value x₍ᵢ₎ from (i − 1)/N to i/N, so the supremum is
/// max over i of max(i/N − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/N) (tied values included: the first of
/// a tie gives the lower step, the last the upper one). `cdf` must be continuous for D to be
/// the supremum over all x.
///
/// Errors when the sample is empty or holds NaN, or a cdf value is outside [0, 1].
pub fn ks_distance(sample: &[f64], cdf: impl Fn(f64) -> f64) -> Result<f64, SimError> {
    if sample.iter().any(|x| x.is_nan()) {
        return Err(SimError::Sample("holds NaN"));
    }
    let mut sorted = sample.to_vec();
    sorted.sort_by(f64::total_cmp);
    ks_distance_sorted(&sorted, cdf)
}

/// [`ks_distance`] of a sample already sorted in increasing order (not checked beyond NaN).
pub fn ks_distance_sorted(sorted: &[f64], cdf: impl Fn(f64) -> f64) -> Result<f64, SimError> {
    if sorted.is_empty() {
        return Err(SimError::Sample("is empty"));
    }
    let n = sorted.len() as f64;
    let mut d: f64 = 0.0;
    for (i, &x) in sorted.iter().enumerate() {
        if x.is_nan() {
            return Err(SimError::Sample("holds NaN"));
        }
        let f = cdf(x);
        if !(0.0..=1.0).contains(&f) {
            return Err(SimError::Parameter {
                what: "a value of the cdf",
                must: "a probability from 0 to 1",
                got: f,
            });
        }
        d = d.max((i + 1) as f64 / n - f).max(f - i as f64 / n);
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use statrs::distribution::{ContinuousCDF, Normal};

    /// tests/data/sim_reference.json, written by tests/data/sim_reference.py (scipy).
    #[derive(Deserialize)]
    struct Reference {
        ks: Vec<KsCase>,
    }

    #[derive(Deserialize)]
    struct KsCase {
        sample: Vec<f64>,
        /// "norm", "uniform" or "expon", each standard (scipy's defaults).
        dist: String,
        /// Multiplies the sample and the scale of the distribution.
        scale: f64,
        statistic: f64,
    }

    fn reference() -> Reference {
        serde_json::from_str(include_str!("../../../tests/data/sim_reference.json")).unwrap()
    }

    #[test]
    fn matches_scipy_kstest() {
        let normal = Normal::standard();
        let cases = reference().ks;
        assert!(cases.len() >= 6);
        for c in &cases {
            let s = c.scale;
            let d = match c.dist.as_str() {
                "norm" => ks_distance(&c.sample, |x| normal.cdf(x / s)),
                "uniform" => ks_distance(&c.sample, |x| (x / s).clamp(0.0, 1.0)),
                "expon" => ks_distance(
                    &c.sample,
                    |x| {
                        if x <= 0.0 { 0.0 } else { -(-x / s).exp_m1() }
                    },
                ),
                other => panic!("unknown distribution {other}"),
            }
            .unwrap();
            // statrs's normal cdf is good to about 1e-12 (its erf): compare at 1e-9.
            assert!(
                (d - c.statistic).abs() < 1e-9,
                "{} ×{s}: {d} vs scipy {}",
                c.dist,
                c.statistic
            );
        }
    }

    #[test]
    fn by_hand_for_tiny_samples() {
        // One point at the median: F̂ jumps from 0 to 1 where F = 1/2.
        assert_eq!(ks_distance(&[0.5], |x| x).unwrap(), 0.5);
        // Ties: {0.2, 0.2} jumps from 0 to 1 at 0.2, so D = max(1 − 0.2, 0.2) = 0.8.
        assert!((ks_distance(&[0.2, 0.2], |x| x).unwrap() - 0.8).abs() < 1e-15);
        // The order of the sample does not matter.
        let a = ks_distance(&[0.9, 0.1, 0.4], |x| x).unwrap();
        let b = ks_distance(&[0.1, 0.4, 0.9], |x| x).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(ks_distance(&[], |x| x).is_err());
        assert!(ks_distance(&[0.1, f64::NAN], |x| x).is_err());
        assert!(ks_distance(&[2.0], |x| x).is_err(), "cdf value 2");
        assert!(ks_distance(&[0.5], |_| f64::NAN).is_err());
    }
}
