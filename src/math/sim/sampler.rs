//! Seeded samplers: the source distributions of the simulations, with their known mean and
//! standard deviation (the CLT standardizes by them).

use super::error::{SimError, finite, positive};
use super::exponential::InverseExp;
use rand::distr::{Distribution, Uniform};
use rand::{Rng, RngExt};
use rand_distr::{Cauchy, Normal};
use std::fmt;

/// A distribution to draw from. The uniform, normal and Cauchy are rand_distr's samplers (Cauchy
/// by the tangent of a uniform angle); the exponential is −ln(U)/λ (see
/// [`super::exponential`], which also sums n draws with one logarithm); the discrete one
/// inverts its cumulative probabilities.
#[derive(Debug, Clone)]
pub struct Sampler {
    pub(super) kind: Kind,
}

#[derive(Debug, Clone)]
pub(super) enum Kind {
    Uniform {
        lo: f64,
        hi: f64,
        d: Uniform<f64>,
    },
    Exponential {
        rate: f64,
        d: InverseExp,
    },
    Normal {
        mean: f64,
        sd: f64,
        d: Normal<f64>,
    },
    Discrete(Discrete),
    Cauchy {
        location: f64,
        scale: f64,
        d: Cauchy<f64>,
    },
}

/// The most values a discrete distribution may have.
const MAX_SUPPORT: usize = 10_000;

impl Sampler {
    /// Uniform on [lo, hi): mean (lo + hi)/2, sd (hi − lo)/√12.
    pub fn uniform(lo: f64, hi: f64) -> Result<Sampler, SimError> {
        finite("the lower end", lo)?;
        finite("the upper end", hi)?;
        positive("the width hi − lo", hi - lo)?;
        let d = Uniform::new(lo, hi).map_err(|_| SimError::Parameter {
            what: "the width hi − lo",
            must: "a finite positive number",
            got: hi - lo,
        })?;
        Ok(Sampler {
            kind: Kind::Uniform { lo, hi, d },
        })
    }

    /// Exponential with rate λ (density λe^(−λx), x ≥ 0): mean and sd 1/λ.
    pub fn exponential(rate: f64) -> Result<Sampler, SimError> {
        positive("the rate λ", rate)?;
        // The largest draw is ln(2⁵³)/λ ≈ 36.7/λ: keep it finite (λ above about 2e−307).
        finite("the largest draw 37/λ", 37.0 / rate)?;
        let d = InverseExp { rate };
        Ok(Sampler {
            kind: Kind::Exponential { rate, d },
        })
    }

    /// Normal with mean μ and standard deviation σ > 0.
    pub fn normal(mean: f64, sd: f64) -> Result<Sampler, SimError> {
        finite("the mean μ", mean)?;
        positive("the standard deviation σ", sd)?;
        let d = Normal::new(mean, sd).map_err(|_| SimError::Parameter {
            what: "the standard deviation σ",
            must: "a finite positive number",
            got: sd,
        })?;
        Ok(Sampler {
            kind: Kind::Normal { mean, sd, d },
        })
    }

    /// Cauchy with the given location (its median) and scale γ (half the interquartile
    /// range): it has no mean and no variance, so the CLT does not apply to it.
    pub fn cauchy(location: f64, scale: f64) -> Result<Sampler, SimError> {
        finite("the location", location)?;
        positive("the scale γ", scale)?;
        let d = Cauchy::new(location, scale).map_err(|_| SimError::Parameter {
            what: "the scale γ",
            must: "a finite positive number",
            got: scale,
        })?;
        Ok(Sampler {
            kind: Kind::Cauchy { location, scale, d },
        })
    }

    /// A discrete distribution taking `values[i]` with probability `probs[i]`: the values
    /// strictly increasing, the probabilities non-negative and adding up to 1 within 1e-9.
    pub fn discrete(values: &[f64], probs: &[f64]) -> Result<Sampler, SimError> {
        Ok(Sampler {
            kind: Kind::Discrete(Discrete::new(values, probs)?),
        })
    }

    /// The mean, or `None` when it does not exist (Cauchy).
    pub fn mean(&self) -> Option<f64> {
        match &self.kind {
            Kind::Uniform { lo, hi, .. } => Some(lo / 2.0 + hi / 2.0),
            Kind::Exponential { rate, .. } => Some(1.0 / rate),
            Kind::Normal { mean, .. } => Some(*mean),
            Kind::Discrete(d) => Some(d.mean()),
            Kind::Cauchy { .. } => None,
        }
    }

    /// The standard deviation σ, or `None` when the variance is infinite or undefined (Cauchy).
    pub fn sd(&self) -> Option<f64> {
        match &self.kind {
            Kind::Uniform { lo, hi, .. } => Some((hi - lo) / 12f64.sqrt()),
            Kind::Exponential { rate, .. } => Some(1.0 / rate),
            Kind::Normal { sd, .. } => Some(*sd),
            Kind::Discrete(d) => Some(d.sd()),
            Kind::Cauchy { .. } => None,
        }
    }

    /// The median and the interquartile range: the centre and spread that exist for every
    /// sampler (Cauchy: location and 2γ).
    pub fn median_and_iqr(&self) -> (f64, f64) {
        match &self.kind {
            Kind::Uniform { lo, hi, .. } => (lo / 2.0 + hi / 2.0, (hi - lo) / 2.0),
            Kind::Exponential { rate, .. } => (2f64.ln() / rate, 3f64.ln() / rate),
            // The quartiles of the standard normal are ±0.6744897501960817.
            Kind::Normal { mean, sd, .. } => (*mean, 2.0 * 0.674_489_750_196_081_7 * sd),
            Kind::Discrete(d) => {
                let (q1, q2, q3) = (d.quantile(0.25), d.quantile(0.5), d.quantile(0.75));
                (q2, q3 - q1)
            }
            Kind::Cauchy {
                location, scale, ..
            } => (*location, 2.0 * scale),
        }
    }

    /// Fills `out` with independent draws.
    pub fn fill<R: Rng + ?Sized>(&self, rng: &mut R, out: &mut [f64]) {
        match &self.kind {
            Kind::Uniform { d, .. } => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Kind::Exponential { d, .. } => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Kind::Normal { d, .. } => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Kind::Discrete(d) => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Kind::Cauchy { d, .. } => out.iter_mut().for_each(|x| *x = d.sample(rng)),
        }
    }
}

impl Distribution<f64> for Sampler {
    fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        match &self.kind {
            Kind::Uniform { d, .. } => d.sample(rng),
            Kind::Exponential { d, .. } => d.sample(rng),
            Kind::Normal { d, .. } => d.sample(rng),
            Kind::Discrete(d) => d.sample(rng),
            Kind::Cauchy { d, .. } => d.sample(rng),
        }
    }
}

impl fmt::Display for Sampler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Uniform { lo, hi, .. } => write!(f, "Uniform({lo}, {hi})"),
            Kind::Exponential { rate, .. } => write!(f, "Exponential(λ = {rate})"),
            Kind::Normal { mean, sd, .. } => write!(f, "Normal(μ = {mean}, σ = {sd})"),
            Kind::Discrete(d) => {
                let parts: Vec<String> = d
                    .values
                    .iter()
                    .zip(d.probs())
                    .map(|(v, p)| format!("{v}: {p}"))
                    .collect();
                write!(f, "Discrete({})", parts.join(", "))
            }
            Kind::Cauchy {
                location, scale, ..
            } => write!(f, "Cauchy({location}, {scale})"),
        }
    }
}

/// Values with probabilities, drawn by inverting the cumulative probabilities with one uniform.
#[derive(Debug, Clone)]
pub(super) struct Discrete {
    values: Vec<f64>,
    cumulative: Vec<f64>,
}

impl Discrete {
    fn new(values: &[f64], probs: &[f64]) -> Result<Discrete, SimError> {
        if values.is_empty() || values.len() != probs.len() || values.len() > MAX_SUPPORT {
            return Err(SimError::Sample(
                "of a discrete distribution needs one probability per value, 1 to 10000 values",
            ));
        }
        for &v in values {
            finite("each value", v)?;
        }
        if values.windows(2).any(|w| w[0] >= w[1]) {
            return Err(SimError::Sample(
                "of a discrete distribution lists its values in increasing order",
            ));
        }
        let mut cumulative = Vec::with_capacity(probs.len());
        let mut total = 0.0;
        for &p in probs {
            if !(p.is_finite() && p >= 0.0) {
                return Err(SimError::Parameter {
                    what: "each probability",
                    must: "a number from 0 to 1",
                    got: p,
                });
            }
            total += p;
            cumulative.push(total);
        }
        if (total - 1.0).abs() > 1e-9 {
            return Err(SimError::Parameter {
                what: "the sum of the probabilities",
                must: "1",
                got: total,
            });
        }
        Ok(Discrete {
            values: values.to_vec(),
            cumulative,
        })
    }

    fn probs(&self) -> impl Iterator<Item = f64> + '_ {
        let mut before = 0.0;
        self.cumulative.iter().map(move |&c| {
            let p = c - before;
            before = c;
            p
        })
    }

    fn mean(&self) -> f64 {
        self.values
            .iter()
            .zip(self.probs())
            .map(|(v, p)| v * p)
            .sum()
    }

    fn sd(&self) -> f64 {
        let mu = self.mean();
        let var: f64 = self
            .values
            .iter()
            .zip(self.probs())
            .map(|(v, p)| p * (v - mu) * (v - mu))
            .sum();
        var.sqrt()
    }

    /// The smallest value whose cumulative probability reaches `q`.
    fn quantile(&self, q: f64) -> f64 {
        let i = self.cumulative.iter().position(|&c| c >= q);
        self.values[i.unwrap_or(self.values.len() - 1)]
    }
}

impl Distribution<f64> for Discrete {
    fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        let u: f64 = rng.random();
        let i = self.cumulative.iter().position(|&c| u < c);
        // Rounding can leave the last cumulative probability a hair below 1.
        self.values[i.unwrap_or(self.values.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::sim::sim_rng;

    /// Mean and sd of `count` draws.
    fn moments(s: &Sampler, count: usize) -> (f64, f64) {
        let mut xs = vec![0.0; count];
        s.fill(&mut sim_rng(11), &mut xs);
        let m = xs.iter().sum::<f64>() / count as f64;
        let v = xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (count - 1) as f64;
        (m, v.sqrt())
    }

    #[test]
    fn draws_have_the_stated_mean_and_sd() {
        // 10⁶ draws: the sample mean is within 6 standard errors (σ/1000) of μ, and the sample
        // sd within 2% of σ; a wrong rate or range would move them far more.
        let cases = [
            Sampler::uniform(2.0, 5.0).unwrap(),
            Sampler::exponential(4.0).unwrap(),
            Sampler::normal(-3.0, 0.5).unwrap(),
            Sampler::discrete(&[1.0, 2.0, 6.0], &[0.5, 0.3, 0.2]).unwrap(),
        ];
        for s in &cases {
            let (m, sd) = moments(s, 1_000_000);
            let (mu, sigma) = (s.mean().unwrap(), s.sd().unwrap());
            assert!(
                (m - mu).abs() < 6.0 * sigma / 1000.0,
                "{s}: mean {m} vs {mu}"
            );
            assert!((sd / sigma - 1.0).abs() < 0.02, "{s}: sd {sd} vs {sigma}");
        }
        // The discrete mean and sd by hand: 0.5 + 0.6 + 1.2 = 2.3, E[X²] = 0.5 + 1.2 + 7.2 = 8.9.
        let d = &cases[3];
        assert!((d.mean().unwrap() - 2.3).abs() < 1e-12);
        assert!((d.sd().unwrap() - (8.9f64 - 2.3 * 2.3).sqrt()).abs() < 1e-12);
        assert!((cases[0].sd().unwrap() - 3.0 / 12f64.sqrt()).abs() < 1e-15);
    }

    #[test]
    fn cauchy_has_no_mean_and_its_quartiles_are_location_plus_minus_scale() {
        let c = Sampler::cauchy(1.0, 2.0).unwrap();
        assert_eq!((c.mean(), c.sd()), (None, None));
        assert_eq!(c.median_and_iqr(), (1.0, 4.0));
        let mut xs = vec![0.0; 200_001];
        c.fill(&mut sim_rng(3), &mut xs);
        xs.sort_by(f64::total_cmp);
        let (q1, q3) = (xs[50_000], xs[150_000]);
        // A sample quartile of 2·10⁵ Cauchy(1, 2) draws has standard error
        // √(0.25·0.75/2·10⁵)/f(q₁) with f(q₁) = 1/(4π): about 0.012, so 0.1 is 8 of them.
        assert!(
            (q1 - (-1.0)).abs() < 0.1 && (q3 - 3.0).abs() < 0.1,
            "{q1} {q3}"
        );
    }

    #[test]
    fn extreme_scales_keep_their_moments() {
        for scale in [1e-150, 1e150] {
            let s = Sampler::uniform(0.0, scale).unwrap();
            let (m, sd) = moments(&s, 100_000);
            assert!((m / scale - 0.5).abs() < 0.01, "{m}");
            assert!((sd / s.sd().unwrap() - 1.0).abs() < 0.02);
            let e = Sampler::exponential(1.0 / scale).unwrap();
            assert!((e.mean().unwrap() / scale - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn bad_parameters_are_errors() {
        assert!(Sampler::uniform(1.0, 1.0).is_err());
        assert!(Sampler::uniform(f64::NAN, 1.0).is_err());
        assert!(Sampler::uniform(-1e308, 1e308).is_err(), "width overflows");
        assert!(Sampler::exponential(0.0).is_err());
        assert!(Sampler::exponential(f64::INFINITY).is_err());
        assert!(
            Sampler::exponential(1e-308).is_err(),
            "draws would overflow"
        );
        assert!(Sampler::normal(0.0, -1.0).is_err());
        assert!(Sampler::cauchy(0.0, f64::NAN).is_err());
        assert!(Sampler::discrete(&[], &[]).is_err());
        assert!(Sampler::discrete(&[1.0, 2.0], &[0.5]).is_err());
        assert!(Sampler::discrete(&[1.0, 2.0], &[0.5, 0.6]).is_err());
        assert!(Sampler::discrete(&[1.0, 2.0], &[1.5, -0.5]).is_err());
        assert!(Sampler::discrete(&[1.0, f64::NAN], &[0.5, 0.5]).is_err());
        assert!(Sampler::discrete(&[2.0, 1.0], &[0.5, 0.5]).is_err());
    }
}
