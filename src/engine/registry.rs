//! The registry: catalog entries joined with their generators; generates problems by
//! `(kind, level, seed)` with bounded redraws of degenerate draws.

use super::catalog::{Catalog, KindEntry};
use super::check::check;
use super::equivalence::compare;
use super::exercise::{Exercise, GenError};
use super::formula_values::{formula_judged_same, values_for};
use super::kept_values::Kept;
use super::problem::{Draft, Problem};
use super::rng::DrillRng;
use crate::expr::Value;

/// How many draws a generator gets before the engine gives up on a `(kind, level, seed)`.
pub const MAX_DRAWS: usize = 200;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EngineError {
    #[error("unknown exercise kind `{id}`{}", suggest(.suggestions))]
    UnknownKind {
        id: String,
        suggestions: Vec<String>,
    },
    #[error("`{id}` has no level {level}; its levels are {}", levels_list(.available))]
    Level {
        id: String,
        level: u8,
        available: Vec<u8>,
    },
    #[error(
        "`{id}` level {level} seed {seed}: no usable problem after {MAX_DRAWS} draws (a bug: please report it)"
    )]
    Exhausted { id: String, level: u8, seed: u64 },
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        "; `mathdrill list` shows them all".into()
    } else {
        format!("; did you mean {}?", one_of(s))
    }
}

/// `a`, `a or b`, `a, b or c`.
pub fn one_of(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn levels_list(l: &[u8]) -> String {
    l.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
}

pub struct Registry {
    catalog: Catalog,
    exercises: Vec<Box<dyn Exercise>>,
}

impl Registry {
    pub fn new(catalog: Catalog, exercises: Vec<Box<dyn Exercise>>) -> Registry {
        Registry { catalog, exercises }
    }
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
    /// Catalog entries that have a generator, in catalog order.
    pub fn kinds(&self) -> impl Iterator<Item = &KindEntry> {
        self.catalog
            .kinds
            .iter()
            .filter(|k| self.exercise(&k.id).is_some())
    }
    pub fn generator_ids(&self) -> Vec<&'static str> {
        self.exercises.iter().map(|e| e.id()).collect()
    }
    fn exercise(&self, id: &str) -> Option<&dyn Exercise> {
        self.exercises
            .iter()
            .find(|e| e.id() == id)
            .map(|b| b.as_ref())
    }

    /// The catalog entry of `id`, or an error suggesting similar ids.
    /// One pass over the catalog: the first entry named `id`, if `id` has a generator (as
    /// [`Registry::kinds`] would find it, without a generator lookup per entry).
    pub fn entry(&self, id: &str) -> Result<&KindEntry, EngineError> {
        self.catalog
            .kinds
            .iter()
            .find(|k| k.id == id)
            .filter(|_| self.exercise(id).is_some())
            .ok_or_else(|| EngineError::UnknownKind {
                id: id.to_string(),
                suggestions: self.similar(id),
            })
    }

    /// Known ids that `query` may mean, best first: see [`suggestions`].
    pub fn similar(&self, query: &str) -> Vec<String> {
        suggestions(self.kinds(), query)
    }

    /// The problem named by `(id, level, seed)`.
    ///
    /// The generator draws from the stream of [`DrillRng::for_exercise`]; a draw it rejects, or
    /// whose canonical answer coincides with one of its named mistakes, or whose canonical answer
    /// text is not accepted by the checker, is replaced by the next draw from the same stream.
    pub fn generate(&self, id: &str, level: u8, seed: u64) -> Result<Problem, EngineError> {
        let entry = self.entry(id)?;
        let level_err = || EngineError::Level {
            id: id.to_string(),
            level,
            available: entry.levels.clone(),
        };
        if !entry.levels.contains(&level) {
            return Err(level_err());
        }
        let ex = self.exercise(id).ok_or_else(|| EngineError::UnknownKind {
            id: id.into(),
            suggestions: vec![],
        })?;
        let mut rng = DrillRng::for_exercise(id, level, seed);
        for _ in 0..MAX_DRAWS {
            match ex.generate(level, &mut rng) {
                Ok(draft) => {
                    let problem = assemble(entry, level, seed, draft);
                    if usable(&problem) {
                        return Ok(problem);
                    }
                }
                Err(GenError::Redraw(_)) => continue,
                Err(GenError::Level(_)) => return Err(level_err()),
            }
        }
        Err(EngineError::Exhausted {
            id: id.to_string(),
            level,
            seed,
        })
    }
}

fn assemble(entry: &KindEntry, level: u8, seed: u64, d: Draft) -> Problem {
    let mut hints = entry.hints.clone();
    hints.extend(d.hints);
    Problem {
        kind: entry.id.clone(),
        level,
        seed,
        prompt: d.prompt,
        answer: d.answer,
        solution: d.solution,
        hints,
        mistakes: d.mistakes,
        kept: Kept::default(),
    }
}

/// A problem is usable when no named mistake is accepted as the answer and the canonical answer,
/// printed, is accepted by the checker.
///
/// Under a formula equivalence the answer is evaluated once at the checker's test points (the
/// problem's, [`Kept`]) and each mistake judged against those values, with the checker's
/// verdict; the check of the printed answer then finds the answer's values kept.
fn usable(p: &Problem) -> bool {
    let spec = &p.answer;
    let eq = &spec.equivalence;
    let same_type = |m: &Value| std::mem::discriminant(m) == std::mem::discriminant(&spec.expected);
    let clash = match p.kept.lock(p) {
        Some(mut kept) => {
            let kept = &mut *kept;
            p.mistakes.iter().any(|m| {
                same_type(&m.answer)
                    && formula_judged_same(
                        eq,
                        &kept.points,
                        (&m.answer, &mut values_for(eq, &m.answer)),
                        (&spec.expected, &mut kept.expected),
                    )
            })
        }
        None => p.mistakes.iter().any(|m| {
            same_type(&m.answer) && compare(&m.answer, &spec.expected, eq, p.seed).correct
        }),
    };
    !clash && check(p, &spec.canonical_text()).is_ok_and(|v| v.correct)
}

/// How many suggestions a "did you mean" offers at most.
pub const MAX_SUGGESTIONS: usize = 5;

/// The kinds among `kinds` that `query` may mean, best first, at most [`MAX_SUGGESTIONS`]. A
/// kind's name is its id without the area prefix (`determinant` for `la.determinant`); the query's
/// is what follows its last `.`. Case does not matter. In order of preference:
/// 1. the same name (`inverse` → la.inverse);
/// 2. a name that starts with the query's (`la.det` → la.determinant, la.det_properties);
/// 3. a name that contains it (`eigen` → la.verify_eigenpair), for queries of 3 letters or more;
/// 4. a topic or title word that is the query, or a title word it begins (`svd` → the kinds of
///    topic la.svd; `singular` → la.singular_values);
/// 5. a name within a few edits (`la.invrse` → la.inverse): at most one edit per three letters.
pub fn suggestions<'a>(kinds: impl Iterator<Item = &'a KindEntry>, query: &str) -> Vec<String> {
    let query = query.trim().to_lowercase();
    let q = query.rsplit('.').next().unwrap_or(&query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize, usize, &KindEntry)> = kinds
        .enumerate()
        .filter_map(|(order, k)| {
            let id = k.id.to_lowercase();
            let name = id.split_once('.').map_or(id.as_str(), |(_, n)| n);
            let distance = edit_distance(name, q);
            let long = q.chars().count() >= 3;
            let title = k.title.to_lowercase();
            let mut words = title.split(|c: char| !c.is_alphanumeric());
            let topic_or_title = k.topics.iter().any(|t| t.rsplit('.').next() == Some(q))
                || words.any(|w| w == q || (long && w.starts_with(q)));
            let rank = if name == q || id == query {
                0
            } else if name.starts_with(q) {
                1
            } else if long && name.contains(q) {
                2
            } else if topic_or_title {
                3
            } else if distance <= (q.chars().count() / 3).max(1) {
                4
            } else {
                return None;
            };
            Some((rank, distance, order, k))
        })
        .collect();
    ranked.sort_by_key(|&(rank, distance, order, _)| (rank, distance, order));
    ranked
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(.., k)| k.id.clone())
        .collect()
}

/// Levenshtein distance, for "did you mean" suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j] + usize::from(ca != *cb))
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1),
            );
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{edit_distance, suggestions};
    use crate::engine::Catalog;

    fn suggest(query: &str) -> Vec<String> {
        let catalog = Catalog::embedded().unwrap();
        suggestions(catalog.kinds.iter(), query)
    }

    #[test]
    fn a_prefix_or_a_word_comes_before_edit_distance() {
        let det = suggest("la.det");
        assert_eq!(det[..2], ["la.determinant", "la.det_properties"], "{det:?}");
        assert!(!det.contains(&"la.pca".to_string()), "{det:?}");
        let eig = suggest("la.eig");
        assert_eq!(eig[..2], ["la.eigenvalues", "la.eigenvectors"], "{eig:?}");
        assert!(!eig.contains(&"la.pca".to_string()), "{eig:?}");
        let svd = suggest("la.svd");
        assert!(svd.contains(&"la.singular_values".to_string()), "{svd:?}");
        assert!(!svd.contains(&"la.pca".to_string()), "{svd:?}");
        assert_eq!(suggest("la.invrse"), ["la.inverse"]);
        assert_eq!(suggest("INVERSE")[0], "la.inverse");
        assert!(suggest("la.zzzzzz").is_empty());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("la.inverse", "la.inverse"), 0);
        assert_eq!(edit_distance("la.invrse", "la.inverse"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
