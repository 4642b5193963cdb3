//! The `prob.*` kinds of the events family (catalog: `exercises/prob/events.toml`).

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    Vec::new()
}
