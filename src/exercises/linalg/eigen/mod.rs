//! Spectra: characteristic polynomials, eigenvalues and eigenvectors, verifying an eigenpair,
//! diagonalisation, PCA by hand. Catalog: `exercises/linalg/eigen.toml`.

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
