//! Linear algebra from scratch: elimination, determinants, inverses, nice-number generators.

mod determinant;
mod gauss_jordan;
mod generators;
mod gram_schmidt;
mod inverse;
mod lu;
mod schur_eigenvalues;

// One module per topic, each owned and filled in separately; used as `linalg::svd::…`.
pub mod charpoly;
pub mod jacobi;
pub mod low_rank;
pub mod nice_orthogonal;
pub mod nice_rank;
pub mod nice_spectral;
pub mod power_iteration;
pub mod qr;
pub mod real;
pub mod scaling;
pub mod solve;
pub mod svd;
pub mod transform;
pub mod vector_ops;

pub use determinant::{determinant, determinant_cofactor};
pub use gauss_jordan::{Elimination, Pivoting, RowOp, rank, rref, rref_augmented};
pub use generators::{IntSource, random_int_matrix, unimodular, with_determinant};
pub use gram_schmidt::{dot_f64, gram_schmidt, norm_f64, residual};
pub use inverse::{inverse, inverse_with_steps};
pub use schur_eigenvalues::schur_eigenvalues;
