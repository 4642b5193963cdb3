//! One learner as the store knows them, read once per command: the attempts, the review states,
//! and the standing on every kind of the catalog that the mastery rule derives from them.

use super::calendar::Calendar;
use super::mastery::standing;
use super::model::{Attempt, ReviewState, Standing};
use super::store::{AttemptFilter, Store, StoreError};
use crate::engine::{Catalog, KindEntry};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct Learner {
    /// Every attempt recorded, oldest first.
    pub attempts: Vec<Attempt>,
    pub states: Vec<ReviewState>,
    /// By kind id, for every kind of the catalog.
    pub standings: BTreeMap<String, Standing>,
}

impl Learner {
    /// The learner with this history (attempts in time order).
    pub fn new(
        attempts: Vec<Attempt>,
        states: Vec<ReviewState>,
        catalog: &Catalog,
        cal: &Calendar,
    ) -> Learner {
        let standings = standing(&attempts, catalog, cal);
        Learner {
            attempts,
            states,
            standings,
        }
    }

    /// A learner with nothing recorded.
    pub fn newcomer(catalog: &Catalog, cal: &Calendar) -> Learner {
        Learner::new(Vec::new(), Vec::new(), catalog, cal)
    }

    /// The learner the store holds.
    pub fn from_store(
        store: &Store,
        catalog: &Catalog,
        cal: &Calendar,
    ) -> Result<Learner, StoreError> {
        Ok(Learner::new(
            store.attempts(&AttemptFilter::default())?,
            store.review_states()?,
            catalog,
            cal,
        ))
    }

    /// Whether nothing has been recorded.
    pub fn is_new(&self) -> bool {
        self.attempts.is_empty()
    }

    /// The level a drill of `kind` asks this learner: the lowest level not yet mastered (the
    /// kind's first level for a kind never tried).
    pub fn level(&self, kind: &KindEntry) -> u8 {
        let first = kind.levels.iter().copied().min().unwrap_or(1);
        self.standings.get(&kind.id).map_or(first, |s| s.level)
    }

    /// This learner after `more` attempts (and with those attempts' new review states).
    pub fn with(
        &self,
        more: &[Attempt],
        states: &[ReviewState],
        catalog: &Catalog,
        cal: &Calendar,
    ) -> Learner {
        let mut attempts = self.attempts.clone();
        attempts.extend(more.iter().cloned());
        let mut all = self.states.clone();
        for s in states {
            all.retain(|o| (o.kind.as_str(), o.level) != (s.kind.as_str(), s.level));
            all.push(s.clone());
        }
        Learner::new(attempts, all, catalog, cal)
    }
}
