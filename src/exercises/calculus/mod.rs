//! The `calculus` area's exercise kinds (calculus), one family per directory.

mod cost_gradients;
mod derivatives;
mod limits_integrals;
mod multivariable;
mod tree;

use crate::engine::Exercise;

/// Every kind of the area, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    let mut kinds = Vec::new();
    kinds.extend(derivatives::all());
    kinds.extend(multivariable::all());
    kinds.extend(limits_integrals::all());
    kinds.extend(cost_gradients::all());
    kinds
}
