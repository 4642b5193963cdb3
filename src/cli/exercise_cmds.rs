//! `show`, `solve`, `hint` and `check`: one exercise named by `(kind, level, seed)`.

use super::args::{ExerciseArgs, Format};
use super::clock;
use super::present;
use super::record::{self, Recorder};
use super::require_format;
use super::state::{self, LastShown};
use super::style::{BAD, GOOD, HINT, paint};
use crate::engine::{Problem, check};
use crate::progress::{Outcome, Source};
use anyhow::{Result, bail};
use std::io::Write;

/// A fresh seed for `show` without `--seed`: 1..=99999, short enough to retype.
fn fresh_seed() -> u64 {
    rand::random::<u64>() % 99_999 + 1
}

/// Resolves the exercise: explicit flags first; without `--seed`, `show` draws a seed and the
/// other commands take the exercise of this kind that `show` printed last. The remembered state
/// is not read at all when `--seed` is given.
fn resolve(ex: &ExerciseArgs, is_show: bool) -> Result<Problem> {
    let reg = crate::registry();
    reg.entry(&ex.kind)?;
    let (seed, level) = match ex.seed {
        Some(seed) => (seed, ex.level.unwrap_or(1)),
        None if is_show => (fresh_seed(), ex.level.unwrap_or(1)),
        None => match state::load_shown(&ex.kind) {
            Some(l) => (l.seed, ex.level.unwrap_or(l.level)),
            None => bail!(
                "no --seed given and no `mathdrill show {}` to refer to{}; pass --seed S (e.g. --seed 1)",
                ex.kind,
                state::load_last().map_or(String::new(), |l| format!(
                    " (the last exercise shown was {} --level {} --seed {})",
                    l.kind, l.level, l.seed
                ))
            ),
        },
    };
    Ok(reg.generate(&ex.kind, level, seed)?)
}

fn remember(p: &Problem) {
    let last = LastShown {
        kind: p.kind.clone(),
        level: p.level,
        seed: p.seed,
    };
    if let Err(e) = state::save_shown(&last) {
        eprintln!("warning: could not remember this exercise: {e:#}");
    }
}

pub fn show(ex: &ExerciseArgs) -> Result<()> {
    let p = resolve(ex, true)?;
    remember(&p);
    let mut out = anstream::stdout();
    match ex.format() {
        Format::Json => writeln!(out, "{}", present::show_json(&p))?,
        f => {
            writeln!(out, "{}", present::show_doc(&p, f))?;
            if f == Format::Text {
                // The command on a line of its own (never wrapped, so it copies whole): with the
                // longest kind id and a 5-digit seed it fits 80 columns.
                writeln!(
                    out,
                    "\nCheck with:\n  mathdrill check {} --seed {} --level {} --answer \"…\"",
                    p.kind, p.seed, p.level
                )?;
            }
        }
    }
    Ok(())
}

pub fn solve(ex: &ExerciseArgs) -> Result<()> {
    let p = resolve(ex, false)?;
    let mut out = anstream::stdout();
    match ex.format() {
        Format::Json => writeln!(out, "{}", present::solve_json(&p))?,
        f => writeln!(out, "{}", present::solve_doc(&p, f))?,
    }
    Ok(())
}

pub fn hint(ex: &ExerciseArgs, n: Option<usize>) -> Result<()> {
    require_format("hint", ex.format(), &[Format::Text, Format::Json])?;
    let p = resolve(ex, false)?;
    let hints = &p.hints[..n.unwrap_or(p.hints.len()).min(p.hints.len())];
    let mut out = anstream::stdout();
    if ex.format() == Format::Json {
        let j = serde_json::json!({"id": p.kind, "level": p.level, "seed": p.seed, "hints": hints});
        writeln!(out, "{j}")?;
    } else {
        for (i, h) in hints.iter().enumerate() {
            let label = paint(HINT, &format!("Hint {}/{}:", i + 1, p.hints.len()));
            writeln!(out, "{}", present::wrapped(h, &format!("{label} "), "  "))?;
        }
    }
    Ok(())
}

/// Returns whether the answer was correct (exit 0) or wrong (exit 1); unreadable answers are errors.
/// Checks `answer` and prints the verdict; records it in the progress store when `save`.
pub fn check_answer(ex: &ExerciseArgs, answer: &str, save: bool) -> Result<bool> {
    require_format("check", ex.format(), &[Format::Text, Format::Json])?;
    let now = clock::now_ms()?;
    let p = resolve(ex, false)?;
    let v = check(&p, answer)?;
    let scheduler = record::scheduler()?;
    let mut recorder = Recorder::start(
        save,
        &format!("check {}", p.kind),
        Source::Check,
        now,
        scheduler,
    );
    let mut attempt = recorder.attempt(&p, now);
    attempt.answer = answer.trim().to_string();
    attempt.outcome = if v.correct {
        Outcome::Correct
    } else {
        Outcome::Wrong
    };
    attempt.score = v.score;
    attempt.mistake = v.mistake.map(str::to_string);
    recorder.record(&attempt);
    recorder.finish(now);
    let mut out = anstream::stdout();
    if ex.format() == Format::Json {
        let j = serde_json::json!({
            "correct": v.correct,
            "score": v.score,
            "feedback": v.feedback,
            "mistake": v.mistake,
            "expected": present::canonical_answer(&p),
            "reading": v.reading,
        });
        writeln!(out, "{j}")?;
    } else {
        if let Some(r) = &v.reading {
            writeln!(out, "{}", present::wrapped(&format!("({r})"), "", " "))?;
        }
        let mark = if v.correct {
            paint(GOOD, "✓")
        } else {
            paint(BAD, "✗")
        };
        writeln!(
            out,
            "{}",
            present::wrapped(&v.feedback, &format!("{mark} "), "  ")
        )?;
        if !v.correct && v.score > 0.0 {
            writeln!(out, "  partial credit: {:.0}%", v.score * 100.0)?;
        }
    }
    Ok(v.correct)
}
