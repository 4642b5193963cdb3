//! Transformations and spectra: applying, finding and composing linear transformations,
//! characteristic polynomials, eigenvalues and eigenvectors, diagonalisation, singular values,
//! low-rank approximation, power iteration, PCA by hand.
//! Catalog: `exercises/linalg/eigen.toml`.

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
