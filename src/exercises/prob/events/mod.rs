//! The `prob.*` kinds of the events family (catalog: `exercises/prob/events.toml`): Bayes' rule,
//! conditional probability, independence, and multiple comparisons.

mod bayes_test;
mod bonferroni;
mod conditional_table;
mod family_wise_error;
mod independence_table;
mod independent_events;
mod scenarios;
pub(super) mod table;
mod total_probability;
pub(super) mod writing;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(bayes_test::BayesTest),
        Box::new(conditional_table::ConditionalTable),
        Box::new(total_probability::TotalProbability),
        Box::new(independence_table::IndependenceTable),
        Box::new(independent_events::IndependentEvents),
        Box::new(bonferroni::Bonferroni),
        Box::new(family_wise_error::FamilyWiseError),
    ]
}
