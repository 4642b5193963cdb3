//! The binomial distribution: the number of successes in `n` independent trials that each
//! succeed with probability `p`.

use super::error::{DistError, check};
use super::saddle_point::ln_binomial_kernel;
use super::traits::Discrete;
use super::unimodal_sum::{LogConcavePmf, sum_range};

/// `X ~ Binomial(n, p)`: `P(X = k) = C(n, k)·pᵏ·(1−p)ⁿ⁻ᵏ` for `k = 0, 1, …, n`;
/// `E X = np`, `Var X = np(1−p)`.
///
/// The pmf is evaluated in log space by Loader's saddle-point formula
/// (`saddle_point.rs`), accurate to ~1e-14 relative even for `n = 10⁶`. The cdf
/// `Σ_{j≤k} pmf(j)` and the survival function `Σ_{j>k} pmf(j)` are both sums of the pmf
/// (`unimodal_sum.rs`), neither computed as one minus the other. (The same cdf is the
/// regularized incomplete beta function `I_{1−p}(n−k, k+1)`; the tests check it.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binomial {
    n: u64,
    p: f64,
    /// `1 − p`.
    q: f64,
}

impl Binomial {
    /// The largest `n` accepted: the cdf sums about `20·√(np(1−p))` terms, so this bounds the
    /// work of one evaluation (to about 10⁷ terms).
    pub const MAX_TRIALS: u64 = 1_000_000_000_000;

    /// `Binomial(n, p)`; `Err` unless `0 ≤ p ≤ 1` and `n ≤ 10¹²`.
    pub fn new(n: u64, p: f64) -> Result<Self, DistError> {
        check("Binomial", "n", n as f64, "at most 10^12", |n| {
            n <= Self::MAX_TRIALS as f64
        })?;
        let p = check("Binomial", "p", p, "between 0 and 1", |p| {
            (0.0..=1.0).contains(&p)
        })?;
        Ok(Self { n, p, q: 1.0 - p })
    }

    /// The number of trials `n`.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The probability of success `p`.
    pub fn p(&self) -> f64 {
        self.p
    }

    /// `ln P(X = k)` (−∞ outside `0..=n`).
    pub fn ln_pmf(&self, k: i64) -> f64 {
        if k < 0 || k as u64 > self.n {
            return f64::NEG_INFINITY;
        }
        if self.p == 0.0 || self.p == 1.0 {
            // All the mass on 0 or on n.
            let at = if self.p == 0.0 { 0 } else { self.n as i64 };
            return if k == at { 0.0 } else { f64::NEG_INFINITY };
        }
        ln_binomial_kernel(k as f64, self.n as f64, self.p, self.q)
    }

    fn last(&self) -> i64 {
        self.n as i64
    }
}

impl LogConcavePmf for Binomial {
    fn ln_pmf_at(&self, k: i64) -> f64 {
        self.ln_pmf(k)
    }

    /// `pmf(k+1)/pmf(k) = (n−k)/(k+1) · p/q`.
    fn ratio_up(&self, k: i64) -> f64 {
        (self.n as f64 - k as f64) / (k as f64 + 1.0) * (self.p / self.q)
    }

    /// `pmf(k−1)/pmf(k) = k/(n−k+1) · q/p`.
    fn ratio_down(&self, k: i64) -> f64 {
        k as f64 / (self.n as f64 - k as f64 + 1.0) * (self.q / self.p)
    }

    /// `⌊(n+1)p⌋`, at most `n`.
    fn mode(&self) -> i64 {
        (((self.n as f64 + 1.0) * self.p).floor() as i64).min(self.last())
    }
}

impl Discrete for Binomial {
    fn pmf(&self, k: i64) -> f64 {
        self.ln_pmf(k).exp()
    }

    fn cdf(&self, k: i64) -> f64 {
        if k < 0 {
            0.0
        } else if k >= self.last() {
            1.0
        } else if self.p == 0.0 || self.p == 1.0 {
            if self.p == 0.0 { 1.0 } else { 0.0 }
        } else {
            sum_range(self, 0, k)
        }
    }

    fn sf(&self, k: i64) -> f64 {
        if k < 0 {
            1.0
        } else if k >= self.last() {
            0.0
        } else if self.p == 0.0 || self.p == 1.0 {
            if self.p == 0.0 { 0.0 } else { 1.0 }
        } else {
            sum_range(self, k + 1, self.last())
        }
    }

    fn mean(&self) -> f64 {
        self.n as f64 * self.p
    }

    fn variance(&self) -> f64 {
        self.n as f64 * self.p * self.q
    }

    fn support(&self) -> (i64, Option<i64>) {
        (0, Some(self.last()))
    }
}
