//! The `prob.*` kinds of the expectation family (catalog: `exercises/prob/expectation.toml`).

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    Vec::new()
}
