//! The kinds of the `optimizers` family (catalog: `exercises/ml/optimizers.toml`): gradient descent, momentum, Adam: one step from a given state.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
