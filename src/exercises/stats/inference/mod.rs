//! The `stats.*` kinds of the inference family (catalog: `exercises/stats/inference.toml`):
//! standard errors and the central limit theorem, confidence intervals for a mean and a
//! proportion, t and z tests, one- and two-sided p-values, errors and power, Welch's test.
//! What they share (the z table and its tolerance, critical values, writing numbers) is in
//! `common`.

mod common;
mod errors_and_power;
mod mean_probability;
mod one_vs_two_sided;
mod prop_interval;
mod standard_error;
mod t_interval;
mod t_test;
mod welch_test;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(standard_error::StandardError),
        Box::new(mean_probability::SampleMeanProbability),
        Box::new(t_interval::TInterval),
        Box::new(prop_interval::ProportionInterval),
        Box::new(t_test::TTest),
        Box::new(one_vs_two_sided::OneVsTwoSided),
        Box::new(errors_and_power::ErrorsAndPower),
        Box::new(welch_test::WelchTest),
    ]
}
