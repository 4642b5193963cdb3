//! `mathdrill review [AREA]`: a drill of the (kind, level) pairs whose FSRS review is due today,
//! most overdue first, each with a fresh exercise (a new seed drawn from the session seed, so that
//! a review tests the skill, not the memory of one problem). Says when nothing is due, and when
//! the next review is.

use super::clock;
use super::input::LineSource;
use super::plan::Question;
use super::record;
use super::sitting::{Sitting, run};
use crate::engine::DrillRng;
use crate::progress::{Calendar, Learner, ReviewState, Source};
use anyhow::{Result, bail};

/// What `mathdrill review` was asked.
#[derive(Debug, Clone)]
pub struct ReviewArgs {
    pub area: Option<String>,
    pub count: u32,
    pub seed: Option<u64>,
    pub no_save: bool,
}

pub fn review(args: &ReviewArgs, input: &mut dyn LineSource) -> Result<()> {
    let now = clock::now_ms()?;
    let reg = crate::registry();
    if let Some(a) = &args.area
        && !reg.kinds().any(|k| &k.area == a)
    {
        let areas: Vec<&str> = super::drill_areas().iter().map(|(n, _)| *n).collect();
        bail!("`{a}` is not an area; areas: {}", areas.join(", "));
    }
    let cal = Calendar::UTC;
    let learner = record::learner(&cal)?;
    let area = args.area.as_deref();
    let session_seed = args
        .seed
        .unwrap_or_else(|| rand::random::<u64>() % 99_999 + 1);
    let questions = review_plan(&learner, area, args.count, session_seed, now);
    if questions.is_empty() {
        let what = area.map_or(String::new(), |a| format!(" in {a}"));
        let next = reviews(&learner, area)
            .into_iter()
            .find(|s| s.due > cal.end_of_day(now));
        match next {
            Some(next) => println!(
                "Nothing is due{what}. The next review is {} level {} {}.",
                next.kind,
                next.level,
                clock::relative_day(next.due, now)
            ),
            None => println!(
                "Nothing to review{what} yet: reviews come from drills (`mathdrill linalg`)."
            ),
        }
        return Ok(());
    }
    let command = match area {
        Some(a) => format!("review {a}"),
        None => "review".to_string(),
    };
    let sitting = Sitting {
        title: "review".to_string(),
        command,
        source: Source::Review,
        session_seed,
        save: !args.no_save,
        note: None,
        // A review's questions depend on what is due, so its seed does not ask them again.
        repeatable: false,
        before: learner,
    };
    run(&sitting, &questions, input)
}

/// The questions of a review at `now` (Unix ms): the (kind, level) pairs of `area` (every area
/// for `None`) due by the end of today, soonest due first, at most `count`, each with a seed
/// of its own from the session seed. Public so that tests can answer a piped review.
pub fn review_plan(
    learner: &Learner,
    area: Option<&str>,
    count: u32,
    session_seed: u64,
    now: i64,
) -> Vec<Question> {
    let due_by = Calendar::UTC.end_of_day(now);
    reviews(learner, area)
        .into_iter()
        .take_while(|s| s.due <= due_by)
        .take(count as usize)
        .enumerate()
        .map(|(i, s)| {
            let mut own = DrillRng::for_exercise(&format!("review.question.{i}"), 1, session_seed);
            (s.kind.clone(), s.level, own.int(1, 99_999) as u64)
        })
        .collect()
}

/// The learner's review states in `area` (all areas for `None`) at levels their kinds have,
/// soonest due first.
fn reviews<'a>(learner: &'a Learner, area: Option<&str>) -> Vec<&'a ReviewState> {
    let catalog = crate::registry().catalog();
    let mut mine: Vec<&ReviewState> = learner
        .states
        .iter()
        .filter(|s| {
            catalog
                .get(&s.kind)
                .is_some_and(|k| area.is_none_or(|a| k.area == a) && k.levels.contains(&s.level))
        })
        .collect();
    mine.sort_by(|a, b| (a.due, &a.kind, a.level).cmp(&(b.due, &b.kind, b.level)));
    mine
}
