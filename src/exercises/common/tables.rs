//! The distribution values a learner reads from a table or the calculator (Φ(z), z from a
//! probability, the t distribution's cdf and quantiles), for the kinds' solutions: the library's
//! own ([`crate::math::prob::distributions::standard`]), the values `normcdf`, `norminv`, `tcdf`
//! and `tinv` compute in the calculator.

pub use crate::math::prob::distributions::standard::{
    normal_cdf, normal_quantile, t_cdf, t_quantile,
};
