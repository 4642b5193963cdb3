//! The progress report as text.

use super::super::clock;
use super::super::style::{DIM, HEAD, paint};
use super::report::{Report, when};
use crate::exercises::common::plural;
use std::io::{Result, Write};

/// Width of a mastery bar.
const BAR: usize = 20;

/// `████████░░░░` for `part` of `whole`.
pub fn bar(part: u32, whole: u32) -> String {
    let filled = if whole == 0 {
        0
    } else {
        (part as usize * BAR + whole as usize / 2) / whole as usize
    };
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

pub fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.0}%", 100.0 * f64::from(part) / f64::from(whole))
    }
}

pub fn print(r: &Report, out: &mut impl Write) -> Result<()> {
    let title = match &r.filter {
        Some(f) => format!("Progress · {f}"),
        None => "Progress".to_string(),
    };
    if r.answers == 0 {
        writeln!(out, "{}", paint(HEAD, &title))?;
        writeln!(
            out,
            "  Nothing recorded yet. Start with `mathdrill linalg` (or prob, stats, calculus, ml)."
        )?;
        return Ok(());
    }
    let streak = match r.streak_days {
        0 => String::new(),
        1 => " · 1 day in a row".to_string(),
        n => format!(" · {n} days in a row"),
    };
    writeln!(
        out,
        "{}",
        paint(
            HEAD,
            &format!(
                "{title} · {}, {} on the first try{streak}",
                plural(r.answers, "answer"),
                percent(r.first_tries as u32, r.answers as u32)
            )
        )
    )?;
    match (r.due.len(), &r.next_due) {
        (0, Some(next)) => writeln!(
            out,
            "  Nothing due; the next review is {} level {} {}.",
            next.kind,
            next.level,
            when(next.due, r.now)
        )?,
        (0, None) => {}
        (n, _) => writeln!(out, "  {} due: mathdrill review", plural(n, "review"))?,
    }
    writeln!(out)?;
    writeln!(out, "{}", paint(HEAD, "Mastery (levels mastered)"))?;
    let width = r.areas.iter().map(|a| a.id.len()).max().unwrap_or(0);
    for a in &r.areas {
        writeln!(
            out,
            "  {:width$}  {}  {}/{}",
            a.id,
            bar(a.mastered, a.total),
            a.mastered,
            a.total
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", paint(HEAD, "Kinds practised"))?;
    let width = r.kinds.iter().map(|k| k.kind.len()).max().unwrap_or(0);
    for k in &r.kinds {
        let mastered = match k.mastered {
            0 => "no level mastered".to_string(),
            m => format!("mastered up to level {m}"),
        };
        let next = k
            .next_review
            .map(|d| format!(" · review {}", when(d, r.now)))
            .unwrap_or_default();
        writeln!(
            out,
            "  {:width$}  level {} · {mastered} · {}, {} first try{next}",
            k.kind,
            k.level,
            plural(k.answers as usize, "answer"),
            percent(k.first_tries, k.answers)
        )?;
    }
    if !r.mistakes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", paint(HEAD, "Mistakes made most often"))?;
        for m in &r.mistakes {
            let what = m.message.as_deref().unwrap_or(&m.name);
            let times = if m.count == 1 { "once" } else { "times" };
            let count = if m.count == 1 {
                String::new()
            } else {
                format!("{} ", m.count)
            };
            writeln!(
                out,
                "  {}: \"{what}\" {count}{times}; last on {}",
                m.kind,
                clock::date(m.last, r.now)
            )?;
            writeln!(
                out,
                "{}",
                paint(
                    DIM,
                    &format!("    drill it: mathdrill {} {}", area_of(&m.kind), m.kind)
                )
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", paint(HEAD, "First-try accuracy by week"))?;
    for w in &r.weeks {
        writeln!(
            out,
            "  {}  {}  {} of {}",
            w.week,
            bar(w.first_tries, w.answers),
            w.first_tries,
            w.answers
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", paint(HEAD, "Latest sessions"))?;
    for s in &r.sessions {
        writeln!(
            out,
            "  {}  mathdrill {} · {}, {} first try",
            clock::date(s.started, r.now),
            s.command,
            plural(s.answers, "answer"),
            percent(s.first_tries as u32, s.answers as u32)
        )?;
    }
    Ok(())
}

/// The drill a kind belongs to (`linalg` for `la.inverse`).
fn area_of(kind: &str) -> String {
    crate::registry()
        .catalog()
        .get(kind)
        .map_or_else(|| "linalg".to_string(), |k| k.area.clone())
}
