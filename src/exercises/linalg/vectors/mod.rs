//! Vectors and geometry: vector arithmetic, norms, unit vectors, angles, projections, cosine
//! similarity, cross products, matrix–vector products, trigonometry of rotations.
//! Catalog: `exercises/linalg/vectors.toml`.

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
