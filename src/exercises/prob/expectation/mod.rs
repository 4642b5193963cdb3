//! The `prob.*` kinds of the expectation family (catalog: `exercises/prob/expectation.toml`):
//! random variables and their tables, expectation and variance, and the law of large numbers.

mod common;
mod discrete_variance;
mod expected_value_game;
mod linear_combination;
mod lln_closer;
mod lln_sample_size;
mod pdf_probability;
mod pmf_cdf;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(expected_value_game::ExpectedValueGame),
        Box::new(discrete_variance::DiscreteVariance),
        Box::new(linear_combination::LinearCombination),
        Box::new(pmf_cdf::PmfCdf),
        Box::new(pdf_probability::PdfProbability),
        Box::new(lln_closer::LlnCloser),
        Box::new(lln_sample_size::LlnSampleSize),
    ]
}
