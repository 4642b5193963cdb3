//! The kinds of the `multivariable` family (catalog: `exercises/calculus/multivariable.toml`): partial derivatives, gradients, Jacobians and Hessians.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
