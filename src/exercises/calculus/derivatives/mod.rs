//! The kinds of the `derivatives` family (catalog: `exercises/calculus/derivatives.toml`): derivatives, the chain rule (formulas and computation graphs), critical points.

mod build;
mod chain_rule;
#[cfg(test)]
mod checks;
mod computation_graph;
mod critical_points;
mod derivative_rules;
mod extremum_word;
mod graph;
mod poly;
mod steps;
mod tangent_slope;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(derivative_rules::DerivativeRules),
        Box::new(tangent_slope::TangentSlope),
        Box::new(chain_rule::ChainRule),
        Box::new(computation_graph::ComputationGraph),
        Box::new(critical_points::CriticalPoints),
        Box::new(extremum_word::ExtremumWord),
    ]
}
