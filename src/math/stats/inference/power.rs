//! Type I error, type II error and power of a one-sample z test.
//!
//! With `d = (μ − μ₀)/(σ/√n)` (how many standard errors the true mean is from `μ₀`), the
//! statistic `Z = (x̄ − μ₀)/(σ/√n)` is `Normal(d, 1)`, and a level-`α` test rejects when
//! - `Greater`: `Z > z_α` — power `P(Z > z_α) = 1 − Φ(z_α − d)`;
//! - `Less`: `Z < −z_α` — power `Φ(−z_α − d)`;
//! - `TwoSided`: `|Z| > z_{α/2}` — power `Φ(−z_{α/2} − d) + 1 − Φ(z_{α/2} − d)` (both tails;
//!   statsmodels' `normal_power` counts both too),
//!
//! where `z_α` is the upper-α point of the standard normal (1.645 for α = 0.05). The type I
//! error is the power at `μ = μ₀` (`d = 0`), which is `α`; the type II error `β` is one minus the
//! power, computed directly as the probability of *not* rejecting, so a `β` of 1e-20 keeps its
//! digits.

use super::error::{InferenceError, check, check_alpha};
use super::hypothesis::{Alternative, critical_value};
use super::standard_error::standard_error;
use crate::math::prob::distributions::{Continuous, Normal};

/// A one-sample z test before the data: `H₀: μ = μ₀`, known `σ`, sample size `n`, level `α`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZTestDesign {
    mu0: f64,
    standard_error: f64,
    alpha: f64,
    alternative: Alternative,
    /// `z_α` (one-sided) or `z_{α/2}` (two-sided).
    critical: f64,
}

impl ZTestDesign {
    /// The design; `Err` unless `μ₀` is finite, `σ > 0`, `n ≥ 1` and `0 < α < 1`.
    pub fn new(
        mu0: f64,
        sigma: f64,
        n: usize,
        alpha: f64,
        alternative: Alternative,
    ) -> Result<Self, InferenceError> {
        let mu0 = check("μ₀", mu0, "a finite number", f64::is_finite)?;
        check("σ", sigma, "finite and greater than 0", |s| {
            s > 0.0 && s.is_finite()
        })?;
        let alpha = check_alpha(alpha)?;
        let standard_error = standard_error(sigma, n)?;
        let critical = critical_value(&Normal::standard(), alpha, alternative);
        Ok(Self {
            mu0,
            standard_error,
            alpha,
            alternative,
            critical,
        })
    }

    /// The standard error `σ/√n`.
    pub fn standard_error(&self) -> f64 {
        self.standard_error
    }

    /// The level `α`.
    pub fn alpha(&self) -> f64 {
        self.alpha
    }

    /// The critical value on the z scale: `z_α` for a one-sided test (reject when `Z > z_α`, or
    /// `Z < −z_α` for `Less`), `z_{α/2}` for a two-sided one (reject when `|Z| > z_{α/2}`).
    pub fn critical_z(&self) -> f64 {
        self.critical
    }

    /// `d = (μ − μ₀)/(σ/√n)`.
    fn shift(&self, mu: f64) -> f64 {
        (mu - self.mu0) / self.standard_error
    }

    /// The power at the true mean `μ`: the probability of rejecting `H₀`.
    pub fn power(&self, mu: f64) -> f64 {
        let (z, c, d) = (Normal::standard(), self.critical, self.shift(mu));
        match self.alternative {
            Alternative::Greater => z.sf(c - d),
            Alternative::Less => z.cdf(-c - d),
            Alternative::TwoSided => z.cdf(-c - d) + z.sf(c - d),
        }
    }

    /// The type I error: the probability of rejecting a true `H₀`, the power at `μ = μ₀`
    /// (equal to `α` for the z test; computed from the rejection region, not copied from `α`).
    pub fn type_one_error(&self) -> f64 {
        self.power(self.mu0)
    }

    /// The type II error `β` at the true mean `μ`: the probability of not rejecting a false
    /// `H₀`, `1 − power`, computed as the probability of the acceptance region.
    pub fn type_two_error(&self, mu: f64) -> f64 {
        let (z, c, d) = (Normal::standard(), self.critical, self.shift(mu));
        match self.alternative {
            Alternative::Greater => z.cdf(c - d),
            Alternative::Less => z.sf(-c - d),
            // P(−c − d ≤ Z ≤ c − d), from the tail the interval lies in.
            Alternative::TwoSided => {
                let (lo, hi) = (-c - d, c - d);
                if lo >= 0.0 {
                    z.sf(lo) - z.sf(hi)
                } else if hi <= 0.0 {
                    z.cdf(hi) - z.cdf(lo)
                } else {
                    1.0 - z.cdf(lo) - z.sf(hi)
                }
            }
        }
    }
}
