//! The kinds of the `workflow` family (catalog: `exercises/ml/workflow.toml`): features and parameters, splits, k-fold cross-validation, over/underfitting, bias and variance.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
