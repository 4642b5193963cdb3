//! What a test returns, and the p-value of a statistic under each alternative hypothesis.

use crate::math::prob::distributions::Continuous;

/// The alternative hypothesis `H₁` (scipy's `alternative=`), for a parameter `θ` and its null
/// value `θ₀`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alternative {
    /// `H₁: θ ≠ θ₀` (scipy's `"two-sided"`): extreme in either direction counts.
    TwoSided,
    /// `H₁: θ < θ₀` (`"less"`; statsmodels says `"smaller"`).
    Less,
    /// `H₁: θ > θ₀` (`"greater"`; statsmodels says `"larger"`).
    Greater,
}

/// A test's statistic, its degrees of freedom (`None` for a z test) and its p-value, with the
/// standard error the statistic was divided by (for worked solutions).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TestResult {
    pub statistic: f64,
    pub df: Option<f64>,
    pub p_value: f64,
    pub standard_error: f64,
}

/// The p-value of `statistic` for a null distribution symmetric about 0 (normal, t): the
/// probability, under `H₀`, of a statistic at least as extreme in the direction of `H₁`:
/// `P(T ≤ t)` for [`Alternative::Less`], `P(T ≥ t)` for [`Alternative::Greater`], and
/// `2·P(T ≥ |t|)` (at most 1) for [`Alternative::TwoSided`]. Each tail comes from the
/// distribution's own cdf or survival function, so a p-value of 1e-300 is not rounded to 0.
pub fn p_value(null: &impl Continuous, statistic: f64, alternative: Alternative) -> f64 {
    match alternative {
        Alternative::Less => null.cdf(statistic),
        Alternative::Greater => null.sf(statistic),
        Alternative::TwoSided => (2.0 * null.sf(statistic.abs())).min(1.0),
    }
}

/// The critical value(s) of a level-`α` test with a symmetric null distribution: reject `H₀`
/// when the statistic is beyond it. `Greater`: `t > c` with `P(T > c) = α`; `Less`: `t < −c`;
/// `TwoSided`: `|t| > c` with `P(T > c) = α/2`. Returns `c > 0` (for `α < ½`).
pub fn critical_value(null: &impl Continuous, alpha: f64, alternative: Alternative) -> f64 {
    let tail = match alternative {
        Alternative::TwoSided => alpha / 2.0,
        Alternative::Less | Alternative::Greater => alpha,
    };
    // α is checked by the callers; a bad one gives NaN rather than a panic.
    null.isf(tail).unwrap_or(f64::NAN)
}
