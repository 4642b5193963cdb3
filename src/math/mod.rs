//! The mathematics itself: readable from-scratch algorithms, validated against nalgebra and statrs.

pub mod calculus;
pub mod dense;
pub mod linalg;
mod matrix;
pub mod ml;
pub mod optim;
pub mod prob;
mod rational;
mod scalar;
pub mod sim;
pub mod stats;

pub use matrix::Matrix;
pub use rational::Rational;
pub use scalar::{DISPLAY_DIGITS, Scalar, format_real};
