//! The kinds of the `cost_gradients` family (catalog: `exercises/calculus/cost_gradients.toml`): the gradients of cost functions (MSE, cross-entropy) for a tiny batch.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
