//! The two small traits every distribution implements, so code (the calculator, p-values,
//! exercises, tests) can be generic over the distribution.
//!
//! Conventions shared by all distributions:
//! - `cdf(x) = P(X ≤ x)` and `sf(x) = P(X > x)`, the survival function. Each is computed
//!   directly, never as one minus the other, so a tail probability of 1e-300 is 1e-300, not 0.
//! - `quantile(p)` is the inverse of the cdf (scipy's `ppf`); `isf(q)` is the inverse of the
//!   survival function (scipy's `isf`), accurate for tiny `q` where `quantile(1 − q)` cannot be
//!   (`1 − 1e-20` is `1` in floating point).
//! - A discrete quantile is the smallest `k` with `cdf(k) ≥ p`, as scipy's `ppf`; at `p = 0`
//!   it is the smallest value of the support (scipy returns one less).
//! - A mean or variance that does not exist is NaN; an infinite one is `+∞` (Student t with
//!   df ≤ 1 has no mean; with 1 < df ≤ 2 its variance is infinite), as scipy.

use super::error::{DistError, check_probability};

/// Which side of a point a probability measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tail {
    /// `P(X ≤ x)`: the cdf.
    Lower,
    /// `P(X > x)`: the survival function.
    Upper,
}

/// A distribution with a density.
pub trait Continuous {
    /// The probability density `f(x)`; 0 outside the support, NaN for NaN.
    fn pdf(&self, x: f64) -> f64;
    /// `P(X ≤ x)`.
    fn cdf(&self, x: f64) -> f64;
    /// `P(X > x) = 1 − cdf(x)`, computed without cancellation.
    fn sf(&self, x: f64) -> f64;
    /// `E[X]` (NaN if it does not exist).
    fn mean(&self) -> f64;
    /// `Var X = E[(X − E X)²]` (NaN if it does not exist, `+∞` if infinite).
    fn variance(&self) -> f64;
    /// The smallest and largest value of the support (infinite for an unbounded side).
    fn support(&self) -> (f64, f64);
    /// The point where the `tail` probability equals `prob`, for `prob` in (0, 1): the
    /// quantile for [`Tail::Lower`], the inverse survival function for [`Tail::Upper`]. Most
    /// accurate for `prob ≤ ½`, which is how [`Continuous::quantile`] and [`Continuous::isf`]
    /// call it.
    fn inverse(&self, prob: f64, tail: Tail) -> f64;

    /// The standard deviation `√Var X`.
    fn std_dev(&self) -> f64 {
        self.variance().sqrt()
    }

    /// The quantile: the `x` with `P(X ≤ x) = p` (scipy's `ppf`); `Err` for `p` outside [0, 1].
    /// `quantile(0)` and `quantile(1)` are the ends of the support.
    fn quantile(&self, p: f64) -> Result<f64, DistError> {
        let p = check_probability(p)?;
        let (lo, hi) = self.support();
        Ok(match p {
            0.0 => lo,
            1.0 => hi,
            p if p <= 0.5 => self.inverse(p, Tail::Lower),
            // 1 − p is exact for p ≥ ½, so nothing is lost by moving to the upper tail.
            p => self.inverse(1.0 - p, Tail::Upper),
        })
    }

    /// The inverse survival function: the `x` with `P(X > x) = q` (scipy's `isf`).
    fn isf(&self, q: f64) -> Result<f64, DistError> {
        let q = check_probability(q)?;
        let (lo, hi) = self.support();
        Ok(match q {
            0.0 => hi,
            1.0 => lo,
            q if q <= 0.5 => self.inverse(q, Tail::Upper),
            q => self.inverse(1.0 - q, Tail::Lower),
        })
    }
}

/// A distribution on the integers.
pub trait Discrete {
    /// `P(X = k)`.
    fn pmf(&self, k: i64) -> f64;
    /// `P(X ≤ k)`.
    fn cdf(&self, k: i64) -> f64;
    /// `P(X > k) = 1 − cdf(k)`, computed without cancellation.
    fn sf(&self, k: i64) -> f64;
    /// `E[X]`.
    fn mean(&self) -> f64;
    /// `Var X`.
    fn variance(&self) -> f64;
    /// The smallest value of the support and the largest (`None`: unbounded).
    fn support(&self) -> (i64, Option<i64>);

    /// The standard deviation `√Var X`.
    fn std_dev(&self) -> f64 {
        self.variance().sqrt()
    }

    /// The smallest `k` of the support whose `tail` probability has reached `prob`: for
    /// [`Tail::Lower`] the smallest `k` with `cdf(k) ≥ prob`, for [`Tail::Upper`] the smallest
    /// `k` with `sf(k) ≤ prob`, for `prob` in (0, 1). As an `f64` so that the answer can be
    /// beyond `i64` (a geometric distribution with tiny `p`). The default searches the integers
    /// (doubling steps from the mean, then bisection: at most about 130 evaluations of the cdf).
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        let reached = |k: i64| match tail {
            Tail::Lower => self.cdf(k) >= prob,
            Tail::Upper => self.sf(k) <= prob,
        };
        let (lo, hi) = self.support();
        let hi = hi.unwrap_or(i64::MAX);
        let start = (self.mean().round().clamp(lo as f64, hi as f64)) as i64;
        smallest_reached(lo, hi, start, reached) as f64
    }

    /// The quantile (scipy's `ppf`): the smallest `k` with `cdf(k) ≥ p`; `Err` for `p` outside
    /// [0, 1]. `quantile(0)` is the smallest value of the support (scipy: one less) and
    /// `quantile(1)` the largest (`+∞` when unbounded, as scipy).
    fn quantile(&self, p: f64) -> Result<f64, DistError> {
        let p = check_probability(p)?;
        let (lo, hi) = self.support();
        Ok(match p {
            0.0 => lo as f64,
            1.0 => hi.map_or(f64::INFINITY, |h| h as f64),
            p if p <= 0.5 => self.inverse(p, Tail::Lower),
            // cdf(k) ≥ p is sf(k) ≤ 1 − p, and 1 − p is exact for p ≥ ½.
            p => self.inverse(1.0 - p, Tail::Upper),
        })
    }

    /// The inverse survival function (scipy's `isf`): the smallest `k` with `sf(k) ≤ q`.
    fn isf(&self, q: f64) -> Result<f64, DistError> {
        let q = check_probability(q)?;
        let (lo, hi) = self.support();
        Ok(match q {
            0.0 => hi.map_or(f64::INFINITY, |h| h as f64),
            1.0 => lo as f64,
            q if q <= 0.5 => self.inverse(q, Tail::Upper),
            q => self.inverse(1.0 - q, Tail::Lower),
        })
    }

    /// The pmf at a real `x`, as scipy: 0 unless `x` is an integer (NaN for NaN).
    fn pmf_at(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else if x.fract() != 0.0 || x.is_infinite() {
            0.0
        } else {
            self.pmf(x as i64)
        }
    }

    /// The cdf at a real `x`: `P(X ≤ x) = cdf(⌊x⌋)` (NaN for NaN).
    fn cdf_at(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else {
            // `as` saturates: ±∞ and values beyond i64 land on i64's ends.
            self.cdf(x.floor() as i64)
        }
    }

    /// The survival function at a real `x`: `P(X > x) = sf(⌊x⌋)` (NaN for NaN).
    fn sf_at(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else {
            self.sf(x.floor() as i64)
        }
    }
}

/// The smallest `k` in `[lo, hi]` with `reached(k)`, for a predicate that is false and then
/// true as `k` grows, and true at `hi`. Doubling steps from `start` find a bracket, bisection
/// closes it: at most about 2·64 evaluations.
pub(crate) fn smallest_reached(lo: i64, hi: i64, start: i64, reached: impl Fn(i64) -> bool) -> i64 {
    // Invariant once bracketed: reached(yes) and (no < lo or !reached(no)).
    let (mut no, mut yes);
    if reached(start) {
        yes = start;
        let mut step: i64 = 1;
        loop {
            if yes == lo {
                return lo;
            }
            let k = yes.saturating_sub(step).max(lo);
            if reached(k) {
                yes = k;
                step = step.saturating_mul(2);
            } else {
                no = k;
                break;
            }
        }
    } else {
        no = start;
        let mut step: i64 = 1;
        loop {
            let k = no.saturating_add(step).min(hi);
            if k == hi || reached(k) {
                yes = k;
                break;
            }
            no = k;
            step = step.saturating_mul(2);
        }
    }
    while yes - no > 1 {
        let mid = no + (yes - no) / 2;
        if reached(mid) {
            yes = mid;
        } else {
            no = mid;
        }
    }
    yes
}
