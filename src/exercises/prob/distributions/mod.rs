//! The `prob.*` kinds of the distributions family (catalog: `exercises/prob/distributions.toml`):
//! binomial and Poisson probabilities, the moments of the common distributions, normal
//! probabilities and quantiles, and z-scores.

mod binomial;
mod binomial_cdf;
mod binomial_pmf;
mod common;
mod poisson_pmf;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(binomial_pmf::BinomialPmf),
        Box::new(binomial_cdf::BinomialCdf),
        Box::new(poisson_pmf::PoissonPmf),
    ]
}
