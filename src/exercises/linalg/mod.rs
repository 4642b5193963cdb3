//! Linear-algebra exercise kinds (`la.*`), one file per kind; shared number writing, draws and
//! mistake bookkeeping live in `common` (test scaffolding in `common::testing`), typesetting of
//! exponents, combinations and product work in `text`.

pub mod common;
mod determinant;
mod dot_product;
mod eigen;
mod inverse;
mod matrix_multiply;
mod pca;
mod systems;
pub mod text;
mod transforms;
mod transpose;
mod vectors;

pub use determinant::Determinant;
pub use dot_product::DotProduct;
pub use inverse::Inverse;
pub use matrix_multiply::MatrixMultiply;
pub use transpose::Transpose;

use crate::engine::Exercise;

/// Every linear-algebra kind, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    let mut kinds: Vec<Box<dyn Exercise>> = vec![
        Box::new(MatrixMultiply),
        Box::new(Transpose),
        Box::new(Determinant),
        Box::new(DotProduct),
        Box::new(Inverse),
        Box::new(pca::Pca),
    ];
    kinds.extend(vectors::all());
    kinds.extend(systems::all());
    kinds.extend(transforms::all());
    kinds.extend(eigen::all());
    kinds
}
