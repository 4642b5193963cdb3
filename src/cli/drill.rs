//! The interactive drill: `mathdrill linalg [topic-or-kind] --count N --level L --seed S`.
//!
//! Each question: the prompt, then answers until it is settled. Commands (any case): `?`, `h` or
//! `hint` shows the next hint, `sol` or `solution` reveals the worked solution, `s`, `skip` or
//! `next` moves on, `q`, `quit` or `exit` ends the session, `help` lists them. A wrong answer gets
//! the named-mistake feedback and one more try (none for a yes/no question); a second wrong answer
//! shows the worked solution. Unreadable input is explained and costs no try. A matrix pasted
//! from the screen (lines from `⎡` to `⎣`) is read as one answer. The session ends with a summary
//! also when input ends (Ctrl-D, or Ctrl-C on an empty line); the question in progress is then
//! listed for review.
//!
//! Each settled question is recorded in the progress store as it is judged (`--no-save`: not),
//! with its new review date; the question left open when the session ends is not recorded.

use super::args::DrillArgs;
use super::clock;
use super::drill_plan::{Chosen, drill_plan};
use super::input::{Input, LineSource};
use super::present;
use super::record::{self, Recorder};
use super::sitting::{Sitting, run};
use super::style::{BAD, GOOD, HINT, paint};
use crate::engine::{Problem, check, single_wrong_answer};
use crate::progress::{self, Attempt, Calendar, Learner, Source};
use anyhow::Result;
use std::io::Write;
use std::time::Duration;

/// How one question ended.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Outcome {
    Correct {
        first_try: bool,
    },
    Wrong,
    Revealed,
    Skipped,
    /// The session ended while the question was open.
    Unfinished,
}

/// What happened on one question: how it ended and what the learner did on the way (the
/// record the progress store keeps).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Asked {
    pub(super) outcome: Outcome,
    /// Wrong answers judged (a retry follows the first of two).
    tries: u8,
    /// Hints shown.
    hints: u8,
    /// The last answer judged, as typed ("" when none was).
    answer: String,
    /// The checker's partial credit for that answer.
    score: f64,
    /// The named mistake of the last wrong answer (kept when a retry is then right).
    mistake: Option<&'static str>,
}

impl Asked {
    fn new() -> Asked {
        Asked {
            outcome: Outcome::Unfinished,
            tries: 0,
            hints: 0,
            answer: String::new(),
            score: 0.0,
            mistake: None,
        }
    }

    fn ended(self, outcome: Outcome) -> Result<Asked> {
        Ok(Asked { outcome, ..self })
    }

    /// The record of this question judged at `at` after `took`; `None` when it was left
    /// unanswered (the session ended while it was open).
    pub(super) fn attempt(
        &self,
        recorder: &Recorder,
        p: &Problem,
        at: i64,
        took: Duration,
    ) -> Option<Attempt> {
        let outcome = match self.outcome {
            Outcome::Correct { .. } => progress::Outcome::Correct,
            Outcome::Wrong => progress::Outcome::Wrong,
            Outcome::Revealed => progress::Outcome::Revealed,
            Outcome::Skipped => progress::Outcome::Skipped,
            Outcome::Unfinished => return None,
        };
        Some(Attempt {
            answer: self.answer.clone(),
            outcome,
            tries: self.tries,
            score: self.score,
            mistake: self.mistake.map(str::to_string),
            hints: self.hints,
            took_ms: i64::try_from(took.as_millis()).unwrap_or(i64::MAX),
            ..recorder.attempt(p, at)
        })
    }
}

/// A drill command typed at the answer prompt.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DrillCommand {
    Hint,
    Solution,
    Skip,
    Quit,
    Help,
}

/// The command `line` is, if it is one: case does not matter, and the short forms are commands
/// (so `next` is a command, not a formula in n, e, x, t).
fn drill_command(line: &str) -> Option<DrillCommand> {
    Some(match line.to_lowercase().as_str() {
        "?" | "h" | "hint" => DrillCommand::Hint,
        "sol" | "solution" => DrillCommand::Solution,
        "s" | "skip" | "next" => DrillCommand::Skip,
        "q" | "quit" | "exit" => DrillCommand::Quit,
        "help" => DrillCommand::Help,
        _ => return None,
    })
}

/// Whether `line` opens a matrix pasted from the screen: its first bracket line, `⎡ 2 3 ⎤`,
/// possibly after a label (`A = ⎡ 2 3 ⎤`).
fn opens_pasted_matrix(line: &str) -> bool {
    line.find('⎡').is_some_and(|at| {
        let before = line[..at].trim();
        (before.is_empty() || before.ends_with('=')) && !line.contains('⎣')
    })
}

/// The most lines a pasted matrix may have (the answer language's matrices have at most 50 rows).
const MAX_PASTED_LINES: usize = 64;

/// The rest of a pasted matrix whose first line is `first`: lines up to the one with `⎣`, joined
/// with '\n'. `Err` carries the input that ended it early.
fn gather_matrix(first: &str, input: &mut dyn LineSource) -> Result<String, Input> {
    let mut lines = vec![first.to_string()];
    while lines.len() < MAX_PASTED_LINES {
        match input.read("        ") {
            Input::Line(l) => {
                let last = l.contains('⎣');
                lines.push(l);
                if last {
                    return Ok(lines.join("\n"));
                }
            }
            other => return Err(other),
        }
    }
    Err(Input::Unreadable(format!(
        "a pasted matrix ends with a ⎣ line within {MAX_PASTED_LINES} lines"
    )))
}

pub fn drill(area: &str, args: &DrillArgs, input: &mut dyn LineSource) -> Result<()> {
    let session_seed = args
        .seed
        .unwrap_or_else(|| rand::random::<u64>() % 99_999 + 1);
    let cal = Calendar::UTC;
    let learner = record::learner_or_new(&cal);
    let due_by = cal.end_of_day(clock::now_ms()?);
    let plan = drill_plan(area, args, session_seed, &learner, due_by)?;
    let command = match &args.topic {
        Some(t) => format!("{area} {t}"),
        None => area.to_string(),
    };
    let sitting = Sitting {
        title: format!("{area} drill"),
        command,
        source: Source::Drill,
        session_seed,
        save: !args.no_save,
        note: path_note(area, &plan.chosen, &learner),
        repeatable: plan.seed_alone_repeats(args),
        before: learner,
    };
    run(&sitting, &plan.questions, input)
}

/// Where a path drill's questions come from, under its header.
fn path_note(area: &str, chosen: &Chosen, learner: &Learner) -> Option<String> {
    let Chosen::Path {
        due,
        next,
        practice,
        refresh,
    } = *chosen
    else {
        return None;
    };
    if learner.is_new() {
        return Some(format!(
            "Your learning path starts at {area}'s first stage (--mix: any kind)."
        ));
    }
    let parts: Vec<String> = [
        (due, "due for review"),
        (next, "to learn"),
        (practice, "to practise"),
        (refresh, "to refresh"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    Some(format!(
        "From your path: {} (--mix: any kind).",
        parts.join(", ")
    ))
}

fn print_solution(p: &Problem, out: &mut impl Write) -> Result<()> {
    writeln!(out, "{}", present::fitted(&p.solution, "  "))?;
    Ok(())
}

/// Explains input that could not be read as an answer; it costs no try.
fn unreadable(message: &str, out: &mut impl Write) -> Result<()> {
    for (i, l) in message.lines().enumerate() {
        let l = if i == 0 {
            let mut cs = l.chars();
            let first: String = cs
                .next()
                .map(|c| c.to_uppercase().collect())
                .unwrap_or_default();
            // The first line is a message; later ones echo the answer with a caret under the
            // fault, which wrapping would misalign.
            paint(
                BAD,
                &present::wrapped(&format!("{first}{}", cs.as_str()), "  ", "    "),
            )
        } else {
            format!("  {l}")
        };
        writeln!(out, "{l}")?;
    }
    writeln!(out, "  Try again; this did not use up a try.")?;
    Ok(())
}

/// Runs one question until it is settled, or the learner quits or input ends (`Unfinished`).
pub(super) fn ask(p: &Problem, input: &mut dyn LineSource, out: &mut impl Write) -> Result<Asked> {
    let mut asked = Asked::new();
    loop {
        let line = match input.read("answer> ") {
            Input::Line(line) => line,
            Input::Unreadable(why) => {
                unreadable(&format!("cannot read this line: {why}"), out)?;
                continue;
            }
            Input::End => return asked.ended(Outcome::Unfinished),
        };
        let mut answer = line.trim().to_string();
        if answer.is_empty() {
            continue;
        }
        if opens_pasted_matrix(&answer) {
            match gather_matrix(&line, input) {
                Ok(all) => answer = all,
                Err(Input::Unreadable(why)) => {
                    unreadable(&format!("cannot read this matrix: {why}"), out)?;
                    continue;
                }
                Err(_) => return asked.ended(Outcome::Unfinished),
            }
        }
        match drill_command(&answer) {
            Some(DrillCommand::Quit) => return asked.ended(Outcome::Unfinished),
            Some(DrillCommand::Help) => {
                let commands = "?, h or hint: next hint · sol or solution: the worked solution · s, skip or next: next question · q or quit: end (also Ctrl-D)";
                writeln!(out, "{}", present::wrapped(commands, "  ", "    "))?;
                let answers =
                    "3/4  -2.5e-3  sqrt(2)/2  [1, 2, 3]  [1 2; 3 4]  {1, 3}  2*x*cos(x^2)  yes";
                writeln!(out, "{}", present::wrapped(answers, "  answers: ", "    "))?;
            }
            Some(DrillCommand::Hint) => {
                if let Some(h) = p.hints.get(usize::from(asked.hints)) {
                    asked.hints += 1;
                    let label = paint(HINT, &format!("Hint {}/{}:", asked.hints, p.hints.len()));
                    writeln!(
                        out,
                        "{}",
                        present::wrapped(h, &format!("  {label} "), "    ")
                    )?;
                } else {
                    writeln!(
                        out,
                        "  No more hints: type `solution` to see the worked solution."
                    )?;
                }
            }
            Some(DrillCommand::Solution) => {
                writeln!(out, "{}", present::answer_block(p, "  "))?;
                print_solution(p, out)?;
                return asked.ended(Outcome::Revealed);
            }
            Some(DrillCommand::Skip) => {
                let skipped = format!("Skipped. The answer was {}", present::canonical_answer(p));
                writeln!(out, "{}", present::wrapped(&skipped, "  ", "    "))?;
                return asked.ended(Outcome::Skipped);
            }
            None => match check(p, &answer) {
                Err(e) => unreadable(&e.to_string(), out)?,
                Ok(v) => {
                    asked.answer = answer;
                    asked.score = v.score;
                    if !v.correct {
                        asked.mistake = v.mistake;
                    }
                    if let Some(r) = &v.reading {
                        writeln!(out, "{}", present::wrapped(&format!("({r})"), "  ", "   "))?;
                    }
                    if v.correct {
                        writeln!(out, "{} Correct.", paint(GOOD, "✓"))?;
                        print_solution(p, out)?;
                        let first_try = asked.tries == 0;
                        return asked.ended(Outcome::Correct { first_try });
                    }
                    asked.tries += 1;
                    // With a single wrong answer (yes/no) a second try would be no test.
                    let allowed = if single_wrong_answer(&p.answer.expected) {
                        1
                    } else {
                        2
                    };
                    if asked.tries < allowed {
                        let text = format!("{}  (one more try, or ? for a hint)", v.feedback);
                        let mark = format!("{} ", paint(BAD, "✗"));
                        writeln!(out, "{}", present::wrapped(&text, &mark, "  "))?;
                    } else {
                        let mark = format!("{} ", paint(BAD, "✗"));
                        writeln!(out, "{}", present::wrapped(&v.feedback, &mark, "  "))?;
                        writeln!(out, "{}", present::answer_block(p, "  "))?;
                        print_solution(p, out)?;
                        return asked.ended(Outcome::Wrong);
                    }
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines from a list, then the end of input.
    struct Lines(Vec<&'static str>);

    impl LineSource for Lines {
        fn read(&mut self, _: &str) -> Input {
            if self.0.is_empty() {
                Input::End
            } else {
                Input::Line(self.0.remove(0).to_string())
            }
        }
    }

    #[test]
    fn commands_are_case_insensitive_with_short_forms() {
        for (typed, cmd) in [
            ("?", DrillCommand::Hint),
            ("H", DrillCommand::Hint),
            ("Hint", DrillCommand::Hint),
            ("sol", DrillCommand::Solution),
            ("SOLUTION", DrillCommand::Solution),
            ("s", DrillCommand::Skip),
            ("next", DrillCommand::Skip),
            ("Q", DrillCommand::Quit),
            ("exit", DrillCommand::Quit),
            ("HELP", DrillCommand::Help),
        ] {
            assert_eq!(drill_command(typed), Some(cmd), "{typed}");
        }
        for answer in ["n*e*x*t", "x", "[1 2]", "solve"] {
            assert_eq!(drill_command(answer), None, "{answer}");
        }
    }

    #[test]
    fn a_pasted_matrix_is_gathered_from_its_top_to_its_bottom_line() {
        assert!(opens_pasted_matrix("⎡ 2 3 ⎤"));
        assert!(opens_pasted_matrix("A⁻¹ = ⎡ 2 3 ⎤"));
        assert!(!opens_pasted_matrix("[2 3]"));
        assert!(!opens_pasted_matrix("x ⎡ 2 3 ⎤"));
        assert!(!opens_pasted_matrix("⎡ 2 3 ⎤\n⎣ 1 2 ⎦"), "already whole");
        let mut rest = Lines(vec!["⎢ 4 5 ⎥", "⎣ 1 2 ⎦", "next"]);
        assert_eq!(
            gather_matrix("⎡ 2 3 ⎤", &mut rest),
            Ok("⎡ 2 3 ⎤\n⎢ 4 5 ⎥\n⎣ 1 2 ⎦".to_string())
        );
        assert_eq!(rest.0, vec!["next"]);
        assert_eq!(
            gather_matrix("⎡ 2 3 ⎤", &mut Lines(vec!["⎢ 4 5 ⎥"])),
            Err(Input::End)
        );
    }
}
