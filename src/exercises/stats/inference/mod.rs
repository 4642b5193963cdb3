//! The `stats.*` kinds of the inference family (catalog: `exercises/stats/inference.toml`).

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    Vec::new()
}
