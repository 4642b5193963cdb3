//! The overview a bare `mathdrill` prints: first where the learner stands (what is due today,
//! the streak and the one command to run next; a welcome for a new learner), then the drills,
//! each with the learner's mastery of its area as a bar, and the other commands.
//!
//! **The next command.** Reviews due today come first (`mathdrill review`); otherwise the area
//! last practised, unless every level of it is mastered; otherwise the first area, in the
//! drills' order, not yet mastered.

use super::clock;
use super::progress::text::{bar, percent};
use super::record;
use super::style::{DIM, HEAD, paint};
use crate::exercises::common::plural;
use crate::progress::{Calendar, Learner, ReviewState, rollup, streak};
use anyhow::Result;
use std::io::Write;

/// The overview: the learner's standing, the drills of `areas` (those with exercises), then the
/// other commands.
pub fn overview(areas: &[(&str, &str)]) -> Result<()> {
    let mut out = anstream::stdout();
    writeln!(
        out,
        "{}",
        paint(
            HEAD,
            "mathdrill — the mathematics of machine learning, by doing it"
        )
    )?;
    writeln!(out)?;
    let cal = Calendar::UTC;
    let learner = record::learner(&cal).unwrap_or_else(|e| {
        eprintln!("warning: your progress cannot be read: {e}");
        Learner::newcomer(crate::registry().catalog(), &cal)
    });
    let now = clock::now_ms()?;
    standing(&learner, areas, &cal, now, &mut out)?;
    writeln!(out)?;
    commands(areas, &learner, &mut out)
}

/// What the learner has done and what to do next.
fn standing(
    learner: &Learner,
    areas: &[(&str, &str)],
    cal: &Calendar,
    now: i64,
    out: &mut impl Write,
) -> Result<()> {
    let Some(&(first, _)) = areas.first() else {
        return Ok(());
    };
    if learner.is_new() {
        writeln!(
            out,
            "  New here? Start with `mathdrill {first}`: ten questions from the first stage of"
        )?;
        writeln!(
            out,
            "  its learning path. Answers are saved, and each kind comes back for review."
        )?;
        return Ok(());
    }
    let today = cal.day(now);
    let mut states: Vec<&ReviewState> = learner.states.iter().collect();
    states.sort_by_key(|s| s.due);
    let due = states.iter().filter(|s| cal.day(s.due) <= today).count();
    let answers = learner.attempts.len();
    let first_tries = learner.attempts.iter().filter(|a| a.first_try()).count();
    let days = match streak(&learner.attempts, cal, now) {
        0 => "no answer today or yesterday".to_string(),
        n => format!("{} in a row", plural(n as usize, "day")),
    };
    let due_text = match due {
        0 => "nothing due".to_string(),
        n => format!("{} due", plural(n, "review")),
    };
    let line = format!(
        "Today: {due_text} · {days} · {}, {} first try",
        plural(answers, "answer"),
        percent(first_tries as u32, answers as u32)
    );
    writeln!(out, "  {line}")?;
    let catalog = crate::registry().catalog();
    let rollups = rollup::by_area(&learner.standings, catalog);
    let complete = |a: &str| rollups.get(a).is_some_and(|r| r.mastered == r.total);
    let last_area = learner
        .attempts
        .iter()
        .rev()
        .find_map(|a| catalog.get(&a.kind))
        .map(|k| k.area.as_str());
    let (next, why) = if due > 0 {
        ("mathdrill review".to_string(), String::new())
    } else if let Some(area) = last_area.filter(|a| !complete(a)) {
        (format!("mathdrill {area}"), " (your path goes on)".into())
    } else if let Some(&(area, _)) = areas.iter().find(|(a, _)| !complete(a)) {
        (format!("mathdrill {area}"), " (next area)".into())
    } else {
        (
            "mathdrill progress".to_string(),
            " (every level mastered)".into(),
        )
    };
    let later = match (due, states.iter().find(|s| cal.day(s.due) > today)) {
        (0, Some(s)) => Some(format!(
            "The next review is {} level {} {}.",
            s.kind,
            s.level,
            clock::relative_day(s.due, now)
        )),
        _ => None,
    };
    writeln!(out, "  Next:  {}{why}", paint(HEAD, &next))?;
    if let Some(later) = later {
        writeln!(out, "         {}", paint(DIM, &later))?;
    }
    Ok(())
}

/// The drills (with the learner's mastery of each area, once there is any record) and the other
/// commands.
fn commands(areas: &[(&str, &str)], learner: &Learner, out: &mut impl Write) -> Result<()> {
    let reg = crate::registry();
    let rollups = rollup::by_area(&learner.standings, reg.catalog());
    for &(area, _) in areas {
        let n = reg.kinds().filter(|k| k.area == area).count();
        let r = rollups.get(area).copied().unwrap_or_default();
        if learner.is_new() {
            writeln!(out, "  mathdrill {area:10} {n} exercise kinds")?;
        } else {
            let of = format!("{}/{}", r.mastered, r.total);
            writeln!(
                out,
                "  mathdrill {area:10} {}  {of:>7} levels mastered",
                bar(r.mastered, r.total)
            )?;
        }
    }
    writeln!(out)?;
    for (command, what) in [
        ("review", "the reviews due (spaced repetition)"),
        ("progress", "mastery, frequent mistakes, sessions"),
        ("list", "every exercise kind"),
        (
            "show la.inverse",
            "one exercise; then check, solve or hint it",
        ),
        ("calc \"inv([[2,1],[1,1]])\"", "the calculator"),
        ("demo", "runnable demonstrations"),
        ("bench", "the core routines timed against nalgebra"),
        ("--help", "everything else"),
    ] {
        writeln!(out, "  mathdrill {command:26} {what}")?;
    }
    Ok(())
}
