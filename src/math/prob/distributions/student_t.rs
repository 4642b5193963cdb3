//! Student's t distribution: the distribution of `(x̄ − μ)/(s/√n)` for normal data, with
//! `df = n − 1` degrees of freedom.

use super::error::{DistError, check};
use super::incomplete_beta::{LARGE_A, beta_reg, beta_reg_half_large_a};
use super::invert::{Scale, invert};
use super::normal::Normal;
use super::saddle_point::ln_gamma_half_ratio;
use super::traits::{Continuous, Tail};
use std::f64::consts::PI;

/// `T ~ t(ν)` with `ν` degrees of freedom (any real `ν > 0`):
/// `f(t) = Γ((ν+1)/2) / (√(νπ)·Γ(ν/2)) · (1 + t²/ν)^{−(ν+1)/2}`;
/// `E T = 0` for `ν > 1` (none otherwise), `Var T = ν/(ν − 2)` for `ν > 2` (`∞` for
/// `1 < ν ≤ 2`, none for `ν ≤ 1`).
///
/// The tail probability is a regularized incomplete beta function:
/// `P(T > |t|) = ½·I_x(ν/2, ½)` with `x = ν/(ν + t²)`, so `sf(t)` for large `t` is computed
/// directly, not as `1 − cdf`. The ratio `Γ((ν+1)/2)/Γ(ν/2)` is formed without subtracting two
/// large `ln Γ` values (`saddle_point.rs`). From df = 1000 on, where `t² ≤ (e − 1)·ν`, the
/// tail is DiDonato and Morris's large-`a` expansion in `s = ln1p(t²/ν)` (`incomplete_beta.rs`),
/// never through the rounded `x` (whose error `xᵃ` multiplies by `ν/2`); beyond that `t` the
/// tail is below `e^{−ν/2}` and the continued fraction is exact enough. The quantile solves
/// `cdf(t) = p` (`invert.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StudentT {
    df: f64,
}

impl StudentT {
    /// The largest df accepted: far beyond any sample (there `t(ν)` is the normal distribution
    /// to 1e-12). The cdf, sf and quantile are checked against mpmath (40 digits) at df = 10³,
    /// 10⁶ … 10¹² (`tests/prob_reference.rs`), to 1e-9 relative in both tails.
    pub const MAX_DF: f64 = 1e12;

    /// `t(ν)`; `Err` unless `0 < ν ≤ 10¹²`.
    pub fn new(df: f64) -> Result<Self, DistError> {
        let df = check(
            "Student t",
            "df",
            df,
            "greater than 0 and at most 10^12",
            |d| d > 0.0 && d <= Self::MAX_DF,
        )?;
        Ok(Self { df })
    }

    /// The degrees of freedom `ν`.
    pub fn df(&self) -> f64 {
        self.df
    }

    /// `P(T > |t|) = ½·I_x(ν/2, ½)`, and the complement `1 − P(T > |t|)`.
    fn tail_and_rest(&self, t: f64) -> (f64, f64) {
        if t.abs() > 1e100 {
            // x = ν/(ν + t²) is below 1e-188 (t² may not even exist in f64), and the first
            // term of I_x(a, ½) = xᵃ/(a·B(a, ½))·(1 + O(x)) is exact to rounding; in logs, with
            // ln x = ln ν − 2·ln|t| and ln B(a, ½) = ln √π − [ln Γ(a+½) − ln Γ(a)].
            let a = 0.5 * self.df;
            let ln_x = self.df.ln() - 2.0 * t.abs().ln();
            let ln_beta = 0.5 * PI.ln() - ln_gamma_half_ratio(a);
            let tail = 0.5 * (a * ln_x - a.ln() - ln_beta).exp();
            return (tail, 1.0 - tail);
        }
        let t2 = t * t;
        let a = 0.5 * self.df;
        if a >= LARGE_A {
            let s = (t2 / self.df).ln_1p();
            if s <= 1.0 {
                let tail = 0.5 * beta_reg_half_large_a(a, s);
                return (tail, 1.0 - tail);
            }
        }
        // x = ν/(ν + t²) and y = t²/(ν + t²), each formed directly (y = 1 − x would round).
        let x = self.df / (self.df + t2);
        let y = 1.0 / (1.0 + self.df / t2);
        let (lower, upper) = beta_reg(a, 0.5, x, y);
        (0.5 * lower, 0.5 + 0.5 * upper)
    }
}

impl Continuous for StudentT {
    fn pdf(&self, t: f64) -> f64 {
        let nu = self.df;
        let r = t * t / nu;
        // ln(1 + t²/ν), also where t² overflows (there ν/t² is below rounding).
        let ln_1p_r = if r.is_finite() {
            r.ln_1p()
        } else {
            2.0 * t.abs().ln() - nu.ln()
        };
        (ln_gamma_half_ratio(0.5 * nu) - 0.5 * (nu * PI).ln() - 0.5 * (nu + 1.0) * ln_1p_r).exp()
    }

    fn cdf(&self, t: f64) -> f64 {
        if t.is_nan() {
            return f64::NAN;
        }
        let (tail, rest) = self.tail_and_rest(t);
        if t < 0.0 { tail } else { rest }
    }

    fn sf(&self, t: f64) -> f64 {
        self.cdf(-t)
    }

    fn mean(&self) -> f64 {
        if self.df > 1.0 { 0.0 } else { f64::NAN }
    }

    fn variance(&self) -> f64 {
        if self.df > 2.0 {
            self.df / (self.df - 2.0)
        } else if self.df > 1.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    }

    fn support(&self) -> (f64, f64) {
        (f64::NEG_INFINITY, f64::INFINITY)
    }

    /// By symmetry the upper-tail point is minus the lower-tail one; the lower-tail point solves
    /// `cdf(t) = prob`, starting from the normal quantile.
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        let lower = if prob == 0.5 {
            0.0
        } else {
            let start = Normal::standard().inverse(prob, Tail::Lower);
            invert(self, prob, Tail::Lower, start, Scale::Linear)
        };
        match tail {
            Tail::Lower => lower,
            Tail::Upper => -lower,
        }
    }
}
