//! The `Exercise` trait: one implementation per exercise kind.

use super::problem::Draft;
use super::rng::DrillRng;

/// Why a generator gave up on its current draw.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GenError {
    /// The draw was degenerate (singular where an inverse is asked, huge entries…): the engine
    /// draws again from the same stream, a bounded number of times.
    #[error("degenerate draw: {0}")]
    Redraw(&'static str),
    /// The level is not one this kind supports.
    #[error("level {0} is not available for this exercise kind")]
    Level(u8),
}

/// An exercise kind. Catalog data (title, topics, levels, general hints) lives in
/// `exercises/<area>.toml`; the code only knows how to generate.
pub trait Exercise: Send + Sync {
    /// The stable id, e.g. `la.inverse`; must match a catalog entry.
    fn id(&self) -> &'static str;
    /// Generates one problem at `level` from the random stream `rng`. Must be deterministic in
    /// the stream and use only [`DrillRng`]'s own samplers.
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError>;
}
