//! Finite differences: derivatives from function values alone, the way a gradient check (and a
//! learner without the formula) computes them.
//!
//! - [`Scheme`]: forward, backward, central and five-point formulas for f′(x), and the central
//!   second difference for f″(x);
//! - [`richardson`]: Richardson extrapolation, which cancels the leading error terms of a scheme
//!   by combining step sizes h, h/2, h/4, …;
//! - [`gradient`], [`jacobian`], [`hessian`]: the same by differences, one coordinate at a time;
//! - [`step_size`]: the error as a function of h (truncation ∝ hᵖ falls, rounding ∝ ε/h rises) and
//!   the step that balances them, ≈ √ε for forward and ∛ε for central differences;
//! - [`gradient_check`]: the relative error between an analytic and a numerical gradient, as in
//!   CS231n.

pub mod gradient_check;
mod multivariate;
mod richardson;
mod scheme;
pub mod step_size;

pub use multivariate::{gradient, hessian, jacobian};
pub use richardson::richardson;
pub use scheme::{Scheme, second_difference};
