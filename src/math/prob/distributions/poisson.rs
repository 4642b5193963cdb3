//! The Poisson distribution: the number of events in an interval when they occur independently
//! at a constant average rate.

use super::error::{DistError, check};
use super::saddle_point::ln_poisson_kernel;
use super::traits::Discrete;
use super::unimodal_sum::{LogConcavePmf, sum_range};

/// `X ~ Poisson(λ)`: `P(X = k) = λᵏ·e^{−λ} / k!` for `k = 0, 1, 2, …`; `E X = Var X = λ`.
///
/// The pmf is evaluated in log space by Loader's saddle-point formula
/// (`saddle_point.rs`); the cdf and the survival function are sums of the pmf
/// (`unimodal_sum.rs`), each computed directly. (The cdf equals the regularized upper
/// incomplete gamma function `Q(k+1, λ)`; the tests check it.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Poisson {
    lambda: f64,
}

impl Poisson {
    /// The largest `λ` accepted: a cdf sums about `20·√λ` terms, so this bounds its work.
    pub const MAX_RATE: f64 = 1e12;

    /// `Poisson(λ)`; `Err` unless `0 ≤ λ ≤ 10¹²` (λ = 0 puts all the mass on 0, as scipy).
    pub fn new(lambda: f64) -> Result<Self, DistError> {
        let lambda = check("Poisson", "λ", lambda, "between 0 and 10^12", |l| {
            (0.0..=Self::MAX_RATE).contains(&l)
        })?;
        Ok(Self { lambda })
    }

    /// The mean number of events `λ`.
    pub fn lambda(&self) -> f64 {
        self.lambda
    }

    /// `ln P(X = k)` (−∞ for `k < 0`).
    pub fn ln_pmf(&self, k: i64) -> f64 {
        if k < 0 {
            f64::NEG_INFINITY
        } else {
            ln_poisson_kernel(k as f64, self.lambda)
        }
    }
}

impl LogConcavePmf for Poisson {
    fn ln_pmf_at(&self, k: i64) -> f64 {
        self.ln_pmf(k)
    }

    /// `pmf(k+1)/pmf(k) = λ/(k+1)`.
    fn ratio_up(&self, k: i64) -> f64 {
        self.lambda / (k as f64 + 1.0)
    }

    /// `pmf(k−1)/pmf(k) = k/λ`.
    fn ratio_down(&self, k: i64) -> f64 {
        k as f64 / self.lambda
    }

    /// `⌊λ⌋`.
    fn mode(&self) -> i64 {
        self.lambda.floor() as i64
    }
}

impl Discrete for Poisson {
    fn pmf(&self, k: i64) -> f64 {
        self.ln_pmf(k).exp()
    }

    fn cdf(&self, k: i64) -> f64 {
        if k < 0 {
            0.0
        } else if self.lambda == 0.0 {
            1.0
        } else {
            sum_range(self, 0, k)
        }
    }

    fn sf(&self, k: i64) -> f64 {
        if k < 0 {
            1.0
        } else if self.lambda == 0.0 || k == i64::MAX {
            0.0
        } else {
            sum_range(self, k + 1, i64::MAX)
        }
    }

    fn mean(&self) -> f64 {
        self.lambda
    }

    fn variance(&self) -> f64 {
        self.lambda
    }

    fn support(&self) -> (i64, Option<i64>) {
        (0, None)
    }
}
