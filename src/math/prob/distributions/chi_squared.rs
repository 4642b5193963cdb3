//! The χ² distribution: the sum of the squares of `k` independent standard normal variables.

use super::error::{DistError, check};
use super::incomplete_gamma::gamma_reg;
use super::invert::{Scale, invert};
use super::normal::Normal;
use super::saddle_point::ln_poisson_kernel;
use super::traits::{Continuous, Tail};

/// `X ~ χ²(k)` with `k` degrees of freedom (any real `k > 0`):
/// `f(x) = x^{k/2−1}·e^{−x/2} / (2^{k/2}·Γ(k/2))` for `x > 0`; `E X = k`, `Var X = 2k`.
///
/// The density is half a Poisson probability, `f(x) = ½·P(N = k/2 − 1)` for `N ~ Poisson(x/2)`
/// (with a real count), and is evaluated with the same saddle-point kernel
/// (`saddle_point.rs`). The cdf is the regularized lower incomplete gamma function
/// `P(k/2, x/2)` and the survival function the upper one `Q(k/2, x/2)`, the smaller of the two
/// computed directly (`incomplete_gamma.rs`: prefactor in saddle-point form, so df = 10¹⁰ keeps
/// its digits). The quantile solves `cdf(x) = p` in `ln x` (`invert.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChiSquared {
    df: f64,
}

impl ChiSquared {
    /// The largest df accepted: the incomplete gamma expansions take about `9·√(df/2)` terms
    /// (6·10⁵ here), and the cdf, sf and quantile are checked against mpmath up to this df
    /// (`tests/prob_reference.rs`).
    pub const MAX_DF: f64 = 1e10;

    /// `χ²(k)`; `Err` unless `0 < k ≤ 10¹⁰`.
    pub fn new(df: f64) -> Result<Self, DistError> {
        let df = check("χ²", "df", df, "greater than 0 and at most 10^10", |d| {
            d > 0.0 && d <= Self::MAX_DF
        })?;
        Ok(Self { df })
    }

    /// The degrees of freedom `k`.
    pub fn df(&self) -> f64 {
        self.df
    }
}

impl Continuous for ChiSquared {
    fn pdf(&self, x: f64) -> f64 {
        let a = 0.5 * self.df;
        if x.is_nan() {
            f64::NAN
        } else if x < 0.0 || x == f64::INFINITY {
            0.0
        } else if x == 0.0 {
            match a {
                a if a < 1.0 => f64::INFINITY,
                1.0 => 0.5,
                _ => 0.0,
            }
        } else if a >= 1.0 {
            0.5 * ln_poisson_kernel(a - 1.0, 0.5 * x).exp()
        } else {
            // f(x) = P(N = k/2)·(k/2)/x, the same identity one count higher.
            ln_poisson_kernel(a, 0.5 * x).exp() * a / x
        }
    }

    fn cdf(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else if x <= 0.0 {
            0.0
        } else if x == f64::INFINITY {
            1.0
        } else {
            gamma_reg(0.5 * self.df, 0.5 * x).0
        }
    }

    fn sf(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else if x <= 0.0 {
            1.0
        } else if x == f64::INFINITY {
            0.0
        } else {
            gamma_reg(0.5 * self.df, 0.5 * x).1
        }
    }

    fn mean(&self) -> f64 {
        self.df
    }

    fn variance(&self) -> f64 {
        2.0 * self.df
    }

    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }

    /// Solves in `ln x` from the Wilson–Hilferty approximation
    /// `x ≈ k·(1 − 2/(9k) + z·√(2/(9k)))³` (or `k` where that is not positive).
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        let k = self.df;
        let z = Normal::standard().inverse(prob, tail);
        let c = 2.0 / (9.0 * k);
        let wilson_hilferty = k * (1.0 - c + z * c.sqrt()).powi(3);
        let start = if wilson_hilferty > 0.0 {
            wilson_hilferty
        } else {
            k
        };
        invert(self, prob, tail, start, Scale::Log)
    }
}
