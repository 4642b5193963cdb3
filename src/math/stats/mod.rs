//! Statistics: descriptive statistics of data (each function's doc comment states its
//! convention, n or n − 1, quantile type), classification metrics, and inference.

pub mod classification;
pub mod descriptive;
mod error;
pub mod inference;

pub use error::StatsError;
