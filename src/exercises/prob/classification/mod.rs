//! The `prob.*` kinds of the classification family (catalog: `exercises/prob/classification.toml`).

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    Vec::new()
}
