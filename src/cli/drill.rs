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
use super::input::{Input, LineSource};
use super::plan::{Question, session_plan};
use super::present;
use super::record::Recorder;
use super::style::{BAD, DIM, GOOD, HEAD, HINT, paint};
use crate::engine::{Problem, check, single_wrong_answer};
use crate::exercises::common::plural;
use crate::progress::{self, Attempt, ReviewState, Source};
use anyhow::Result;
use std::io::Write;
use std::time::{Duration, Instant};

/// How one question ended.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
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
struct Asked {
    outcome: Outcome,
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
    fn attempt(
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
    let questions = session_plan(area, args, session_seed)?;
    let command = match &args.topic {
        Some(t) => format!("{area} {t}"),
        None => area.to_string(),
    };
    let session = Sitting {
        title: format!("{area} drill"),
        command,
        source: Source::Drill,
        session_seed,
        save: !args.no_save,
    };
    run(&session, &questions, input)
}

/// One sitting of questions: what the header says, how it is recorded, how to ask it again.
pub struct Sitting {
    /// "linalg drill", "review".
    pub title: String,
    /// What the session is recorded as: `linalg la.inverse`, `review`.
    pub command: String,
    pub source: Source,
    pub session_seed: u64,
    pub save: bool,
}

/// Asks `questions` one after another, recording each as it is judged, then the summary.
pub fn run(sitting: &Sitting, questions: &[Question], input: &mut dyn LineSource) -> Result<()> {
    let session_seed = sitting.session_seed;
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
    let mut recorder = Recorder::start(
        sitting.save,
        &sitting.command,
        sitting.source,
        clock::now_ms()?,
    );
    let mut due: Vec<ReviewState> = Vec::new();
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
        if let Some(attempt) = asked.attempt(&recorder, &p, clock::now_ms()?, shown.elapsed()) {
            due.extend(recorder.record(&attempt));
        }
        results.push((p, outcome));
        if outcome == Outcome::Unfinished {
            break;
        }
    }
    // A review's questions depend on what is due, so its seed does not ask them again.
    let again = (sitting.source == Source::Drill).then_some(session_seed);
    summary(&results, again, questions.len(), &mut out)?;
    let now = clock::now_ms()?;
    if recorder.saving() {
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
fn ask(p: &Problem, input: &mut dyn LineSource, out: &mut impl Write) -> Result<Asked> {
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
