//! The mathematics itself: readable from-scratch algorithms, validated against nalgebra and statrs.

pub mod linalg;
mod matrix;
mod rational;
mod scalar;

pub use matrix::Matrix;
pub use rational::Rational;
pub use scalar::{DISPLAY_DIGITS, Scalar, format_real};
