//! The kinds of the `limits_integrals` family (catalog: `exercises/calculus/limits_integrals.toml`): limits and continuity, antiderivatives, definite and numerical integrals.

mod antiderivative;
mod common;
mod continuity;
mod definite_integral;
mod limit_rules;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(limit_rules::LimitRules),
        Box::new(continuity::Continuity),
        Box::new(antiderivative::Antiderivative),
        Box::new(definite_integral::DefiniteIntegral),
    ]
}
