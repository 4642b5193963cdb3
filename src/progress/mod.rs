//! What the learner has done and what to do next: the attempt history in SQLite, the FSRS
//! memory state per (kind, level), mastery rolled up to topics and areas, and the learning path.
//!
//! Above `exercises`/`engine` (it reads the catalog and the registry), below `cli` (which decides
//! where the store lives and prints what this layer computes). Time is passed in, never read
//! here, so that tests and `MATHDRILL_NOW` can set "now".

pub mod accuracy;
pub mod calendar;
pub mod changes;
pub mod learner;
pub mod mastery;
pub mod memory;
pub mod mistakes;
pub mod model;
pub mod path;
pub mod rating;
pub mod rollup;
pub mod store;
pub mod streak;
#[cfg(test)]
pub(crate) mod testing;

pub use accuracy::{Accuracy, Period, accuracy};
pub use calendar::Calendar;
pub use changes::{Change, changes};
pub use learner::Learner;
pub use mastery::{LevelMastery, level_mastery, standing};
pub use memory::{ScheduleError, Scheduler};
pub use mistakes::{MistakeCount, frequent_mistakes};
pub use model::{Attempt, Outcome, ReviewState, Session, Source, Standing};
pub use path::{Pick, Why, draw, frontier};
pub use rating::{Pace, Rating, rate};
pub use rollup::Rollup;
pub use store::{AttemptFilter, Counts, Imported, Store, StoreError, new_uid};
pub use streak::streak;
