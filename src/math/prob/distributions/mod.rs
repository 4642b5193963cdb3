//! Probability distributions: pmf/pdf, cdf, survival function, quantile, mean and variance.
//!
//! Discrete: [`Bernoulli`], [`Binomial`], [`Geometric`] (trials until the first success, support
//! 1, 2, … as scipy), [`Poisson`]. Continuous: [`Uniform`], [`Normal`] (mean and standard
//! deviation), [`Exponential`] (rate λ; scipy's scale is 1/λ), [`StudentT`], [`ChiSquared`].
//! Each implements [`Discrete`] or [`Continuous`]; the conventions common to all are in
//! [`traits`]. Constructors validate their parameters and return [`DistError`] for values
//! outside the domain (NaN included).
//!
//! The pmf and pdf formulas and the binomial and Poisson cdfs are written here, readable;
//! statrs supplies special functions only (`erfc` and its inverse, `ln Γ`, the incomplete gamma
//! function). The accuracy-critical pieces each have a file: `saddle_point` (Loader's form of
//! binomial and Poisson probabilities), `unimodal_sum` (cdf and survival function as sums
//! without cancellation), `incomplete_beta` (the t tails) and `invert` (quantiles without a
//! closed form).

mod bernoulli;
mod binomial;
mod chi_squared;
mod error;
mod exponential;
mod geometric;
mod incomplete_beta;
mod incomplete_gamma;
mod invert;
mod normal;
mod poisson;
mod saddle_point;
pub mod standard;
mod student_t;
pub mod traits;
mod uniform;
mod unimodal_sum;

pub use bernoulli::Bernoulli;
pub use binomial::Binomial;
pub use chi_squared::ChiSquared;
pub use error::DistError;
pub use exponential::Exponential;
pub use geometric::Geometric;
pub use normal::Normal;
pub use poisson::Poisson;
pub use student_t::StudentT;
pub use traits::{Continuous, Discrete, Tail};
pub use uniform::Uniform;

#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod statrs_oracle_tests;
