//! The `prob.*` kinds of the distributions family (catalog: `exercises/prob/distributions.toml`).

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    Vec::new()
}
