//! The values a learner reads from a table or the calculator, as plain functions: Φ(z), Φ⁻¹(p)
//! and Student's t cdf and quantile (`normcdf`, `norminv`, `tcdf`, `tinv` with the standard
//! parameters), NaN outside their domains. For the exercises' solutions and the demos.

use super::{Continuous, Normal, StudentT};

/// Φ(z), the standard normal cdf.
pub fn normal_cdf(z: f64) -> f64 {
    Normal::standard().cdf(z)
}

/// Φ⁻¹(p), the standard normal quantile, for 0 < p < 1 (NaN otherwise).
pub fn normal_quantile(p: f64) -> f64 {
    Normal::standard().quantile(p).unwrap_or(f64::NAN)
}

/// The cdf of Student's t with `df` degrees of freedom (df > 0; NaN otherwise).
pub fn t_cdf(t: f64, df: f64) -> f64 {
    StudentT::new(df).map_or(f64::NAN, |d| d.cdf(t))
}

/// The quantile of Student's t with `df` degrees of freedom, for 0 < p < 1 (df > 0; NaN
/// otherwise).
pub fn t_quantile(p: f64, df: f64) -> f64 {
    StudentT::new(df)
        .ok()
        .and_then(|d| d.quantile(p).ok())
        .unwrap_or(f64::NAN)
}
