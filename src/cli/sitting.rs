//! One sitting of questions, shared by drills and reviews: the header, each question asked and
//! recorded as it is judged, then the summary with what the sitting changed (levels mastered,
//! kinds opened on the path, the next review).

use super::clock;
use super::drill::{Outcome, ask};
use super::input::LineSource;
use super::plan::Question;
use super::present;
use super::record::{self, Recorder};
use super::style::{DIM, GOOD, HEAD, paint};
use crate::engine::Problem;
use crate::exercises::common::plural;
use crate::progress::{Attempt, Calendar, Change, Learner, ReviewState, Source, changes};
use anyhow::Result;
use std::io::Write;
use std::time::Instant;

/// One sitting of questions: what the header says, how it is recorded, how to ask it again.
pub struct Sitting {
    /// "linalg drill", "review".
    pub title: String,
    /// What the session is recorded as: `linalg la.inverse`, `review`.
    pub command: String,
    pub source: Source,
    pub session_seed: u64,
    pub save: bool,
    /// A line under the header: where the questions come from.
    pub note: Option<String>,
    /// Whether the summary offers `--seed` to ask the same questions again (only when the seed
    /// alone decides them).
    pub repeatable: bool,
    /// The learner before the sitting, to say what it changed.
    pub before: Learner,
}

/// Asks `questions` one after another, recording each as it is judged, then the summary.
pub fn run(sitting: &Sitting, questions: &[Question], input: &mut dyn LineSource) -> Result<()> {
    let session_seed = sitting.session_seed;
    let scheduler = record::scheduler()?;
    let mut out = anstream::stdout();
    writeln!(
        out,
        "{}",
        paint(
            DIM,
            &present::wrapped(
                &format!(
                    "{} · {} · session seed {session_seed} · type ? for a hint, help for commands",
                    sitting.title,
                    plural(questions.len(), "question")
                ),
                "",
                "  "
            )
        )
    )?;
    if let Some(note) = &sitting.note {
        writeln!(out, "{}", paint(DIM, &present::wrapped(note, "", "  ")))?;
    }
    let mut recorder = Recorder::start(
        sitting.save,
        &sitting.command,
        sitting.source,
        clock::now_ms()?,
        scheduler,
    );
    let mut due: Vec<ReviewState> = Vec::new();
    let mut recorded: Vec<Attempt> = Vec::new();
    let mut results: Vec<(Problem, Outcome)> = Vec::new();
    for (i, (kind, level, seed)) in questions.iter().enumerate() {
        let p = crate::registry().generate(kind, *level, *seed)?;
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            paint(
                HEAD,
                &present::wrapped(
                    &format!(
                        "Exercise {}/{} · {}",
                        i + 1,
                        questions.len(),
                        present::header(&p)
                    ),
                    "",
                    "  "
                )
            )
        )?;
        writeln!(out, "{}", present::fitted(&p.prompt, "  "))?;
        writeln!(
            out,
            "{}",
            paint(
                DIM,
                &present::wrapped(&present::answer_format(&p), "  answer: ", "    ")
            )
        )?;
        let shown = Instant::now();
        let asked = ask(&p, input, &mut out)?;
        let outcome = asked.outcome;
        if let Some(attempt) = asked.attempt(&recorder, &p, clock::now_ms()?, shown.elapsed())
            && let Some(state) = recorder.record(&attempt)
        {
            due.push(state);
            recorded.push(attempt);
        }
        results.push((p, outcome));
        if outcome == Outcome::Unfinished {
            break;
        }
    }
    let again = sitting.repeatable.then_some(session_seed);
    summary(&results, again, questions.len(), &mut out)?;
    let now = clock::now_ms()?;
    if recorder.saving() {
        let catalog = crate::registry().catalog();
        let after = sitting
            .before
            .with(&recorded, &due, catalog, &Calendar::UTC);
        for change in changes(&sitting.before, &after, catalog) {
            let line = change_line(&change, &after);
            writeln!(out, "{}", present::wrapped(&line, "  ", "    "))?;
        }
        saved(&due, now, &mut out)?;
    }
    recorder.finish(now);
    Ok(())
}

/// What the saved answers scheduled: the next review of the kinds just drilled.
fn saved(due: &[ReviewState], now: i64, out: &mut impl Write) -> Result<()> {
    let Some(next) = due.iter().min_by_key(|s| s.due) else {
        return Ok(());
    };
    let line = format!(
        "Saved. Next review: {} level {} {}.",
        next.kind,
        next.level,
        clock::relative_day(next.due, now)
    );
    writeln!(
        out,
        "{}",
        paint(DIM, &present::wrapped(&line, "  ", "    "))
    )?;
    Ok(())
}

fn summary(
    results: &[(Problem, Outcome)],
    again: Option<u64>,
    planned: usize,
    out: &mut impl Write,
) -> Result<()> {
    let count = |f: fn(&Outcome) -> bool| results.iter().filter(|(_, o)| f(o)).count();
    let answered = count(|o| *o != Outcome::Unfinished);
    let correct = count(|o| matches!(o, Outcome::Correct { .. }));
    let first = count(|o| matches!(o, Outcome::Correct { first_try: true }));
    let skipped = count(|o| matches!(o, Outcome::Skipped | Outcome::Revealed));
    let wrong = count(|o| matches!(o, Outcome::Wrong));
    writeln!(out)?;
    writeln!(out, "{}", paint(HEAD, "Summary"))?;
    let mut line = if answered == 0 {
        "  Nothing answered".to_string()
    } else {
        format!("  {correct}/{answered} correct ({first} on the first try)")
    };
    if wrong > 0 {
        line += &format!(" · {wrong} wrong");
    }
    if skipped > 0 {
        line += &format!(" · {skipped} skipped or revealed");
    }
    if answered < planned {
        line += &format!(" · stopped after {answered} of {planned}");
    }
    writeln!(out, "{}", present::wrapped(line.trim_start(), "  ", "    "))?;
    let review: Vec<&Problem> = results
        .iter()
        .filter(|(_, o)| !matches!(o, Outcome::Correct { first_try: true }))
        .map(|(p, _)| p)
        .collect();
    if !review.is_empty() {
        writeln!(out, "  To review:")?;
        for p in review {
            writeln!(
                out,
                "    mathdrill show {} --level {} --seed {}",
                p.kind, p.level, p.seed
            )?;
        }
    }
    if let Some(seed) = again {
        let line = format!("  Same questions again: --seed {seed}");
        writeln!(out, "{}", paint(DIM, &line))?;
    }
    Ok(())
}

/// What a change means for the learner, in one sentence.
fn change_line(change: &Change, after: &Learner) -> String {
    let level_now = |kind: &str| after.standings.get(kind).map_or(1, |s| s.level);
    match change {
        Change::LevelUp {
            kind,
            mastered,
            next: Some(next),
        } => format!(
            "{} {kind} level {mastered} mastered: its drills now ask level {next}.",
            paint(GOOD, "▲")
        ),
        Change::LevelUp {
            kind, next: None, ..
        } => format!("{} {kind} mastered at every level.", paint(GOOD, "▲")),
        Change::LevelDown { kind, .. } => format!(
            "▼ {kind}: two of its last four days had a miss, so its drills are back at level {}.",
            level_now(kind)
        ),
        Change::Opened { kind } => {
            let title = crate::registry()
                .catalog()
                .get(kind)
                .map_or(String::new(), |k| format!(" ({})", k.title));
            format!("New on your path: {kind}{title}, now that what it builds on is mastered.")
        }
    }
}
