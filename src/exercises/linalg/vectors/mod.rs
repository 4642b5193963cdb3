//! Vectors and geometry: vector arithmetic, norms, unit vectors, angles, projections, cosine
//! similarity, cross products, matrix–vector products, trigonometry of rotations.
//! Catalog: `exercises/linalg/vectors.toml`.

mod angle_between;
mod cosine_similarity;
mod cross_product;
pub(super) mod helpers;
mod matrix_vector;
mod norm_unit_vector;
mod partners;
mod projection;
mod vector_arithmetic;

pub use angle_between::AngleBetween;
pub use cosine_similarity::CosineSimilarity;
pub use cross_product::CrossProduct;
pub use matrix_vector::MatrixVector;
pub use norm_unit_vector::NormUnitVector;
pub use projection::Projection;
pub use vector_arithmetic::VectorArithmetic;

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(VectorArithmetic),
        Box::new(NormUnitVector),
        Box::new(AngleBetween),
        Box::new(Projection),
        Box::new(CosineSimilarity),
        Box::new(CrossProduct),
        Box::new(MatrixVector),
    ]
}
