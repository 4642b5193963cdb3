//! The kinds of the `regression` family (catalog: `exercises/ml/regression.toml`): linear regression (normal equations, R²) and L1/L2 regularization.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
