//! The kinds of the `numerics` family (catalog: `exercises/ml/numerics.toml`): finite
//! differences as numerical derivatives and their error, gradient checking, and numerical
//! stability (softmax, log-sum-exp and cross-entropy of large logits).

mod difference_quotient;
mod gradient_check;
mod polynomial;
mod stable_softmax;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(difference_quotient::DifferenceQuotient),
        Box::new(gradient_check::GradientCheck),
        Box::new(stable_softmax::StableSoftmax),
    ]
}
