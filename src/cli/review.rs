//! `mathdrill review [AREA]`: a drill of the (kind, level) pairs whose FSRS review is due, most
//! overdue first, each with a fresh exercise (a new seed drawn from the session seed, so that a
//! review tests the skill, not the memory of one problem). Says when nothing is due, and when the
//! next review is.

use super::clock;
use super::drill::{Sitting, run};
use super::input::LineSource;
use super::plan::Question;
use super::record::store_path;
use crate::engine::DrillRng;
use crate::progress::{Calendar, ReviewState, Source, Store};
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
    let states = match store_path().filter(|p| p.exists()) {
        Some(path) => Store::open(&path)?.review_states()?,
        None => Vec::new(),
    };
    let in_area = |s: &&ReviewState| {
        reg.catalog().get(&s.kind).is_some_and(|k| {
            args.area.as_ref().is_none_or(|a| &k.area == a) && k.levels.contains(&s.level)
        })
    };
    let cal = Calendar::UTC;
    let mut mine: Vec<&ReviewState> = states.iter().filter(in_area).collect();
    mine.sort_by_key(|s| s.due);
    let (due, later): (Vec<&ReviewState>, Vec<&ReviewState>) = mine
        .into_iter()
        .partition(|s| cal.day(s.due) <= cal.day(now));
    if due.is_empty() {
        let what = args
            .area
            .as_deref()
            .map_or(String::new(), |a| format!(" in {a}"));
        match later.first() {
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
    let session_seed = args
        .seed
        .unwrap_or_else(|| rand::random::<u64>() % 99_999 + 1);
    let questions: Vec<Question> = due
        .iter()
        .take(args.count as usize)
        .enumerate()
        .map(|(i, s)| {
            let mut own = DrillRng::for_exercise(&format!("review.question.{i}"), 1, session_seed);
            (s.kind.clone(), s.level, own.int(1, 99_999) as u64)
        })
        .collect();
    let command = match &args.area {
        Some(a) => format!("review {a}"),
        None => "review".to_string(),
    };
    let sitting = Sitting {
        title: "review".to_string(),
        command,
        source: Source::Review,
        session_seed,
        save: !args.no_save,
    };
    run(&sitting, &questions, input)
}
