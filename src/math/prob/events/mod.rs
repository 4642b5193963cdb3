//! Events and discrete random variables: conditional probability, Bayes, independence from a
//! joint table, expectation and variance.
//!
//! Everything is generic over [`Number`]: exact fractions ([`crate::math::Rational`]) for the
//! drills, whose answers are fractions like 1/12, or `f64`. Invalid models (a probability above 1,
//! priors not adding up to 1, conditioning on an impossible event) are errors, never panics.

mod bayes;
mod error;
mod joint_table;
mod moments;
mod number;
mod pmf;
#[cfg(test)]
mod properties;

pub use bayes::{MAX_HYPOTHESES, conditional, posterior, posteriors, total_probability};
pub use error::EventsError;
pub use joint_table::{JointTable, MAX_CELLS};
pub use moments::Moments;
pub use number::{Number, SUM_TOLERANCE, sum};
pub use pmf::{MAX_SUPPORT, Pmf};
