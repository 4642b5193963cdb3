//! The kinds of the `cost_gradients` family (catalog: `exercises/calculus/cost_gradients.toml`):
//! the gradients of cost functions (MSE, cross-entropy) for a tiny batch. Shared code:
//! [`common`] (writing a batch).

mod logistic_gradient;
mod mse_gradient;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(mse_gradient::MseGradient),
        Box::new(logistic_gradient::LogisticGradient),
    ]
}
