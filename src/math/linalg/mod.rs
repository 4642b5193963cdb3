//! Linear algebra from scratch: elimination, determinants, inverses.

mod determinant;
mod gauss_jordan;
mod inverse;

pub use determinant::{determinant, determinant_cofactor};
pub use gauss_jordan::{Elimination, RowOp, rank, rref};
pub use inverse::{inverse, inverse_with_steps};
