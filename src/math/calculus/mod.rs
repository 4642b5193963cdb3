//! Calculus: symbolic differentiation with the rules it applies, dual numbers, finite
//! differences, quadrature, limits and critical points.

pub mod dual;
pub mod symbolic;
