//! The `prob.*` kinds of the events family (catalog: `exercises/prob/events.toml`): Bayes' rule,
//! conditional probability, independence, and multiple comparisons.

mod bayes_test;
pub(super) mod table;
#[cfg(test)]
pub(super) mod testing;
pub(super) mod writing;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![Box::new(bayes_test::BayesTest)]
}
