//! The `stats` area's exercise kinds, one family per directory.

mod descriptive;
mod inference;

use crate::engine::Exercise;

/// Every kind of the area, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    let mut kinds = Vec::new();
    kinds.extend(descriptive::all());
    kinds.extend(inference::all());
    kinds
}
