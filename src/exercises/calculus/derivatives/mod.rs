//! The kinds of the `derivatives` family (catalog: `exercises/calculus/derivatives.toml`): derivatives, the chain rule (formulas and computation graphs), critical points.

mod computation_graph;
mod critical_points;
mod extremum_word;
mod graph;
mod poly;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(computation_graph::ComputationGraph),
        Box::new(critical_points::CriticalPoints),
        Box::new(extremum_word::ExtremumWord),
    ]
}
