//! The Bernoulli distribution: one trial that succeeds (1) with probability `p`.

use super::error::{DistError, check};
use super::traits::Discrete;

/// `X ~ Bernoulli(p)`: `P(X = 1) = p`, `P(X = 0) = 1 − p`; `E X = p`, `Var X = p(1 − p)`.
/// It is `Binomial(1, p)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bernoulli {
    p: f64,
}

impl Bernoulli {
    /// `Bernoulli(p)`; `Err` unless `0 ≤ p ≤ 1`.
    pub fn new(p: f64) -> Result<Self, DistError> {
        let p = check("Bernoulli", "p", p, "between 0 and 1", |p| {
            (0.0..=1.0).contains(&p)
        })?;
        Ok(Self { p })
    }

    /// The probability of success `p`.
    pub fn p(&self) -> f64 {
        self.p
    }
}

impl Discrete for Bernoulli {
    fn pmf(&self, k: i64) -> f64 {
        match k {
            0 => 1.0 - self.p,
            1 => self.p,
            _ => 0.0,
        }
    }

    fn cdf(&self, k: i64) -> f64 {
        match k {
            ..0 => 0.0,
            0 => 1.0 - self.p,
            _ => 1.0,
        }
    }

    fn sf(&self, k: i64) -> f64 {
        match k {
            ..0 => 1.0,
            0 => self.p,
            _ => 0.0,
        }
    }

    fn mean(&self) -> f64 {
        self.p
    }

    fn variance(&self) -> f64 {
        self.p * (1.0 - self.p)
    }

    fn support(&self) -> (i64, Option<i64>) {
        (0, Some(1))
    }
}
