//! Reading a draft's prompt back in the family's tests, so that answers are checked against an
//! independent computation from what the learner sees, not from the generator's values.

use crate::engine::{Draft, Piece};

/// The numbers of a comma-separated list as printed (`2, −1.5, 7`).
pub fn parse_list(s: &str) -> Vec<f64> {
    s.split(',')
        .map(|t| {
            t.trim()
                .replace('−', "-")
                .parse::<f64>()
                .unwrap_or_else(|e| panic!("{t:?} in {s:?}: {e}"))
        })
        .collect()
}

/// The math pieces of prompt line `line`, joined and read as a list of numbers.
pub fn prompt_numbers(d: &Draft, line: usize) -> Vec<f64> {
    let text: String = d.prompt[line]
        .0
        .iter()
        .filter_map(|p| match p {
            Piece::Math(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    parse_list(&text)
}

/// The whole text of prompt line `line`, pieces joined.
pub fn prompt_text(d: &Draft, line: usize) -> String {
    d.prompt[line]
        .0
        .iter()
        .map(|p| match p {
            Piece::Text(s) | Piece::Math(s) => s.clone(),
            Piece::Value(v) => v.to_text(),
        })
        .collect()
}

/// The names of the named mistakes a kind gives at `level` over the first `seeds` seeds.
pub fn mistake_names(
    ex: &dyn crate::engine::Exercise,
    level: u8,
    seeds: u64,
) -> std::collections::BTreeSet<&'static str> {
    (0..seeds)
        .flat_map(|seed| {
            crate::exercises::common::testing::draw(ex, level, seed)
                .0
                .mistakes
        })
        .map(|m| m.name)
        .collect()
}
