//! The named mistakes a learner makes most often, per kind: "you computed BA instead of AB
//! 4 times; last on 3 December". Every attempt that carries a named mistake counts once
//! (an attempt records the mistake of its last wrong answer, also when a retry then succeeded).

use super::model::Attempt;
use std::collections::BTreeMap;

/// One named mistake at one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MistakeCount {
    /// The mistake's name, as the checker named it.
    pub name: String,
    pub count: u32,
    /// When it was last made (Unix ms).
    pub last: i64,
}

/// By kind, the named mistakes made, most frequent first (ties: the most recent first, then by
/// name). Kinds without a named mistake are absent.
pub fn frequent_mistakes(attempts: &[Attempt]) -> BTreeMap<String, Vec<MistakeCount>> {
    let mut counts: BTreeMap<(&str, &str), (u32, i64)> = BTreeMap::new();
    for a in attempts {
        let Some(name) = a.mistake.as_deref().filter(|m| !m.trim().is_empty()) else {
            continue;
        };
        let c = counts
            .entry((a.kind.as_str(), name))
            .or_insert((0, i64::MIN));
        c.0 = c.0.saturating_add(1);
        c.1 = c.1.max(a.at);
    }
    let mut out: BTreeMap<String, Vec<MistakeCount>> = BTreeMap::new();
    for ((kind, name), (count, last)) in counts {
        out.entry(kind.to_string()).or_default().push(MistakeCount {
            name: name.to_string(),
            count,
            last,
        });
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| {
            (b.count, b.last)
                .cmp(&(a.count, a.last))
                .then_with(|| a.name.cmp(&b.name))
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::on_day;

    fn with(kind: &str, day: i64, mistake: Option<&str>) -> Attempt {
        Attempt {
            mistake: mistake.map(String::from),
            ..on_day(kind, 1, day, 0, false)
        }
    }

    #[test]
    fn most_frequent_first_with_the_last_time() {
        let history = vec![
            with("la.product", 0, Some("ba_instead_of_ab")),
            with("la.product", 1, Some("elementwise")),
            with("la.product", 2, Some("ba_instead_of_ab")),
            with("la.product", 3, None),
            with("la.product", 4, Some("ba_instead_of_ab")),
            with("la.product", 5, Some("transposed")),
            with("la.product", 6, Some("elementwise")),
            with("la.inverse", 2, Some("transposed")),
            with("la.inverse", 3, Some("  ")),
            with("la.dot", 3, None),
        ];
        let m = frequent_mistakes(&history);
        assert_eq!(m.keys().collect::<Vec<_>>(), ["la.inverse", "la.product"]);
        let rows: Vec<(&str, u32, i64)> = m["la.product"]
            .iter()
            .map(|c| (c.name.as_str(), c.count, c.last))
            .collect();
        let at = |d| on_day("x", 1, d, 0, true).at;
        assert_eq!(
            rows,
            [
                ("ba_instead_of_ab", 3, at(4)),
                ("elementwise", 2, at(6)),
                ("transposed", 1, at(5))
            ]
        );
        assert_eq!(
            m["la.inverse"],
            vec![MistakeCount {
                name: "transposed".into(),
                count: 1,
                last: at(2)
            }]
        );
    }

    #[test]
    fn ties_go_to_the_most_recent_then_the_name() {
        let history = vec![
            with("k", 0, Some("b")),
            with("k", 1, Some("a")),
            with("k", 1, Some("c")),
        ];
        let names: Vec<String> = frequent_mistakes(&history)["k"]
            .iter()
            .map(|c| c.name.clone())
            .collect();
        assert_eq!(names, ["a", "c", "b"]);
        assert!(frequent_mistakes(&[]).is_empty());
    }
}
