//! The kinds of the `multivariable` family (catalog: `exercises/calculus/multivariable.toml`):
//! partial derivatives, gradients, Jacobians and Hessians of functions of x and y built from
//! [`surface::Surface`] (sums of `c·xⁱ·yʲ·G(k·w)`, closed under differentiation).

mod gradient_at_point;
mod gradient_formula;
mod hessian_test;
mod jacobian;
mod partial_at_point;
mod partial_derivative;
mod second_derivative_test;
mod surface;
mod writing;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(partial_derivative::PartialDerivative),
        Box::new(partial_at_point::PartialAtPoint),
        Box::new(gradient_formula::GradientFormula),
        Box::new(gradient_at_point::GradientAtPoint),
        Box::new(jacobian::Jacobian),
        Box::new(hessian_test::HessianTest),
    ]
}
