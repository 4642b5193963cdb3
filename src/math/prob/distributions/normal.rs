//! The normal (Gaussian) distribution.

use super::error::{DistError, check};
use super::traits::{Continuous, Tail};
use statrs::function::erf::{erfc, erfc_inv};
use std::f64::consts::{PI, SQRT_2};

/// `X ~ Normal(μ, σ)` with mean `μ` and **standard deviation** `σ` (not the variance; scipy's
/// `norm(loc=μ, scale=σ)`): `f(x) = exp(−z²/2) / (σ·√(2π))` with `z = (x − μ)/σ`.
///
/// `Φ(z) = ½·erfc(−z/√2)` and the upper tail `1 − Φ(z) = ½·erfc(z/√2)`: through `erfc` both
/// tails keep their digits (`P(Z > 37) ≈ 5.7·10⁻³⁰⁰`, not 0). The quantile is
/// `μ − σ·√2·erfc⁻¹(2p)` (statrs's `erfc`, `erfc_inv`, good to ~1e-15).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Normal {
    mu: f64,
    sigma: f64,
}

impl Normal {
    /// `Normal(μ, σ)`; `Err` unless `μ` is finite and `σ` finite and positive.
    pub fn new(mu: f64, sigma: f64) -> Result<Self, DistError> {
        let mu = check("Normal", "μ", mu, "a finite number", f64::is_finite)?;
        let sigma = check("Normal", "σ", sigma, "finite and greater than 0", |s| {
            s > 0.0 && s.is_finite()
        })?;
        Ok(Self { mu, sigma })
    }

    /// The standard normal `Normal(0, 1)`.
    pub fn standard() -> Self {
        Self {
            mu: 0.0,
            sigma: 1.0,
        }
    }

    /// The mean `μ`.
    pub fn mu(&self) -> f64 {
        self.mu
    }

    /// The standard deviation `σ`.
    pub fn sigma(&self) -> f64 {
        self.sigma
    }

    fn z(&self, x: f64) -> f64 {
        (x - self.mu) / self.sigma
    }
}

impl Continuous for Normal {
    fn pdf(&self, x: f64) -> f64 {
        let z = self.z(x);
        (-0.5 * z * z).exp() / (self.sigma * (2.0 * PI).sqrt())
    }

    fn cdf(&self, x: f64) -> f64 {
        0.5 * erfc(-self.z(x) / SQRT_2)
    }

    fn sf(&self, x: f64) -> f64 {
        0.5 * erfc(self.z(x) / SQRT_2)
    }

    fn mean(&self) -> f64 {
        self.mu
    }

    fn variance(&self) -> f64 {
        self.sigma * self.sigma
    }

    fn support(&self) -> (f64, f64) {
        (f64::NEG_INFINITY, f64::INFINITY)
    }

    /// `z = −√2·erfc⁻¹(2·prob)` is the lower-tail point; the upper tail is its mirror image.
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        let z = -SQRT_2 * erfc_inv(2.0 * prob);
        match tail {
            Tail::Lower => self.mu + self.sigma * z,
            Tail::Upper => self.mu - self.sigma * z,
        }
    }
}
