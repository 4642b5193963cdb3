//! What the kinds of every area share: writing numbers and equalities as a worked solution shows
//! them, integer draws, and named-mistake bookkeeping (and, for tests, the soundness sweep).

mod draws;
mod mistakes;
mod rounding;
mod tables;
mod writing;

pub use draws::*;
pub use mistakes::*;
pub use rounding::*;
pub use tables::*;
pub use writing::*;

#[cfg(test)]
pub mod testing;
