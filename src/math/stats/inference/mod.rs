//! Inference: standard errors, confidence intervals, z and t tests, p-values, power,
//! multiple-testing corrections.
//!
//! Conventions (each function's doc comment repeats the one that matters to it):
//! - the sample standard deviation divides by `n − 1` ([`Summary`]);
//! - `confidence` is a level like 0.95; `α` a significance level like 0.05;
//! - [`Alternative`] is scipy's `alternative=`: `TwoSided`, `Less`, `Greater`; two-sided
//!   p-values are `2·P(T ≥ |t|)`;
//! - the two-sample t test comes in both conventions: [`pooled_t_test`] is scipy's default
//!   (`equal_var=True`), [`welch_t_test`] is `equal_var=False`;
//! - the proportion test uses `p₀` in its standard error, the Wald interval `p̂`.
//!
//! Every function returns `Err` for bad input (NaN, too few values, a level outside (0, 1)).

mod error;
mod hypothesis;
mod mean_interval;
mod multiple_testing;
mod one_sample;
mod power;
mod proportion;
mod standard_error;
mod summary;
mod two_sample;

pub use error::InferenceError;
pub use hypothesis::{Alternative, TestResult, critical_value, p_value};
pub use mean_interval::{
    ConfidenceInterval, t_interval, t_interval_from_data, z_interval, z_interval_from_data,
};
pub use multiple_testing::{
    Adjusted, bonferroni, bonferroni_threshold, family_wise_error_rate, holm,
};
pub use one_sample::{t_test, t_test_from_data, z_test, z_test_from_data};
pub use power::ZTestDesign;
pub use proportion::{proportion_z_test, wald_interval};
pub use standard_error::standard_error;
pub use summary::Summary;
pub use two_sample::{
    pooled_t_test, pooled_t_test_from_data, welch_df, welch_t_test, welch_t_test_from_data,
};

#[cfg(test)]
mod tests;
