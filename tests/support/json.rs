//! Reading the numbers of a reference file (`tests/data/*.json`): a flat list, or nested lists
//! flattened row by row. Anything else fails the test.

use serde_json::Value as Json;

/// The numbers of a flat JSON list `[1.5, 2, …]`.
pub fn floats(j: &Json) -> Vec<f64> {
    j.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect()
}

/// Every number of a number or of nested lists, in order (a matrix row by row).
pub fn flatten(j: &Json) -> Vec<f64> {
    match j {
        Json::Array(items) => items.iter().flat_map(flatten).collect(),
        Json::Number(n) => vec![n.as_f64().unwrap()],
        other => panic!("unexpected {other}"),
    }
}
