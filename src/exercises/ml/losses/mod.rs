//! The kinds of the `losses` family (catalog: `exercises/ml/losses.toml`): loss functions and their gradients, cost gradients for a tiny batch.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
