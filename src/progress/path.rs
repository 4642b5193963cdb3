//! The learning path: what a default drill asks, from the catalog's stages and prerequisites
//! (`stage`, `after` in `exercises/<area>/*.toml`), the learner's standings and the due reviews.
//!
//! **The rule.** [`frontier`] lists what the learner can do now, each as a [`Pick`] of a kind at
//! a level with the reason [`Why`]:
//! - *Due*: every review due today (by the end of the learner's day), most overdue first, at
//!   its own level.
//! - *Next*: kinds not yet mastered at level 1 whose prerequisites (`after`) are all mastered
//!   (mastered at level 1 or more, in any area), lowest stage first, at the level the learner's
//!   standing says (the kind's first level when there is no standing yet). A new learner has
//!   mastered nothing, so the path starts at each area's stage-1 kinds without prerequisites.
//! - *Practice*: kinds the learner has started but not yet mastered at their current level
//!   (after mastering level 1, the levels above it), at that level.
//! - *Refresh*: kinds mastered at every level, at their top level; they only fill a drill when
//!   the frontier is short.
//!
//! A kind with no standing counts as not mastered and not started; a kind neither open nor
//! started is beyond the frontier. A kind appears once among Next, Practice and Refresh, and not
//! at a level where a review of it is due. Ties keep catalog order.
//!
//! [`draw`] turns the frontier into a drill of `count` questions: the due reviews first, in due
//! order; then Next and Practice kinds taken alternately (a coin from the seed says which comes
//! first), lowest stage first, each kind once before any kind twice; then, when that is not
//! enough, Refresh kinds, nearest the frontier first. No kind is asked more than
//! max(⌈count/5⌉, ⌈count/kinds⌉) times (2 in a 10-question drill when the frontier has 5 kinds or
//! more); when even that cannot fill the drill, kinds repeat from the lowest stages. Within each
//! pass over the kinds the order is shuffled, and a kind never comes twice in a row when another
//! can. The same frontier, count and seed give the same drill (the project's ChaCha stream,
//! [`crate::engine::DrillRng`]).

mod draw;
mod frontier;

pub use draw::draw;
pub use frontier::frontier;

#[cfg(test)]
mod tests;

/// Why the path offers a kind now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A review of this level is due (since `due`, Unix ms).
    Due { due: i64 },
    /// Open: every prerequisite is mastered, the kind itself is not yet mastered at level 1.
    Next,
    /// Started, not yet mastered at its current level.
    Practice,
    /// Mastered at every level: filler when the frontier is short.
    Refresh,
}

/// One kind at one level, offered by the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub kind: String,
    pub level: u8,
    /// The kind's stage in its area (the catalog's `stage`).
    pub stage: u8,
    pub why: Why,
}
