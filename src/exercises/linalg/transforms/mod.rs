//! Transformations and geometry: applying, finding and composing linear transformations,
//! trigonometry of rotations, one step of power iteration, singular values and low-rank
//! approximation error. Catalog: `exercises/linalg/transforms.toml`.

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
