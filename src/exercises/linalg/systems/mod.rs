//! Systems and structure: matrix addition, identity and diagonal matrices, rank, linear
//! independence, solving Ax = b, null spaces, determinant properties.
//! Catalog: `exercises/linalg/systems.toml`.

pub(super) mod common;
mod dependency;
mod det_properties;
mod diagonal_power;
mod identity_diagonal;
mod independence;
mod independent_or_not;
mod matrix_add;
mod null_space;
mod rank;
mod solve_system;

pub use det_properties::DetProperties;
pub use diagonal_power::DiagonalPower;
pub use identity_diagonal::IdentityDiagonal;
pub use independence::Independence;
pub use independent_or_not::IndependentOrNot;
pub use matrix_add::MatrixAdd;
pub use null_space::NullSpace;
pub use rank::Rank;
pub use solve_system::SolveSystem;

use crate::engine::Exercise;

/// The kinds of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(MatrixAdd),
        Box::new(IdentityDiagonal),
        Box::new(DiagonalPower),
        Box::new(Rank),
        Box::new(Independence),
        Box::new(IndependentOrNot),
        Box::new(SolveSystem),
        Box::new(NullSpace),
        Box::new(DetProperties),
    ]
}
