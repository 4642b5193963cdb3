//! Linear algebra from scratch: elimination, determinants, inverses, nice-number generators.

mod determinant;
mod gauss_jordan;
mod generators;
mod gram_schmidt;
mod inverse;

pub use determinant::{determinant, determinant_cofactor};
pub use gauss_jordan::{Elimination, RowOp, rank, rref};
pub use generators::{IntSource, random_int_matrix, unimodular, with_determinant};
pub use gram_schmidt::{dot_f64, gram_schmidt, norm_f64, residual};
pub use inverse::{inverse, inverse_with_steps};
