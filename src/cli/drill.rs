//! The interactive drill: `mathdrill linalg [topic-or-kind] --count N --level L --seed S`.
//!
//! Each question: the prompt, then answers until it is settled. `?`/`hint` shows the next hint,
//! `solution` reveals the worked solution, `skip` moves on, `quit` ends the session. A wrong
//! answer gets the named-mistake feedback and one more try (none for a yes/no question); a
//! second wrong answer shows the worked solution. Unreadable input is explained and costs no
//! try. A summary ends the session.

use super::args::DrillArgs;
use super::input::LineSource;
use super::present;
use super::style::{BAD, DIM, GOOD, HEAD, HINT, paint};
use crate::engine::{DrillRng, KindEntry, Problem, check, single_wrong_answer};
use anyhow::{Result, bail};
use std::io::Write;

/// How one question ended.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Correct { first_try: bool },
    Wrong,
    Revealed,
    Skipped,
}

/// The kinds of `area` that match the optional topic-or-kind filter.
fn select_kinds<'a>(area: &str, filter: Option<&str>) -> Result<Vec<&'a KindEntry>> {
    let reg = crate::registry();
    let in_area: Vec<&KindEntry> = reg.kinds().filter(|k| k.area == area).collect();
    if in_area.is_empty() {
        bail!(
            "the {area} area has no exercises yet; areas with exercises: {}",
            reg.catalog().areas().join(", ")
        );
    }
    let Some(f) = filter else { return Ok(in_area) };
    // An exact kind id names that kind alone, even where it is also a topic id (`la.inverse`).
    if let Some(k) = in_area.iter().find(|k| k.id == f) {
        return Ok(vec![*k]);
    }
    let chosen: Vec<&KindEntry> = in_area
        .iter()
        .copied()
        .filter(|k| k.id == f || k.topics.iter().any(|t| t == f) || k.id.starts_with(f))
        .collect();
    if chosen.is_empty() {
        let ids: Vec<&str> = in_area.iter().map(|k| k.id.as_str()).collect();
        bail!(
            "no {area} exercise matches `{f}`; try one of: {}",
            ids.join(", ")
        );
    }
    Ok(chosen)
}

/// The level to use for a kind: the requested one, else its highest level below, else its lowest.
fn level_for(k: &KindEntry, wanted: u8) -> u8 {
    k.levels
        .iter()
        .copied()
        .filter(|&l| l <= wanted)
        .max()
        .or_else(|| k.levels.iter().copied().min())
        .unwrap_or(1)
}

/// The questions of a drill session: `(kind, level, seed)` for each, kinds dealt from reshuffled
/// decks and seeds drawn from the session seed. Public so tests can answer a piped session.
pub fn session_plan(
    area: &str,
    args: &DrillArgs,
    session_seed: u64,
) -> Result<Vec<(String, u8, u64)>> {
    Ok(plan(
        &select_kinds(area, args.topic.as_deref())?,
        args,
        session_seed,
    ))
}

fn plan(kinds: &[&KindEntry], args: &DrillArgs, session_seed: u64) -> Vec<(String, u8, u64)> {
    let mut rng = DrillRng::from_seed_u64(session_seed);
    let mut deck: Vec<&KindEntry> = Vec::new();
    (0..args.count)
        .map(|_| {
            if deck.is_empty() {
                deck = kinds.to_vec();
                rng.shuffle(&mut deck);
            }
            let k = deck.pop().unwrap_or(kinds[0]);
            (
                k.id.clone(),
                level_for(k, args.level),
                rng.int(1, 99_999) as u64,
            )
        })
        .collect()
}

pub fn drill(area: &str, args: &DrillArgs, input: &mut dyn LineSource) -> Result<()> {
    let kinds = select_kinds(area, args.topic.as_deref())?;
    let session_seed = args
        .seed
        .unwrap_or_else(|| rand::random::<u64>() % 99_999 + 1);
    let questions = plan(&kinds, args, session_seed);
    let mut out = anstream::stdout();
    writeln!(
        out,
        "{}",
        paint(
            DIM,
            &present::wrapped(
                &format!(
                    "{area} drill · {} questions · session seed {session_seed} · type ? for a hint, help for commands",
                    questions.len()
                ),
                "",
                "  "
            )
        )
    )?;
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
        match ask(&p, input, &mut out)? {
            Some(outcome) => results.push((p, outcome)),
            None => break,
        }
    }
    summary(&results, session_seed, questions.len(), &mut out)?;
    Ok(())
}

fn print_solution(p: &Problem, out: &mut impl Write) -> Result<()> {
    writeln!(out, "{}", present::fitted(&p.solution, "  "))?;
    Ok(())
}

/// Runs one question; `None` when the learner quits or input ends.
fn ask(p: &Problem, input: &mut dyn LineSource, out: &mut impl Write) -> Result<Option<Outcome>> {
    let mut tries = 0;
    let mut hints_shown = 0;
    loop {
        let Some(line) = input.read("answer> ") else {
            return Ok(None);
        };
        let answer = line.trim();
        match answer {
            "" => continue,
            "quit" | "exit" | "q" => return Ok(None),
            "help" => {
                let commands = "? or hint: next hint · solution: show the worked solution · skip: next question · quit: end";
                writeln!(out, "{}", present::wrapped(commands, "  ", "    "))?;
                let answers =
                    "3/4  -2.5e-3  sqrt(2)/2  [1, 2, 3]  [1 2; 3 4]  {1, 3}  2*x*cos(x^2)  yes";
                writeln!(out, "{}", present::wrapped(answers, "  answers: ", "    "))?;
            }
            "?" | "hint" => {
                if let Some(h) = p.hints.get(hints_shown) {
                    hints_shown += 1;
                    let label = paint(HINT, &format!("Hint {hints_shown}/{}:", p.hints.len()));
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
            "solution" => {
                writeln!(out, "{}", present::answer_block(p, "  "))?;
                print_solution(p, out)?;
                return Ok(Some(Outcome::Revealed));
            }
            "skip" => {
                let skipped = format!("Skipped. The answer was {}", present::canonical_answer(p));
                writeln!(out, "{}", present::wrapped(&skipped, "  ", "    "))?;
                return Ok(Some(Outcome::Skipped));
            }
            _ => match check(p, answer) {
                Err(e) => {
                    for (i, l) in e.to_string().lines().enumerate() {
                        // The first line is a message; later ones echo the answer with a caret
                        // under the fault, which wrapping would misalign.
                        let l = if i == 0 {
                            let l = format!("{}{}", l[..1].to_uppercase(), &l[1..]);
                            paint(BAD, &present::wrapped(&l, "  ", "    "))
                        } else {
                            format!("  {l}")
                        };
                        writeln!(out, "{l}")?;
                    }
                    writeln!(out, "  Try again; this did not use up a try.")?;
                }
                Ok(v) => {
                    if let Some(r) = &v.reading {
                        writeln!(out, "{}", present::wrapped(&format!("({r})"), "  ", "   "))?;
                    }
                    if v.correct {
                        writeln!(out, "{} Correct.", paint(GOOD, "✓"))?;
                        print_solution(p, out)?;
                        return Ok(Some(Outcome::Correct {
                            first_try: tries == 0,
                        }));
                    }
                    tries += 1;
                    // With a single wrong answer (yes/no) a second try would be no test.
                    let allowed = if single_wrong_answer(&p.answer.expected) {
                        1
                    } else {
                        2
                    };
                    if tries < allowed {
                        let text = format!("{}  (one more try, or ? for a hint)", v.feedback);
                        let mark = format!("{} ", paint(BAD, "✗"));
                        writeln!(out, "{}", present::wrapped(&text, &mark, "  "))?;
                    } else {
                        let mark = format!("{} ", paint(BAD, "✗"));
                        writeln!(out, "{}", present::wrapped(&v.feedback, &mark, "  "))?;
                        writeln!(out, "{}", present::answer_block(p, "  "))?;
                        print_solution(p, out)?;
                        return Ok(Some(Outcome::Wrong));
                    }
                }
            },
        }
    }
}

fn summary(
    results: &[(Problem, Outcome)],
    session_seed: u64,
    planned: usize,
    out: &mut impl Write,
) -> Result<()> {
    let count = |f: fn(&Outcome) -> bool| results.iter().filter(|(_, o)| f(o)).count();
    let correct = count(|o| matches!(o, Outcome::Correct { .. }));
    let first = count(|o| matches!(o, Outcome::Correct { first_try: true }));
    let skipped = count(|o| matches!(o, Outcome::Skipped | Outcome::Revealed));
    let wrong = count(|o| matches!(o, Outcome::Wrong));
    writeln!(out)?;
    writeln!(out, "{}", paint(HEAD, "Summary"))?;
    let mut line = format!(
        "  {correct}/{} correct ({first} on the first try)",
        results.len()
    );
    if wrong > 0 {
        line += &format!(" · {wrong} wrong");
    }
    if skipped > 0 {
        line += &format!(" · {skipped} skipped or revealed");
    }
    if results.len() < planned {
        line += &format!(" · stopped after {} of {planned}", results.len());
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
    writeln!(
        out,
        "{}",
        paint(
            DIM,
            &format!("  Same questions again: --seed {session_seed}")
        )
    )?;
    Ok(())
}
