//! The `prob.*` kinds of the distributions family (catalog: `exercises/prob/distributions.toml`):
//! binomial and Poisson probabilities, the moments of the common distributions, normal
//! probabilities and quantiles, and z-scores.

mod binomial;
mod binomial_cdf;
mod binomial_pmf;
mod common;
mod moments;
mod normal;
mod normal_between;
mod normal_quantile;
mod poisson_pmf;
mod zscore;
mod zscore_compare;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(binomial_pmf::BinomialPmf),
        Box::new(binomial_cdf::BinomialCdf),
        Box::new(moments::DistributionMoments),
        Box::new(poisson_pmf::PoissonPmf),
        Box::new(normal_between::NormalBetween),
        Box::new(normal_quantile::NormalQuantile),
        Box::new(zscore::ZScore),
        Box::new(zscore_compare::ZScoreCompare),
    ]
}
