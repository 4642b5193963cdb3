//! Spectra: characteristic polynomials, eigenvalues and eigenvectors, verifying an eigenpair,
//! diagonalisation (PCA by hand is `la.pca`, in `linalg/pca.rs`). Catalog: `exercises/linalg/eigen.toml`.

mod char_poly;
mod common;
mod diagonalize;
mod eigenvalues;
mod eigenvectors;
mod verify_eigenpair;

pub use char_poly::CharPoly;
pub use diagonalize::Diagonalize;
pub use eigenvalues::Eigenvalues;
pub use eigenvectors::Eigenvectors;
pub use verify_eigenpair::VerifyEigenpair;

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(CharPoly),
        Box::new(Eigenvalues),
        Box::new(Eigenvectors),
        Box::new(VerifyEigenpair),
        Box::new(Diagonalize),
    ]
}
