//! The distribution values a learner reads from a table or the calculator (Φ(z), z from a
//! probability, the t distribution's cdf and quantiles), for the kinds' solutions.
//!
//! Backed by statrs until `crate::math::prob::distributions` lands; the kinds call only these
//! functions, so the switch is made here.

use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

/// Φ(z), the standard normal cdf.
pub fn normal_cdf(z: f64) -> f64 {
    Normal::standard().cdf(z)
}

/// Φ⁻¹(p), the standard normal quantile, for 0 < p < 1.
pub fn normal_quantile(p: f64) -> f64 {
    Normal::standard().inverse_cdf(p)
}

/// The cdf of Student's t with `df` degrees of freedom (df > 0).
pub fn t_cdf(t: f64, df: f64) -> f64 {
    StudentsT::new(0.0, 1.0, df).map_or(f64::NAN, |d| d.cdf(t))
}

/// The quantile of Student's t with `df` degrees of freedom, for 0 < p < 1 (df > 0).
pub fn t_quantile(p: f64, df: f64) -> f64 {
    StudentsT::new(0.0, 1.0, df).map_or(f64::NAN, |d| d.inverse_cdf(p))
}
