//! What the learner has done and what to do next: the attempt history in SQLite, the FSRS
//! memory state per (kind, level), mastery rolled up to topics and areas, and the learning path.
//!
//! Above `exercises`/`engine` (it reads the catalog and the registry), below `cli` (which decides
//! where the store lives and prints what this layer computes). Time is passed in, never read
//! here, so that tests and `MATHDRILL_NOW` can set "now".

pub mod model;
pub mod store;

pub use model::{Attempt, Outcome, ReviewState, Session, Source, Standing};
pub use store::{AttemptFilter, Counts, Imported, Store, StoreError, new_uid};
