//! The `ml` area's exercise kinds (machine-learning math), one family per directory.

mod losses;
mod numerics;
mod optimizers;
mod regression;
mod workflow;

use crate::engine::Exercise;

/// Every kind of the area, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    let mut kinds = Vec::new();
    kinds.extend(optimizers::all());
    kinds.extend(losses::all());
    kinds.extend(regression::all());
    kinds.extend(workflow::all());
    kinds.extend(numerics::all());
    kinds
}
