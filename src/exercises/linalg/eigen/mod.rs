//! Spectra: characteristic polynomials, eigenvalues and eigenvectors, verifying an eigenpair,
//! diagonalisation, PCA by hand. Catalog: `exercises/linalg/eigen.toml`.

mod char_poly;
mod common;
mod eigenvalues;
mod eigenvectors;

pub use char_poly::CharPoly;
pub use eigenvalues::Eigenvalues;
pub use eigenvectors::Eigenvectors;

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(CharPoly),
        Box::new(Eigenvalues),
        Box::new(Eigenvectors),
    ]
}
