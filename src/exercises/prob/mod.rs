//! The `prob` area's exercise kinds, one family per directory.

mod classification;
mod distributions;
mod events;
mod expectation;

use crate::engine::Exercise;

/// Every kind of the area, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    let mut kinds = Vec::new();
    kinds.extend(events::all());
    kinds.extend(expectation::all());
    kinds.extend(distributions::all());
    kinds.extend(classification::all());
    kinds
}
