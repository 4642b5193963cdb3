//! The catalog: the data half of every exercise kind, in `exercises/<area>/*.toml`, embedded at
//! build time. Title, topics (syllabus ids), levels, answer type, general hints and the kind's
//! place on the learning path live here so that they can be read and edited without touching code.
//!
//! A catalog file (`format_version = 1`) names its `area` and lists `[[kind]]` entries, each with
//! every field below (a missing or unknown field is an error):
//!
//! | field    | meaning |
//! |----------|---------|
//! | `id`     | the kind's id, `<topic prefix>.<name>` (`la.inverse`) |
//! | `title`  | one line for `list` and the drill's header |
//! | `topics` | the syllabus topic ids it drills (at least one of its own area) |
//! | `stage`  | its place on its area's learning path: 1 = among the first things to do in the area; a kind comes at a later stage than each prerequisite in the same area |
//! | `after`  | its direct prerequisites, kind ids of any area (`[]` for none; a kind without prerequisites is at stage 1) |
//! | `levels` | the levels it has, a non-empty subset of 1..=3 |
//! | `answer` | its answer type, or one per level (see [`AnswerTypes`]) |
//! | `hints`  | at least two general hints |
//!
//! `stage` and `after` give the learning path (`progress::path`): a kind opens once every kind in
//! its `after` list is mastered. [`Catalog::validate`] checks that the prerequisites exist and
//! have no cycle, and that every area has a stage-1 kind without prerequisites for a new learner.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The catalog files compiled in, with their names (for error messages).
/// One file per family of kinds, `exercises/<area>/<family>.toml`, mirroring
/// `src/exercises/<area>/`.
const SOURCES: &[(&str, &str)] = &[
    (
        "exercises/linalg/matrices.toml",
        include_str!("../../exercises/linalg/matrices.toml"),
    ),
    (
        "exercises/linalg/vectors.toml",
        include_str!("../../exercises/linalg/vectors.toml"),
    ),
    (
        "exercises/linalg/systems.toml",
        include_str!("../../exercises/linalg/systems.toml"),
    ),
    (
        "exercises/linalg/transforms.toml",
        include_str!("../../exercises/linalg/transforms.toml"),
    ),
    (
        "exercises/linalg/eigen.toml",
        include_str!("../../exercises/linalg/eigen.toml"),
    ),
    (
        "exercises/prob/events.toml",
        include_str!("../../exercises/prob/events.toml"),
    ),
    (
        "exercises/prob/expectation.toml",
        include_str!("../../exercises/prob/expectation.toml"),
    ),
    (
        "exercises/prob/distributions.toml",
        include_str!("../../exercises/prob/distributions.toml"),
    ),
    (
        "exercises/prob/classification.toml",
        include_str!("../../exercises/prob/classification.toml"),
    ),
    (
        "exercises/stats/descriptive.toml",
        include_str!("../../exercises/stats/descriptive.toml"),
    ),
    (
        "exercises/stats/inference.toml",
        include_str!("../../exercises/stats/inference.toml"),
    ),
    (
        "exercises/calculus/derivatives.toml",
        include_str!("../../exercises/calculus/derivatives.toml"),
    ),
    (
        "exercises/calculus/multivariable.toml",
        include_str!("../../exercises/calculus/multivariable.toml"),
    ),
    (
        "exercises/calculus/limits_integrals.toml",
        include_str!("../../exercises/calculus/limits_integrals.toml"),
    ),
    (
        "exercises/calculus/cost_gradients.toml",
        include_str!("../../exercises/calculus/cost_gradients.toml"),
    ),
    (
        "exercises/ml/optimizers.toml",
        include_str!("../../exercises/ml/optimizers.toml"),
    ),
    (
        "exercises/ml/losses.toml",
        include_str!("../../exercises/ml/losses.toml"),
    ),
    (
        "exercises/ml/regression.toml",
        include_str!("../../exercises/ml/regression.toml"),
    ),
    (
        "exercises/ml/workflow.toml",
        include_str!("../../exercises/ml/workflow.toml"),
    ),
    (
        "exercises/ml/numerics.toml",
        include_str!("../../exercises/ml/numerics.toml"),
    ),
];
const SYLLABUS: &str = include_str!("../../exercises/syllabus.toml");
pub const FORMAT_VERSION: u32 = 1;

/// The answer types a catalog entry may declare; [`crate::engine::AnswerSpec::type_name`] names
/// a generated answer's type with the same words.
pub const ANSWER_TYPES: &[&str] = &[
    "number",
    "integer",
    "vector",
    "matrix",
    "set",
    "direction",
    "basis",
    "interval",
    "formula",
    "formulas",
    "yesno",
    "choice",
];

/// One area of the syllabus: its drill command (`mathdrill linalg`), the prefix of its topic ids
/// in the syllabus (`la.` for linalg), and what it drills.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub name: &'static str,
    pub topic_prefix: &'static str,
    pub about: &'static str,
}

/// The areas a catalog file may name. The command line offers a drill for each area that has
/// exercise kinds, and only for those.
pub const AREAS: &[Area] = &[
    Area {
        name: "linalg",
        topic_prefix: "la",
        about: "linear algebra",
    },
    Area {
        name: "prob",
        topic_prefix: "prob",
        about: "probability",
    },
    Area {
        name: "stats",
        topic_prefix: "stats",
        about: "statistics",
    },
    Area {
        name: "calculus",
        topic_prefix: "calc",
        about: "calculus",
    },
    Area {
        name: "ml",
        topic_prefix: "ml",
        about: "machine-learning math",
    },
    Area {
        name: "models",
        topic_prefix: "model",
        about: "the models of machine learning, by hand",
    },
    Area {
        name: "discrete",
        topic_prefix: "disc",
        about: "discrete mathematics",
    },
    Area {
        name: "basic",
        topic_prefix: "basic",
        about: "basic math",
    },
];

/// The area named `name`, with or without exercises.
pub fn area(name: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.name == name)
}

/// A kind's answer type: one for all its levels (`answer = "vector"`), or one per entry of
/// `levels`, in the same order (`answer = ["vector", "vector", "number"]`) for kinds whose
/// question changes with the level. A level that asks either of two questions names both,
/// `"vector|number"`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum AnswerTypes {
    One(String),
    PerLevel(Vec<String>),
}

/// One exercise kind's catalog entry.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KindEntry {
    pub id: String,
    pub title: String,
    pub topics: Vec<String>,
    /// Its place on its area's learning path: 1 for the first things to do in the area, and
    /// above the stage of each prerequisite of the same area.
    pub stage: u8,
    /// Its direct prerequisites (kind ids, of any area): the kind opens on the learning path once
    /// each of them is mastered.
    pub after: Vec<String>,
    pub levels: Vec<u8>,
    pub answer: AnswerTypes,
    pub hints: Vec<String>,
    /// Filled from the file's `area`.
    #[serde(default)]
    pub area: String,
}

impl KindEntry {
    /// The answer type at `level`; `None` for a level the kind does not have.
    pub fn answer_at(&self, level: u8) -> Option<&str> {
        let i = self.levels.iter().position(|&l| l == level)?;
        match &self.answer {
            AnswerTypes::One(t) => Some(t),
            AnswerTypes::PerLevel(ts) => ts.get(i).map(String::as_str),
        }
    }

    /// The answer types of all levels, each once, in level order: `"vector"`, or
    /// `"vector or number"` for a kind that changes type with the level.
    pub fn answer_summary(&self) -> String {
        let mut seen: Vec<&str> = Vec::new();
        let all = self.levels.iter().filter_map(|&l| self.answer_at(l));
        for t in all.flat_map(|t| t.split('|')) {
            if !seen.contains(&t) {
                seen.push(t);
            }
        }
        seen.join(" or ")
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    format_version: u32,
    area: String,
    #[serde(default)]
    kind: Vec<KindEntry>,
}

/// One syllabus topic.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Topic {
    pub id: String,
    pub section: String,
    pub level: String,
    pub min_kinds: usize,
    pub title: String,
}

#[derive(Deserialize)]
struct SyllabusFile {
    format_version: u32,
    topic: Vec<Topic>,
}

/// All catalog entries, in file order.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub kinds: Vec<KindEntry>,
    pub syllabus: Vec<Topic>,
}

/// A catalog file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

impl Catalog {
    /// The catalog compiled into this build. The embedded files are validated by the test suite,
    /// so failing here means a broken build; the error says which file.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        Catalog::from_sources(SOURCES, SYLLABUS)
    }

    /// Parses catalog files `(name, text)` and a syllabus.
    pub fn from_sources(sources: &[(&str, &str)], syllabus: &str) -> Result<Catalog, CatalogError> {
        let invalid = |file: &str, message: String| CatalogError::Invalid {
            file: file.to_string(),
            message,
        };
        let mut kinds = Vec::new();
        for (name, text) in sources {
            let file: CatalogFile =
                toml::from_str(text).map_err(|e| invalid(name, e.to_string()))?;
            if file.format_version != FORMAT_VERSION {
                return Err(invalid(
                    name,
                    format!(
                        "format_version {} is not {FORMAT_VERSION}",
                        file.format_version
                    ),
                ));
            }
            kinds.extend(file.kind.into_iter().map(|k| KindEntry {
                area: file.area.clone(),
                ..k
            }));
        }
        let syl: SyllabusFile = toml::from_str(syllabus)
            .map_err(|e| invalid("exercises/syllabus.toml", e.to_string()))?;
        if syl.format_version != FORMAT_VERSION {
            return Err(invalid(
                "exercises/syllabus.toml",
                format!("format_version {}", syl.format_version),
            ));
        }
        Ok(Catalog {
            kinds,
            syllabus: syl.topic,
        })
    }

    pub fn get(&self, id: &str) -> Option<&KindEntry> {
        self.kinds.iter().find(|k| k.id == id)
    }

    /// The areas that have kinds, in catalog order.
    pub fn areas(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        self.kinds
            .iter()
            .map(|k| k.area.as_str())
            .filter(|a| seen.insert(*a))
            .collect()
    }

    /// The syllabus topics of `area` (those whose id starts with its topic prefix), in syllabus
    /// order: a list that does not change as kinds are added.
    pub fn area_topics(&self, area: &str) -> Vec<&str> {
        let Some(a) = self::area(area) else {
            return Vec::new();
        };
        self.syllabus
            .iter()
            .map(|t| t.id.as_str())
            .filter(|id| id.split_once('.').is_some_and(|(p, _)| p == a.topic_prefix))
            .collect()
    }

    /// Problems with the catalog itself and its match with the generators `generator_ids`:
    /// duplicate ids, unknown topic ids, kinds without a generator and generators without an
    /// entry, fewer than two hints, no levels, unknown answer types, and the learning path's
    /// defects (see [`Catalog::path_problems`]). Empty when all is well.
    pub fn validate(&self, generator_ids: &[&str]) -> Vec<String> {
        let mut problems = Vec::new();
        let topics: BTreeSet<&str> = self.syllabus.iter().map(|t| t.id.as_str()).collect();
        let generators: BTreeSet<&str> = generator_ids.iter().copied().collect();
        let mut seen = BTreeSet::new();
        for k in &self.kinds {
            if !seen.insert(k.id.as_str()) {
                problems.push(format!("{}: duplicate id", k.id));
            }
            for t in k.topics.iter().filter(|t| !topics.contains(t.as_str())) {
                problems.push(format!("{}: unknown topic id {t:?}", k.id));
            }
            if k.topics.is_empty() {
                problems.push(format!("{}: no topics", k.id));
            }
            if !generators.contains(k.id.as_str()) {
                problems.push(format!("{}: catalog entry without a generator", k.id));
            }
            if k.hints.len() < 2 {
                problems.push(format!(
                    "{}: {} hints, at least 2 are needed",
                    k.id,
                    k.hints.len()
                ));
            }
            if k.levels.is_empty() || k.levels.iter().any(|&l| !(1..=3).contains(&l)) {
                problems.push(format!(
                    "{}: levels must be a non-empty subset of 1..=3",
                    k.id
                ));
            }
            let types: Vec<&String> = match &k.answer {
                AnswerTypes::One(t) => vec![t],
                AnswerTypes::PerLevel(ts) => {
                    if ts.len() != k.levels.len() {
                        problems.push(format!(
                            "{}: {} answer types for {} levels: give one per level, in the order of `levels`",
                            k.id,
                            ts.len(),
                            k.levels.len()
                        ));
                    } else if ts.iter().all(|t| *t == ts[0]) {
                        problems.push(format!(
                            "{}: the same answer type at every level: write answer = {:?}",
                            k.id, ts[0]
                        ));
                    }
                    ts.iter().collect()
                }
            };
            let parts = types.iter().flat_map(|t| t.split('|'));
            for t in parts.filter(|t| !ANSWER_TYPES.contains(t)) {
                problems.push(format!(
                    "{}: unknown answer type {t:?}; the types are {}",
                    k.id,
                    ANSWER_TYPES.join(", ")
                ));
            }
            if k.area.is_empty() {
                problems.push(format!("{}: no area", k.id));
            } else if area(&k.area).is_none() {
                let names: Vec<&str> = AREAS.iter().map(|a| a.name).collect();
                problems.push(format!(
                    "{}: unknown area {:?}; the areas are {}",
                    k.id,
                    k.area,
                    names.join(", ")
                ));
            } else {
                // A drill session picks its questions by the area's topics.
                let own = self.area_topics(&k.area);
                if !k.topics.iter().any(|t| own.contains(&t.as_str())) {
                    problems.push(format!(
                        "{}: none of its topics is a topic of its area {}",
                        k.id, k.area
                    ));
                }
            }
        }
        for g in generators.iter().filter(|g| !seen.contains(*g)) {
            problems.push(format!("{g}: generator without a catalog entry"));
        }
        problems.extend(self.path_problems());
        problems
    }

    /// The learning path's defects: a prerequisite that is not a kind, listed twice or the kind
    /// itself; a stage of 0; a kind whose stage is not above that of a prerequisite in its own
    /// area; a kind without prerequisites after stage 1; a cycle of prerequisites (across areas
    /// too); an area without a stage-1 kind free of prerequisites, where a new learner starts.
    pub fn path_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let by_id: BTreeMap<&str, &KindEntry> =
            self.kinds.iter().map(|k| (k.id.as_str(), k)).collect();
        for k in &self.kinds {
            if k.stage == 0 {
                problems.push(format!("{}: stage 0; stages start at 1", k.id));
            } else if k.stage > 1 && k.after.is_empty() {
                problems.push(format!(
                    "{}: stage {} without prerequisites; a kind with none is at stage 1",
                    k.id, k.stage
                ));
            }
            let mut listed = BTreeSet::new();
            for a in &k.after {
                if !listed.insert(a.as_str()) {
                    problems.push(format!("{}: prerequisite {a:?} listed twice", k.id));
                }
                if *a == k.id {
                    problems.push(format!("{}: a kind cannot be its own prerequisite", k.id));
                    continue;
                }
                let Some(pre) = by_id.get(a.as_str()) else {
                    problems.push(format!("{}: unknown prerequisite {a:?}", k.id));
                    continue;
                };
                if pre.area == k.area && pre.stage >= k.stage {
                    problems.push(format!(
                        "{}: stage {} is not above the stage {} of its prerequisite {a} in {}",
                        k.id, k.stage, pre.stage, k.area
                    ));
                }
            }
        }
        problems.extend(prerequisite_cycles(&self.kinds, &by_id));
        for area in self.areas() {
            let starts = self
                .kinds
                .iter()
                .any(|k| k.area == area && k.stage == 1 && k.after.is_empty());
            if !starts {
                problems.push(format!(
                    "{area}: no stage-1 kind without prerequisites, so a new learner has nowhere to start"
                ));
            }
        }
        problems
    }

    /// For every syllabus topic, how many kinds drill it.
    pub fn coverage(&self) -> BTreeMap<&str, usize> {
        let mut counts: BTreeMap<&str, usize> =
            self.syllabus.iter().map(|t| (t.id.as_str(), 0)).collect();
        for t in self.kinds.iter().flat_map(|k| &k.topics) {
            if let Some(c) = counts.get_mut(t.as_str()) {
                *c += 1;
            }
        }
        counts
    }
}

/// One message per cycle of prerequisites found by a depth-first search from each kind in
/// catalog order: `cycle of prerequisites: a → b → c → a` (each kind listed after the one it
/// needs). Iterative, so a long chain cannot overflow the stack; unknown ids and self-references
/// are reported elsewhere and skipped here.
fn prerequisite_cycles(kinds: &[KindEntry], by_id: &BTreeMap<&str, &KindEntry>) -> Vec<String> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: BTreeMap<&str, Mark> = BTreeMap::new();
    let mut cycles = Vec::new();
    let needs = |id: &str| -> Vec<&str> {
        by_id.get(id).map_or(Vec::new(), |k| {
            k.after
                .iter()
                .map(String::as_str)
                .filter(|a| *a != id && by_id.contains_key(a))
                .collect()
        })
    };
    for root in kinds {
        if marks.contains_key(root.id.as_str()) {
            continue;
        }
        // The current chain: each kind with the prerequisites still to visit.
        let mut chain: Vec<(&str, Vec<&str>)> = vec![(root.id.as_str(), needs(&root.id))];
        marks.insert(root.id.as_str(), Mark::Open);
        while let Some((id, todo)) = chain.last_mut() {
            let id = *id;
            let Some(next) = todo.pop() else {
                marks.insert(id, Mark::Done);
                chain.pop();
                continue;
            };
            match marks.get(next) {
                Some(Mark::Done) => {}
                Some(Mark::Open) => {
                    // `next` is on the chain: the kinds from it to `id` form a cycle.
                    let from = chain.iter().position(|(c, _)| *c == next).unwrap_or(0);
                    let mut ids: Vec<&str> = chain[from..].iter().map(|(c, _)| *c).collect();
                    ids.reverse();
                    ids.insert(0, next);
                    cycles.push(format!("cycle of prerequisites: {}", ids.join(" → ")));
                }
                None => {
                    marks.insert(next, Mark::Open);
                    chain.push((next, needs(next)));
                }
            }
        }
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::*;

    const SYL: &str = r#"format_version = 1
[[topic]]
id = "la.inverse"
section = "Linear algebra"
level = "core"
min_kinds = 2
title = "inverse"
"#;

    fn entry(id: &str, topic: &str, hints: usize) -> String {
        let hints: Vec<String> = (0..hints).map(|i| format!("\"h{i}\"")).collect();
        format!(
            "[[kind]]\nid = \"{id}\"\ntitle = \"t\"\ntopics = [\"{topic}\"]\nstage = 1\nafter = []\nlevels = [1]\nanswer = \"matrix\"\nhints = [{}]\n",
            hints.join(", ")
        )
    }

    /// A sound entry at `stage` after the kinds `after`.
    fn on_path(id: &str, stage: u8, after: &[&str]) -> String {
        let after: Vec<String> = after.iter().map(|a| format!("{a:?}")).collect();
        entry(id, "la.inverse", 2)
            .replace("stage = 1", &format!("stage = {stage}"))
            .replace("after = []", &format!("after = [{}]", after.join(", ")))
    }

    /// The path problems of a catalog of two files, linalg and prob, from their entries.
    fn path_problems(linalg: &[String], prob: &[String]) -> Vec<String> {
        let la = format!("format_version = 1\narea = \"linalg\"\n{}", linalg.concat());
        let pr = format!("format_version = 1\narea = \"prob\"\n{}", prob.concat());
        let syl = format!(
            "{SYL}{}",
            SYL.replace("format_version = 1\n", "")
                .replace("la.", "prob.")
        );
        Catalog::from_sources(&[("la.toml", &la), ("prob.toml", &pr)], &syl)
            .unwrap()
            .path_problems()
    }

    #[test]
    fn a_sound_path_has_no_problems() {
        let la = [
            on_path("la.a", 1, &[]),
            on_path("la.b", 2, &["la.a"]),
            on_path("la.c", 4, &["la.b", "prob.y"]),
        ];
        let prob = [on_path("prob.x", 1, &[]), on_path("prob.y", 1, &["la.a"])];
        assert_eq!(path_problems(&la, &prob), Vec::<String>::new());
    }

    #[test]
    fn unknown_repeated_and_self_prerequisites_are_reported() {
        let la = [
            on_path("la.a", 1, &[]),
            on_path("la.b", 2, &["la.a", "la.nope", "la.a"]),
            on_path("la.c", 2, &["la.c", "la.a"]),
        ];
        let problems = path_problems(&la, &[on_path("prob.x", 1, &[])]);
        assert_eq!(
            problems,
            vec![
                "la.b: unknown prerequisite \"la.nope\"".to_string(),
                "la.b: prerequisite \"la.a\" listed twice".to_string(),
                "la.c: a kind cannot be its own prerequisite".to_string(),
            ]
        );
    }

    #[test]
    fn a_cycle_is_reported_once_with_its_kinds_in_order() {
        // Across areas, where stages do not constrain each other: a → b → prob.x → a.
        let la = [
            on_path("la.s", 1, &[]),
            on_path("la.a", 2, &["la.s", "prob.x"]),
            on_path("la.b", 3, &["la.a"]),
        ];
        let prob = [on_path("prob.x", 2, &["la.b"]), on_path("prob.y", 1, &[])];
        let problems = path_problems(&la, &prob);
        assert_eq!(
            problems,
            vec!["cycle of prerequisites: la.a → la.b → prob.x → la.a".to_string()]
        );
    }

    #[test]
    fn stages_must_rise_along_prerequisites_of_the_same_area() {
        let la = [
            on_path("la.a", 1, &[]),
            on_path("la.b", 1, &["la.a"]),
            on_path("la.c", 3, &[]),
            on_path("la.d", 0, &["la.a"]),
        ];
        // prob.x is at stage 1 after a linalg kind of stage 1: areas do not compare stages.
        let prob = [on_path("prob.x", 1, &["la.a"]), on_path("prob.y", 1, &[])];
        assert_eq!(
            path_problems(&la, &prob),
            vec![
                "la.b: stage 1 is not above the stage 1 of its prerequisite la.a in linalg"
                    .to_string(),
                "la.c: stage 3 without prerequisites; a kind with none is at stage 1".to_string(),
                "la.d: stage 0; stages start at 1".to_string(),
                "la.d: stage 0 is not above the stage 1 of its prerequisite la.a in linalg"
                    .to_string(),
            ]
        );
    }

    #[test]
    fn every_area_needs_a_starting_kind() {
        let la = [on_path("la.a", 1, &[])];
        let prob = [
            on_path("prob.x", 1, &["la.a"]),
            on_path("prob.y", 2, &["prob.x"]),
        ];
        assert_eq!(
            path_problems(&la, &prob),
            vec![
                "prob: no stage-1 kind without prerequisites, so a new learner has nowhere to start"
                    .to_string()
            ]
        );
    }

    #[test]
    fn stage_and_after_are_required_fields() {
        for field in ["stage = 1\n", "after = []\n"] {
            let text = format!(
                "format_version = 1\narea = \"linalg\"\n{}",
                entry("la.a", "la.inverse", 2).replace(field, "")
            );
            let e = Catalog::from_sources(&[("t.toml", &text)], SYL).unwrap_err();
            let name = field.split(' ').next().unwrap();
            assert!(e.to_string().contains(name), "{e}");
        }
    }

    #[test]
    fn the_embedded_path_starts_every_area_and_orders_the_examples() {
        let c = Catalog::embedded().unwrap();
        assert_eq!(c.path_problems(), Vec::<String>::new());
        let stage = |id: &str| c.get(id).unwrap().stage;
        let chain = [
            "la.dot_product",
            "la.inverse",
            "la.eigenvalues",
            "la.singular_values",
        ];
        assert!(
            chain.windows(2).all(|w| stage(w[0]) < stage(w[1])),
            "{chain:?}"
        );
        assert_eq!(stage("la.vector_arithmetic"), 1);
        assert!(
            c.get("calc.chain_rule")
                .unwrap()
                .after
                .contains(&"calc.derivative_rules".into())
        );
        // A prerequisite may lie in another area.
        assert!(
            c.get("ml.normal_equations")
                .unwrap()
                .after
                .contains(&"la.inverse".into())
        );
        for area in c.areas() {
            let starts = c
                .kinds
                .iter()
                .filter(|k| k.area == area && k.stage == 1 && k.after.is_empty())
                .count();
            assert!(starts >= 2, "{area} has {starts} starting kinds");
        }
    }

    fn catalog(body: &str) -> Catalog {
        let text = format!("format_version = 1\narea = \"linalg\"\n{body}");
        Catalog::from_sources(&[("t.toml", &text)], SYL).unwrap()
    }

    #[test]
    fn a_good_catalog_validates() {
        let c = catalog(&entry("la.inverse", "la.inverse", 2));
        assert_eq!(c.validate(&["la.inverse"]), Vec::<String>::new());
        assert_eq!(c.kinds[0].area, "linalg");
        assert_eq!(c.coverage()["la.inverse"], 1);
    }

    #[test]
    fn each_defect_is_reported() {
        let c = catalog(&(entry("la.a", "la.inverse", 2) + &entry("la.a", "la.nope", 1)));
        let problems = c.validate(&["la.a", "la.b"]);
        assert!(
            problems.contains(&"la.a: duplicate id".to_string()),
            "{problems:?}"
        );
        assert!(problems.contains(&"la.a: unknown topic id \"la.nope\"".to_string()));
        assert!(problems.contains(&"la.a: 1 hints, at least 2 are needed".to_string()));
        assert!(problems.contains(&"la.b: generator without a catalog entry".to_string()));
        let c = catalog(&entry("la.c", "la.inverse", 2));
        assert_eq!(
            c.validate(&[]),
            vec!["la.c: catalog entry without a generator".to_string()]
        );
    }

    #[test]
    fn answer_types_may_change_with_the_level() {
        let body = entry("la.inverse", "la.inverse", 2)
            .replace("levels = [1]", "levels = [1, 3]")
            .replace("answer = \"matrix\"", "answer = [\"vector\", \"number\"]");
        let c = catalog(&body);
        assert_eq!(c.validate(&["la.inverse"]), Vec::<String>::new());
        let k = &c.kinds[0];
        assert_eq!(k.answer_at(1), Some("vector"));
        assert_eq!(k.answer_at(3), Some("number"));
        assert_eq!(k.answer_at(2), None);
        assert_eq!(k.answer_summary(), "vector or number");

        let short = catalog(&body.replace("[\"vector\", \"number\"]", "[\"vector\"]"));
        assert!(short.validate(&["la.inverse"])[0].contains("1 answer types for 2 levels"));
        let same = catalog(&body.replace("\"number\"]", "\"vector\"]"));
        assert!(same.validate(&["la.inverse"])[0].contains("write answer = \"vector\""));
        let unknown = catalog(&body.replace("\"number\"]", "\"vector|numbr\"]"));
        assert!(unknown.validate(&["la.inverse"])[0].contains("unknown answer type \"numbr\""));
        let either = catalog(&body.replace("\"number\"]", "\"vector|number\"]"));
        assert_eq!(either.validate(&["la.inverse"]), Vec::<String>::new());
        assert_eq!(either.kinds[0].answer_at(3), Some("vector|number"));
        assert_eq!(either.kinds[0].answer_summary(), "vector or number");
    }

    #[test]
    fn a_kind_needs_a_known_area_and_a_topic_of_it() {
        let c = catalog(&entry("la.inverse", "la.inverse", 2));
        assert_eq!(c.area_topics("linalg"), vec!["la.inverse"]);
        assert!(c.area_topics("prob").is_empty());
        let text = format!(
            "format_version = 1\narea = \"prob\"\n{}",
            entry("prob.x", "la.inverse", 2)
        );
        let c = Catalog::from_sources(&[("t.toml", &text)], SYL).unwrap();
        assert_eq!(
            c.validate(&["prob.x"]),
            vec!["prob.x: none of its topics is a topic of its area prob".to_string()]
        );
        let text = text.replace("area = \"prob\"", "area = \"probability\"");
        let c = Catalog::from_sources(&[("t.toml", &text)], SYL).unwrap();
        assert!(c.validate(&["prob.x"])[0].contains("unknown area \"probability\""));
    }

    #[test]
    fn wrong_format_version_and_unknown_fields_are_errors() {
        let bad = "format_version = 2\narea = \"x\"\n";
        assert!(Catalog::from_sources(&[("t.toml", bad)], SYL).is_err());
        let typo = format!(
            "format_version = 1\narea = \"x\"\n{}hint = []\n",
            entry("la.a", "la.inverse", 2)
        );
        assert!(Catalog::from_sources(&[("t.toml", &typo)], SYL).is_err());
    }
}
