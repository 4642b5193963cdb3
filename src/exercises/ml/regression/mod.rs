//! The kinds of the `regression` family (catalog: `exercises/ml/regression.toml`): linear
//! regression (normal equations, R²) and L1/L2 regularization (ridge in closed form, a lasso
//! soft-threshold step). Batches are written with the losses family's writer
//! (`super::losses::common`).

mod lasso_threshold;
mod normal_equations;
mod r_squared;
mod ridge_solution;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(normal_equations::NormalEquations),
        Box::new(r_squared::RSquared),
        Box::new(ridge_solution::RidgeSolution),
        Box::new(lasso_threshold::LassoThreshold),
    ]
}
