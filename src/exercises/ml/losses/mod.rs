//! The kinds of the `losses` family (catalog: `exercises/ml/losses.toml`): loss values of a tiny
//! batch (MSE, MAE, Huber) and cross-entropy (binary and categorical). Shared code: [`common`]
//! (writing a batch and its mean).

mod cross_entropy;
mod loss_value;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(loss_value::LossValue),
        Box::new(cross_entropy::CrossEntropy),
    ]
}
