//! The geometric distribution: the number of trials up to and including the first success.

use super::error::{DistError, check};
use super::traits::{Discrete, Tail, smallest_reached};

/// `X ~ Geometric(p)`, **the number of trials until the first success** (support 1, 2, 3, …),
/// as `scipy.stats.geom`: `P(X = k) = (1−p)^{k−1}·p`, `P(X ≤ k) = 1 − (1−p)^k`,
/// `P(X > k) = (1−p)^k`; `E X = 1/p`, `Var X = (1−p)/p²`.
///
/// (The other convention counts the failures before the first success, support 0, 1, 2, …:
/// that variable is `X − 1`, with mean `(1−p)/p`.)
///
/// Powers of `1 − p` are computed as `exp(k·ln1p(−p))`, so a small `p` keeps its digits, and the
/// cdf as `−expm1(k·ln1p(−p))`, so a small cdf keeps its digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometric {
    p: f64,
    /// `ln(1 − p)`, −∞ for `p = 1`.
    ln_q: f64,
}

impl Geometric {
    /// `Geometric(p)`; `Err` unless `0 < p ≤ 1`.
    pub fn new(p: f64) -> Result<Self, DistError> {
        let p = check("Geometric", "p", p, "greater than 0 and at most 1", |p| {
            p > 0.0 && p <= 1.0
        })?;
        Ok(Self {
            p,
            ln_q: (-p).ln_1p(),
        })
    }

    /// The probability of success `p`.
    pub fn p(&self) -> f64 {
        self.p
    }

    /// `(1 − p)^k` for `k ≥ 0` (`0⁰ = 1` when `p = 1`).
    fn q_pow(&self, k: i64) -> f64 {
        if k == 0 {
            1.0
        } else {
            (k as f64 * self.ln_q).exp()
        }
    }
}

impl Discrete for Geometric {
    fn pmf(&self, k: i64) -> f64 {
        if k < 1 {
            0.0
        } else {
            self.q_pow(k - 1) * self.p
        }
    }

    fn cdf(&self, k: i64) -> f64 {
        if k < 1 {
            0.0
        } else {
            -(k as f64 * self.ln_q).exp_m1()
        }
    }

    fn sf(&self, k: i64) -> f64 {
        if k < 1 { 1.0 } else { self.q_pow(k) }
    }

    fn mean(&self) -> f64 {
        1.0 / self.p
    }

    fn variance(&self) -> f64 {
        (1.0 - self.p) / (self.p * self.p)
    }

    fn support(&self) -> (i64, Option<i64>) {
        (1, None)
    }

    /// Closed form: `cdf(k) ≥ p ⇔ k ≥ ln(1−p)/ln(1−q)`, so `k = ⌈ln1p(−prob)/ln1p(−p)⌉` for the
    /// lower tail and `⌈ln(prob)/ln1p(−p)⌉` for the upper, checked against the cdf (rounding may
    /// put the ceiling one too high or low). Beyond `i64` the closed form is returned as it is.
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        if self.p == 1.0 {
            return 1.0;
        }
        let ln_target = match tail {
            Tail::Lower => (-prob).ln_1p(),
            Tail::Upper => prob.ln(),
        };
        let guess = (ln_target / self.ln_q).ceil().max(1.0);
        if guess >= 9e15 {
            return guess;
        }
        let reached = |k: i64| match tail {
            Tail::Lower => self.cdf(k) >= prob,
            Tail::Upper => self.sf(k) <= prob,
        };
        smallest_reached(1, i64::MAX, guess as i64, reached) as f64
    }
}
