//! Systems and structure: matrix addition, identity and diagonal matrices, rank, linear
//! independence, solving Ax = b, null spaces, determinant properties.
//! Catalog: `exercises/linalg/systems.toml`.

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
