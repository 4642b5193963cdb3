//! The uniform mix of a drill (`--mix`, or a kind or topic filter): the kinds a filter selects,
//! and the `(kind, level, seed)` of each question, drawn from the session seed. The default drill
//! follows the learner's path instead (`drill_plan`).
//!
//! The plan is built so that adding a kind changes as few existing sessions as possible. Question
//! `i` takes its topic from a shuffled deck of the area's syllabus topics (a fixed list), then a
//! kind from that topic's own deck, and its seed from a stream of its own. So adding a kind to
//! another area changes no session, and adding one to a topic changes only the questions of that
//! topic. A kind belongs to the first of its topics that is a topic of its area.

use crate::engine::{DrillRng, KindEntry, one_of, suggestions};
use anyhow::{Result, bail};

/// One question: `(kind, level, seed)`.
pub type Question = (String, u8, u64);

/// How many topic draws a question whose deck topic has no kinds makes before taking any kind.
const FALLBACK_DRAWS: usize = 256;

/// The seed of question `i` of a drill: a stream of its own from the session seed, so that the
/// seeds do not depend on which kinds are asked.
pub fn question_seed(i: usize, session_seed: u64) -> u64 {
    question_stream(i, session_seed).0
}

/// Question `i`'s seed, and its stream after the seed was drawn (the mix draws topics from it
/// when it must).
fn question_stream(i: usize, session_seed: u64) -> (u64, DrillRng) {
    let mut own = DrillRng::for_exercise(&format!("drill.question.{i}"), 1, session_seed);
    (own.int(1, 99_999) as u64, own)
}

/// The kinds of `area` that the optional filter selects: an exact kind id or name (`la.inverse`,
/// `inverse`) that kind alone; a topic (`la.eigen`, `eigen`) its kinds; otherwise the kinds whose id
/// or name starts with it (`la.det`). Case does not matter. Nothing selected is an error that
/// suggests what was meant.
pub fn select_kinds<'a>(area: &str, filter: Option<&str>) -> Result<Vec<&'a KindEntry>> {
    let reg = crate::registry();
    let in_area: Vec<&KindEntry> = reg.kinds().filter(|k| k.area == area).collect();
    if in_area.is_empty() {
        bail!("the {area} area has no exercises yet");
    }
    let Some(f) = filter.map(|f| f.trim().to_lowercase()) else {
        return Ok(in_area);
    };
    let name = |s: &str| s.split_once('.').map_or(s, |(_, n)| n).to_string();
    let pick = |keep: &dyn Fn(&KindEntry) -> bool| -> Vec<&'a KindEntry> {
        in_area.iter().copied().filter(|k| keep(k)).collect()
    };
    let rules: [&dyn Fn(&KindEntry) -> bool; 3] = [
        &|k| k.id.to_lowercase() == f || name(&k.id.to_lowercase()) == f,
        &|k| k.topics.iter().any(|t| *t == f || name(t) == f),
        &|k| {
            let id = k.id.to_lowercase();
            id.starts_with(&f) || name(&id).starts_with(&f)
        },
    ];
    for rule in rules {
        let chosen = pick(rule);
        if !chosen.is_empty() {
            return Ok(chosen);
        }
    }
    let similar = suggestions(in_area.iter().copied(), &f);
    if similar.is_empty() {
        bail!("no {area} exercise matches `{f}`; `mathdrill list {area}` shows them all");
    }
    bail!(
        "no {area} exercise matches `{f}`; did you mean {}?",
        one_of(&similar)
    )
}

/// The level to use for a kind: the requested one, else its highest level below, else its lowest.
pub fn level_for(k: &KindEntry, wanted: u8) -> u8 {
    k.levels
        .iter()
        .copied()
        .filter(|&l| l <= wanted)
        .max()
        .or_else(|| k.levels.iter().copied().min())
        .unwrap_or(1)
}

/// The plan of `count` questions over `kinds`, whose area's syllabus topics are `topics`, each
/// kind asked at the level `level` gives it.
pub fn plan_session(
    kinds: &[&KindEntry],
    topics: &[&str],
    count: u32,
    level: &dyn Fn(&KindEntry) -> u8,
    session_seed: u64,
) -> Vec<Question> {
    if kinds.is_empty() {
        return Vec::new();
    }
    // Each topic's kinds, by id (so catalog order does not matter).
    let bucket = |t: &str| -> Vec<&KindEntry> {
        let mut b: Vec<&KindEntry> = kinds
            .iter()
            .copied()
            .filter(|k| {
                let own = k.topics.iter().find(|kt| topics.contains(&kt.as_str()));
                own.is_some_and(|kt| kt == t)
            })
            .collect();
        b.sort_by(|a, b| a.id.cmp(&b.id));
        b
    };
    let mut all: Vec<&KindEntry> = kinds.to_vec();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    let deck = topic_sequence(topics, count as usize, session_seed);
    (0..count as usize)
        .map(|i| {
            let (seed, mut own) = question_stream(i, session_seed);
            let k = match deck.get(i).map(|t| (t, bucket(t))) {
                Some((t, b)) if !b.is_empty() => {
                    // The j-th visit of topic t takes the next kind of t's deck.
                    let j = deck[..i].iter().filter(|u| *u == t).count();
                    let mut round = b.clone();
                    let mut r = DrillRng::for_exercise(
                        &format!("drill.topic.{t}.{}", j / b.len()),
                        1,
                        session_seed,
                    );
                    r.shuffle(&mut round);
                    round[j % b.len()]
                }
                // The deck's topic has no kinds (here, or with this filter): draw topics for this
                // question alone until one has.
                _ => (0..FALLBACK_DRAWS)
                    .find_map(|_| {
                        let b = bucket(topics.get(own.index(topics.len().max(1)))?);
                        (!b.is_empty()).then(|| *own.pick(&b))
                    })
                    .unwrap_or_else(|| *own.pick(&all)),
            };
            (k.id.clone(), level(k), seed)
        })
        .collect()
}

/// The topic of each of `count` questions: successive shuffled decks of `topics`.
fn topic_sequence<'a>(topics: &[&'a str], count: usize, session_seed: u64) -> Vec<&'a str> {
    let mut rng = DrillRng::from_seed_u64(session_seed);
    let mut out = Vec::with_capacity(count);
    while out.len() < count && !topics.is_empty() {
        let mut deck = topics.to_vec();
        rng.shuffle(&mut deck);
        out.extend(deck);
    }
    out.truncate(count);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Catalog;

    fn plan_of(catalog: &Catalog, seed: u64, count: u32) -> Vec<Question> {
        let kinds: Vec<&KindEntry> = catalog
            .kinds
            .iter()
            .filter(|k| k.area == "linalg")
            .collect();
        plan_session(&kinds, &catalog.area_topics("linalg"), count, &|_| 1, seed)
    }

    fn with_extra(topic: &str, area: &str) -> Catalog {
        let mut c = Catalog::embedded().unwrap();
        let mut extra = c.kinds[0].clone();
        extra.id = "la.zz_extra".into();
        extra.topics = vec![topic.into()];
        extra.area = area.into();
        c.kinds.insert(3, extra);
        c
    }

    #[test]
    fn a_kind_added_elsewhere_changes_only_its_topics_questions() {
        let base = Catalog::embedded().unwrap();
        let topic_of = |id: &str| {
            let k = base.kinds.iter().find(|k| k.id == id).unwrap();
            k.topics
                .iter()
                .find(|t| t.starts_with("la."))
                .unwrap()
                .clone()
        };
        let other_area = with_extra("prob.bayes", "prob");
        let same_area = with_extra("la.svd", "linalg");
        let mut changed = 0;
        for seed in 1..=crate::engine::soak::seeds(40) {
            let before = plan_of(&base, seed, 30);
            assert_eq!(before, plan_of(&other_area, seed, 30), "seed {seed}");
            let after = plan_of(&same_area, seed, 30);
            for (b, a) in before.iter().zip(&after) {
                if b != a {
                    changed += 1;
                    assert_eq!(a.2, b.2, "seed {seed}: a question's seed never changes");
                    assert!(
                        a.0 == "la.zz_extra" || topic_of(&b.0) == "la.svd",
                        "seed {seed}: {b:?} became {a:?}"
                    );
                }
            }
        }
        assert!(changed > 0, "the extra kind is drawn sometimes");
    }

    #[test]
    fn a_session_visits_distinct_topics_before_repeating() {
        let c = Catalog::embedded().unwrap();
        let topics = c.area_topics("linalg");
        let plan = plan_of(&c, 7, topics.len() as u32);
        let mut seen: Vec<String> = plan
            .iter()
            .map(|(id, ..)| {
                let k = c.kinds.iter().find(|k| k.id == *id).unwrap();
                k.topics
                    .iter()
                    .find(|t| t.starts_with("la."))
                    .unwrap()
                    .clone()
            })
            .collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), topics.len(), "{plan:?}");
    }

    #[test]
    fn a_filter_to_one_kind_gives_only_that_kind() {
        let c = Catalog::embedded().unwrap();
        let k: Vec<&KindEntry> = c.kinds.iter().filter(|k| k.id == "la.rank").collect();
        let plan = plan_session(&k, &c.area_topics("linalg"), 12, &|k| level_for(k, 3), 5);
        assert_eq!(plan.len(), 12);
        assert!(
            plan.iter()
                .all(|(id, level, _)| id == "la.rank" && *level == 3)
        );
    }
}
