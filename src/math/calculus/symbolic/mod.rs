//! Symbolic differentiation on the answer language's expression tree ([`crate::expr::Expr`]),
//! recording each rule it applies, with a simplifier that writes results the way a teacher does
//! and a Unicode printer for prompts and solutions.
//!
//! ```
//! use mathdrill::expr::parse;
//! use mathdrill::math::calculus::symbolic::{derivative, pretty, Rule};
//! let d = derivative(&parse("sin(x^2)").unwrap(), "x").unwrap();
//! assert_eq!(pretty(&d.result), "2x·cos(x²)");
//! assert_eq!(d.steps[0].rule, Rule::Chain);
//! assert_eq!(d.steps[0].rule.name(), "chain rule");
//! ```
//!
//! The work is bounded: a formula or a derivative of more than [`MAX_NODES`] nodes is an error
//! ([`CalculusError::TooLarge`]), and every intermediate result is simplified as it is built, so
//! nested products grow polynomially, not exponentially.

pub mod build;
mod derive;
mod error;
mod multi;
mod pretty;
#[cfg(test)]
mod props;
mod rules;
mod simplify;

pub use derive::{Derivation, RuleStep, derivative, derivative_result, sum_terms};
pub use error::CalculusError;
pub use multi::{gradient, hessian, jacobian, partial};
pub use pretty::pretty;
pub use rules::Rule;
pub use simplify::simplify;

use crate::expr::Expr;

/// The most nodes a formula, or any derivative computed from it, may have.
pub const MAX_NODES: usize = 4000;

/// The number of nodes of `e`, counted without recursion.
pub fn node_count(e: &Expr) -> usize {
    let mut count = 0;
    let mut stack = vec![e];
    while let Some(node) = stack.pop() {
        count += 1;
        crate::expr::push_children(&mut stack, node);
    }
    count
}
