//! Transformations and geometry: applying, finding and composing linear transformations,
//! trigonometry of rotations, one step of power iteration, singular values and low-rank
//! approximation error. Catalog: `exercises/linalg/transforms.toml`.

mod apply;
pub(super) mod common;
mod compose;
mod low_rank_error;
pub(super) mod plane;
mod power_iteration;
mod rotation_trig;
mod singular_values;
mod transform_matrix;

pub use apply::ApplyTransform;
pub use compose::ComposeTransforms;
pub use low_rank_error::LowRankError;
pub use power_iteration::PowerIterationStep;
pub use rotation_trig::RotationTrig;
pub use singular_values::SingularValues;
pub use transform_matrix::TransformMatrix;

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(ApplyTransform),
        Box::new(TransformMatrix),
        Box::new(ComposeTransforms),
        Box::new(RotationTrig),
        Box::new(PowerIterationStep),
        Box::new(SingularValues),
        Box::new(LowRankError),
    ]
}
