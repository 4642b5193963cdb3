//! What a drill asks: the learner's path by default, the uniform mix with `--mix` or a filter.
//!
//! - `mathdrill linalg`: the questions [`progress::draw`] takes from the learner's frontier in
//!   the area (due reviews first, then the kinds whose prerequisites are mastered and the kinds
//!   being practised, at the level reached; the rule is in `progress::path`). A new learner
//!   starts at the area's first stage.
//! - `mathdrill linalg --mix`, `mathdrill linalg inverse`: the uniform mix of the kinds selected
//!   ([`super::plan`]), each at the level the learner has reached in it.
//! - `--level L` asks every question at level L (kinds without it: their nearest lower level).
//!
//! Each question's seed comes from the session seed and the question's position alone, so the
//! same session seed with the same progress asks the same questions.

use super::args::DrillArgs;
use super::plan::{Question, level_for, plan_session, question_seed, select_kinds};
use crate::engine::KindEntry;
use crate::progress::{self, Calendar, Learner, Why};
use anyhow::Result;

/// How a drill's questions were chosen, for its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// From the learner's path: how many questions are due reviews, new kinds, kinds being
    /// practised, and mastered kinds refreshed.
    Path {
        due: usize,
        next: usize,
        practice: usize,
        refresh: usize,
    },
    /// A uniform mix of the area's kinds (`--mix`).
    Mix,
    /// The kinds a filter selects.
    Filter,
}

/// A drill's questions and how they were chosen.
#[derive(Debug, Clone)]
pub struct Plan {
    pub questions: Vec<Question>,
    pub chosen: Chosen,
}

impl Plan {
    /// Whether the same session seed asks the same questions whatever the learner's progress:
    /// a mix or a filter, at a level given.
    pub fn seed_alone_repeats(&self, args: &DrillArgs) -> bool {
        !matches!(self.chosen, Chosen::Path { .. }) && args.level.is_some()
    }
}

/// The drill of `area` with these arguments for `learner`, with reviews due by `due_by` (Unix
/// ms).
pub fn drill_plan(
    area: &str,
    args: &DrillArgs,
    session_seed: u64,
    learner: &Learner,
    due_by: i64,
) -> Result<Plan> {
    let kinds = select_kinds(area, args.topic.as_deref())?;
    let level = |k: &KindEntry| match args.level {
        Some(l) => level_for(k, l),
        None => learner.level(k),
    };
    if args.topic.is_some() || args.mix {
        let topics = crate::registry().catalog().area_topics(area);
        return Ok(Plan {
            questions: plan_session(&kinds, &topics, args.count, &level, session_seed),
            chosen: if args.mix && args.topic.is_none() {
                Chosen::Mix
            } else {
                Chosen::Filter
            },
        });
    }
    let catalog = crate::registry().catalog();
    let frontier = progress::frontier(
        catalog,
        Some(area),
        &learner.standings,
        &learner.states,
        due_by,
    );
    let picks = progress::draw(&frontier, args.count as usize, session_seed);
    let mut chosen = (0, 0, 0, 0);
    let questions = picks
        .iter()
        .enumerate()
        .map(|(i, p)| {
            match p.why {
                Why::Due { .. } => chosen.0 += 1,
                Why::Next => chosen.1 += 1,
                Why::Practice => chosen.2 += 1,
                Why::Refresh => chosen.3 += 1,
            }
            // A review keeps its own level; the rest follow --level when it is given.
            let level = match (p.why, catalog.get(&p.kind), args.level) {
                (Why::Due { .. }, ..) | (_, None, _) | (_, _, None) => p.level,
                (_, Some(k), Some(l)) => level_for(k, l),
            };
            (p.kind.clone(), level, question_seed(i, session_seed))
        })
        .collect();
    Ok(Plan {
        questions,
        chosen: Chosen::Path {
            due: chosen.0,
            next: chosen.1,
            practice: chosen.2,
            refresh: chosen.3,
        },
    })
}

/// The drill of `area` for a learner with nothing recorded: the path's first stage, or the mix
/// or filter at the first levels. Public so that tests can answer a piped session of a new
/// learner.
pub fn session_plan(area: &str, args: &DrillArgs, session_seed: u64) -> Result<Vec<Question>> {
    let learner = Learner::newcomer(crate::registry().catalog(), &Calendar::UTC);
    Ok(drill_plan(area, args, session_seed, &learner, 0)?.questions)
}
