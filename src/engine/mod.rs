//! The exercise engine: the `Exercise` trait, the catalog and registry, the stable RNG, answer
//! specifications, checking with the tolerance policy and named mistakes, hints and solutions.

mod answer;
mod exercise;
mod problem;
mod rng;
mod tolerance;

pub use answer::{AnswerSpec, Domain, Equivalence};
pub use exercise::{Exercise, GenError};
pub use problem::{Draft, Line, Mistake, Piece, Problem};
pub use rng::DrillRng;
pub use tolerance::Tolerance;
