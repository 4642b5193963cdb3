//! What `mathdrill progress` reports, gathered from the store: mastery per area, topic and kind,
//! reviews due, accuracy per week, the named mistakes made most often, and the sessions.

use super::super::clock;
use crate::engine::Catalog;
use crate::progress::{
    Attempt, Calendar, Period, ReviewState, Session, Standing, accuracy, frequent_mistakes, rollup,
    standing, streak,
};
use serde::Serialize;
use std::collections::BTreeMap;

/// How many of the most frequent named mistakes, and of the latest sessions, are reported.
const TOP_MISTAKES: usize = 5;
const LATEST_SESSIONS: usize = 5;

#[derive(Debug, Serialize)]
pub struct Report {
    /// The area or kind the report is limited to.
    pub filter: Option<String>,
    pub now: i64,
    pub answers: usize,
    pub first_tries: usize,
    /// Days in a row, up to today or yesterday, with at least one answer.
    pub streak_days: u32,
    /// Reviews due now, most overdue first; and the next one after those.
    pub due: Vec<Due>,
    pub next_due: Option<Due>,
    pub areas: Vec<Mastery>,
    pub topics: Vec<Mastery>,
    pub kinds: Vec<KindLine>,
    pub weeks: Vec<Week>,
    pub mistakes: Vec<MistakeLine>,
    pub sessions: Vec<SessionLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub kind: String,
    pub level: u8,
    pub due: i64,
}

/// (Kind, level) pairs mastered out of all, for an area or a topic.
#[derive(Debug, Serialize)]
pub struct Mastery {
    pub id: String,
    pub mastered: u32,
    pub total: u32,
}

#[derive(Debug, Serialize)]
pub struct KindLine {
    pub kind: String,
    /// The highest level mastered in order (0: none) and the level a drill asks now.
    pub mastered: u8,
    pub level: u8,
    pub answers: u32,
    pub first_tries: u32,
    pub next_review: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct Week {
    pub week: String,
    pub answers: u32,
    pub first_tries: u32,
}

#[derive(Debug, Serialize)]
pub struct MistakeLine {
    pub kind: String,
    pub name: String,
    /// What the checker said, from the exercise it was last made in.
    pub message: Option<String>,
    pub count: u32,
    pub last: i64,
}

#[derive(Debug, Serialize)]
pub struct SessionLine {
    pub started: i64,
    pub command: String,
    pub answers: usize,
    pub first_tries: usize,
}

/// The report of everything recorded, limited to the kinds `keep` accepts.
pub fn gather(
    filter: Option<String>,
    keep: &dyn Fn(&str) -> bool,
    all: &[Attempt],
    states: &[ReviewState],
    sessions: &[Session],
    catalog: &Catalog,
    now: i64,
) -> Report {
    let cal = Calendar::UTC;
    // Mastery comes from the whole history; the report shows the kinds kept.
    let standings = standing(all, catalog, &cal);
    let mine: Vec<Attempt> = all.iter().filter(|a| keep(&a.kind)).cloned().collect();
    let kept_kinds: BTreeMap<String, Standing> = standings
        .iter()
        .filter(|(k, _)| keep(k))
        .map(|(k, s)| (k.clone(), s.clone()))
        .collect();
    let mut states: Vec<&ReviewState> = states.iter().filter(|s| keep(&s.kind)).collect();
    states.sort_by_key(|s| s.due);
    let to_due = |s: &&ReviewState| Due {
        kind: s.kind.clone(),
        level: s.level,
        due: s.due,
    };
    let today = cal.day(now);
    let due: Vec<Due> = states
        .iter()
        .filter(|s| cal.day(s.due) <= today)
        .map(to_due)
        .collect();
    let next_due = states.iter().find(|s| cal.day(s.due) > today).map(to_due);
    let mastery = |m: BTreeMap<String, rollup::Rollup>| -> Vec<Mastery> {
        m.into_iter()
            .filter(|(id, _)| keep_group(id, &kept_kinds, catalog))
            .map(|(id, r)| Mastery {
                id,
                mastered: r.mastered,
                total: r.total,
            })
            .collect()
    };
    let areas = mastery(rollup::by_area(&standings, catalog));
    let topics = mastery(rollup::by_topic(&standings, catalog));
    let kinds = kept_kinds
        .values()
        .filter(|s| s.attempts > 0)
        .map(|s| KindLine {
            kind: s.kind.clone(),
            mastered: s.mastered,
            level: s.level,
            answers: s.attempts,
            first_tries: s.first_tries,
            next_review: states
                .iter()
                .filter(|r| r.kind == s.kind)
                .map(|r| r.due)
                .min(),
        })
        .collect();
    let weeks = accuracy(&mine, Period::Week, &cal)
        .into_iter()
        .map(|a| Week {
            week: a.label,
            answers: a.attempts,
            first_tries: a.first_tries,
        })
        .collect();
    Report {
        filter,
        now,
        answers: mine.len(),
        first_tries: mine.iter().filter(|a| a.first_try()).count(),
        streak_days: streak(&mine, &cal, now),
        due,
        next_due,
        areas,
        topics,
        kinds,
        weeks,
        mistakes: top_mistakes(&mine),
        sessions: latest_sessions(&mine, sessions),
    }
}

/// Whether an area or topic roll-up belongs in a report of `kept` kinds: one of its kinds is kept.
fn keep_group(id: &str, kept: &BTreeMap<String, Standing>, catalog: &Catalog) -> bool {
    catalog
        .kinds
        .iter()
        .any(|k| kept.contains_key(&k.id) && (k.area == id || k.topics.iter().any(|t| t == id)))
}

/// The named mistakes made most often, with the checker's message from the exercise each was
/// last made in (regenerated from its kind, level and seed).
fn top_mistakes(attempts: &[Attempt]) -> Vec<MistakeLine> {
    let mut all: Vec<MistakeLine> = frequent_mistakes(attempts)
        .into_iter()
        .flat_map(|(kind, list)| {
            list.into_iter().map(move |m| MistakeLine {
                kind: kind.clone(),
                name: m.name,
                message: None,
                count: m.count,
                last: m.last,
            })
        })
        .collect();
    all.sort_by(|a, b| b.count.cmp(&a.count).then(b.last.cmp(&a.last)));
    all.truncate(TOP_MISTAKES);
    for m in &mut all {
        let last = attempts
            .iter()
            .rev()
            .find(|a| a.kind == m.kind && a.mistake.as_deref() == Some(m.name.as_str()));
        m.message = last.and_then(|a| {
            let p = crate::registry().generate(&a.kind, a.level, a.seed).ok()?;
            let found = p.mistakes.iter().find(|x| x.name == m.name)?;
            Some(first_sentence(&found.message))
        });
    }
    all
}

/// The first sentence of a message: what the mistake was (the sentences after it say how to
/// fix it, often with the exercise's numbers).
fn first_sentence(message: &str) -> String {
    let end = message.find(". ").map_or(message.len(), |i| i + 1);
    message[..end].to_string()
}

/// The latest sessions that answered something, newest first.
fn latest_sessions(attempts: &[Attempt], sessions: &[Session]) -> Vec<SessionLine> {
    let mut lines: Vec<SessionLine> = sessions
        .iter()
        .filter_map(|s| {
            let mine: Vec<&Attempt> = attempts.iter().filter(|a| a.session == s.uid).collect();
            (!mine.is_empty()).then(|| SessionLine {
                started: s.started,
                command: s.command.clone(),
                answers: mine.len(),
                first_tries: mine.iter().filter(|a| a.first_try()).count(),
            })
        })
        .collect();
    lines.sort_by_key(|s| std::cmp::Reverse(s.started));
    lines.truncate(LATEST_SESSIONS);
    lines
}

/// "tomorrow", "in 3 days", "today" (also when overdue).
pub fn when(due: i64, now: i64) -> String {
    if due <= now {
        "now".to_string()
    } else {
        clock::relative_day(due, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistake_is_named_by_its_first_sentence() {
        assert_eq!(
            first_sentence("That is Aᵀ, the transpose. The inverse undoes A: A·A⁻¹ = I."),
            "That is Aᵀ, the transpose."
        );
        assert_eq!(first_sentence("You divided by n"), "You divided by n");
    }
}
