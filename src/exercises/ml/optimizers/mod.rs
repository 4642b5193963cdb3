//! The kinds of the `optimizers` family (catalog: `exercises/ml/optimizers.toml`): gradient descent, momentum, Adam: one step from a given state.

mod adam_step;
mod common;
mod gd_step;
mod momentum_step;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(gd_step::GdStep),
        Box::new(momentum_step::MomentumStep),
        Box::new(adam_step::AdamStep),
    ]
}
