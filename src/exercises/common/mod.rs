//! What the kinds of every area share: writing numbers and equalities as a worked solution shows
//! them, integer draws, named-mistake bookkeeping, exact sample moments, the z table (and, for
//! tests, the soundness sweep and replay).

mod batches;
mod decimals;
mod draws;
mod mistakes;
pub mod moments;
mod operands;
mod polynomials;
mod rounding;
mod tables;
mod writing;

pub use batches::*;
pub use decimals::*;
pub use draws::*;
pub use mistakes::*;
pub use operands::*;
pub use polynomials::*;
pub use rounding::*;
pub use tables::*;
pub use writing::*;

#[cfg(test)]
pub mod testing;
