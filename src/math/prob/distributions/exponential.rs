//! The exponential distribution: the waiting time between events of a Poisson process.

use super::error::{DistError, check};
use super::traits::{Continuous, Tail};

/// `X ~ Exponential(λ)` with **rate** `λ` (events per unit time): `f(x) = λ·e^{−λx}` for `x ≥ 0`,
/// `P(X > x) = e^{−λx}`; `E X = 1/λ`, `Var X = 1/λ²`.
///
/// scipy parametrises it by the **scale** `1/λ`: this is `scipy.stats.expon(scale=1/λ)`.
/// The cdf is `−expm1(−λx)`, so a small probability keeps its digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exponential {
    rate: f64,
}

impl Exponential {
    /// `Exponential(λ)` with rate `λ`; `Err` unless `λ` is finite and positive.
    pub fn new(rate: f64) -> Result<Self, DistError> {
        let rate = check(
            "Exponential",
            "λ",
            rate,
            "finite and greater than 0",
            |l| l > 0.0 && l.is_finite(),
        )?;
        Ok(Self { rate })
    }

    /// The rate `λ`.
    pub fn rate(&self) -> f64 {
        self.rate
    }
}

impl Continuous for Exponential {
    fn pdf(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else if x < 0.0 {
            0.0
        } else {
            self.rate * (-self.rate * x).exp()
        }
    }

    fn cdf(&self, x: f64) -> f64 {
        if x <= 0.0 {
            0.0
        } else {
            -(-self.rate * x).exp_m1()
        }
    }

    fn sf(&self, x: f64) -> f64 {
        if x <= 0.0 {
            1.0
        } else {
            (-self.rate * x).exp()
        }
    }

    fn mean(&self) -> f64 {
        1.0 / self.rate
    }

    fn variance(&self) -> f64 {
        1.0 / (self.rate * self.rate)
    }

    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }

    /// `−ln(1 − p)/λ` (as `−ln1p(−p)/λ`), or `−ln(q)/λ` from the upper tail.
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        match tail {
            Tail::Lower => -(-prob).ln_1p() / self.rate,
            Tail::Upper => -prob.ln() / self.rate,
        }
    }
}
