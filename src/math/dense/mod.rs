//! From-scratch `f64` dense kernels on a contiguous row-major buffer, written for the machine:
//! the matrix product in three stages ([`matmul::naive`], [`matmul::ikj`], [`matmul::blocked`])
//! and LU with partial pivoting ([`lu::Lu`]) for det, solve and inverse.
//!
//! The teaching type [`crate::math::Matrix`] holds [`crate::math::Scalar`]s (exact or real) and
//! computes the way the worked solutions do; this module is the fast path the real (non-exact)
//! computations take. Each routine's documentation states the idea that makes it fast, so a
//! learner can run the stages side by side (`mathdrill bench matmul`) and see why libraries are.

mod buffer;
pub mod lu;
pub mod matmul;

pub use buffer::Dense;
