//! The exercise engine: the `Exercise` trait, the catalog and registry, the stable RNG, answer
//! specifications, checking with the tolerance policy and named mistakes, hints and solutions.

mod answer;
mod catalog;
mod check;
#[cfg(test)]
mod check_tests;
mod coerce;
mod degrees;
mod equivalence;
mod exercise;
mod feedback;
mod formula;
mod formula_values;
mod kept_values;
mod problem;
mod refusal;
mod registry;
mod rng;
pub mod soak;
mod span;
mod tolerance;

pub use answer::{AnswerSpec, Domain, Equivalence, Unit, mistakes_needed, single_wrong_answer};
pub use catalog::{ANSWER_TYPES, AREAS, Area, Catalog, CatalogError, KindEntry, Topic, area};
pub use check::{CheckError, Verdict, check};
pub use coerce::ShapeError;
pub use equivalence::{Comparison, compare, compare_answer, compare_answer_at, compare_at};
pub use exercise::{Exercise, GenError};
pub use formula::{
    At, FormulaMatch, TestPoints, Values, compare_formulas, compare_formulas_at, formula_entries,
    verdict,
};
pub use formula_values::{formula_domain, formula_judged_same, values_for};
pub use kept_values::Kept;
pub use problem::{Draft, Line, Mistake, Piece, Problem};
pub use registry::{EngineError, MAX_DRAWS, MAX_SUGGESTIONS, Registry, one_of, suggestions};
pub use rng::DrillRng;
pub use tolerance::Tolerance;
