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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::on_day;

    fn args(topic: Option<&str>, level: Option<u8>, mix: bool) -> DrillArgs {
        DrillArgs {
            topic: topic.map(str::to_string),
            count: 10,
            level,
            mix,
            seed: Some(3),
            no_save: true,
        }
    }

    /// A learner who has mastered level 1 of `kinds` (three clean days each).
    fn mastered(kinds: &[&str]) -> Learner {
        let attempts = kinds
            .iter()
            .flat_map(|k| (0..3).map(move |d| on_day(k, 1, d, 0, true)))
            .collect();
        Learner::new(
            attempts,
            Vec::new(),
            crate::registry().catalog(),
            &Calendar::UTC,
        )
    }

    #[test]
    fn a_new_learner_starts_at_the_first_stage_and_mix_keeps_the_uniform_draw() {
        let catalog = crate::registry().catalog();
        let new = Learner::newcomer(catalog, &Calendar::UTC);
        let path = drill_plan("linalg", &args(None, None, false), 3, &new, 0).unwrap();
        assert!(
            matches!(path.chosen, Chosen::Path { next: 10, .. }),
            "{path:?}"
        );
        for (kind, level, _) in &path.questions {
            let k = catalog.get(kind).unwrap();
            assert!(k.stage == 1 && k.after.is_empty() && *level == 1, "{kind}");
        }
        // The mix draws every stage; at level 1 it is the uniform plan of all the area's kinds.
        let mix = drill_plan("linalg", &args(None, Some(1), true), 3, &new, 0).unwrap();
        assert_eq!(mix.chosen, Chosen::Mix);
        let kinds = select_kinds("linalg", None).unwrap();
        let topics = catalog.area_topics("linalg");
        let uniform = plan_session(&kinds, &topics, 10, &|k| level_for(k, 1), 3);
        assert_eq!(mix.questions, uniform);
        assert!(mix.seed_alone_repeats(&args(None, Some(1), true)));
        assert!(!path.seed_alone_repeats(&args(None, Some(1), false)));
    }

    #[test]
    fn levels_follow_the_learner_unless_a_level_is_given() {
        let me = mastered(&["la.transpose", "la.dot_product"]);
        let filtered = drill_plan(
            "linalg",
            &args(Some("la.transpose"), None, false),
            3,
            &me,
            0,
        );
        let filtered = filtered.unwrap();
        assert_eq!(filtered.chosen, Chosen::Filter);
        assert!(
            filtered
                .questions
                .iter()
                .all(|q| q.0 == "la.transpose" && q.1 == 2)
        );
        let at_3 = drill_plan(
            "linalg",
            &args(Some("la.transpose"), Some(3), false),
            3,
            &me,
            0,
        );
        assert!(at_3.unwrap().questions.iter().all(|q| q.1 == 3));
        // On the path, the kinds after the mastered ones open, and --level sets every level.
        let path = drill_plan("linalg", &args(None, None, false), 3, &me, 0).unwrap();
        let catalog = crate::registry().catalog();
        assert!(
            path.questions
                .iter()
                .any(|(k, ..)| catalog.get(k).unwrap().stage > 1),
            "{path:?}"
        );
        let at_2 = drill_plan("linalg", &args(None, Some(2), false), 3, &me, 0).unwrap();
        for (kind, level, _) in &at_2.questions {
            assert_eq!(*level, level_for(catalog.get(kind).unwrap(), 2), "{kind}");
        }
    }
}
