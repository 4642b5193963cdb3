//! The kinds of the `numerics` family (catalog: `exercises/ml/numerics.toml`): finite differences, gradient checking, numerical stability.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
