//! Calculus: symbolic differentiation with the rules it applies, dual numbers, finite
//! differences, quadrature, limits and critical points.

pub mod critical;
pub mod dual;
pub mod finite_diff;
pub mod limits;
pub mod quadrature;
pub mod symbolic;
