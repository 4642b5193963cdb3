//! The calculator-reference harness: every case of a reference file (made by a script under
//! `tests/data/` with scipy, numpy or sklearn) evaluated with the calculator and compared.
//!
//! A case is `{"expr": …, "value": number or list}` (with an optional `"tol"`, 1e-9 relative by
//! default, floored at 1e-300 so values far below 1 are compared relatively, not absolutely),
//! or `{"expr": …, "error": true}`: the calculator must refuse it with a message.

use mathdrill::expr::{Value, parse_value};
use serde_json::Value as Json;

/// Asserts that every case agrees with `source` (the reference's name in failure messages:
/// `scipy`); a value that is a set is read as its numbers only where `sets` allows it, anything
/// but a number or a vector (or set) fails the test.
pub fn assert_cases_agree(cases: &[Json], source: &str, sets: bool) {
    let mut failures = Vec::new();
    for case in cases {
        let expr = case["expr"].as_str().unwrap();
        let got = parse_value(expr);
        if case["error"].as_bool() == Some(true) {
            match got {
                Err(e) => assert!(!e.to_string().is_empty(), "{expr}"),
                Ok(v) => failures.push(format!("{expr}: expected an error, got {v:?}")),
            }
            continue;
        }
        let want: Vec<f64> = match &case["value"] {
            Json::Array(items) => items.iter().map(|x| x.as_f64().unwrap()).collect(),
            x => vec![x.as_f64().unwrap()],
        };
        let tol = case["tol"].as_f64().unwrap_or(1e-9);
        match got {
            Err(e) => failures.push(format!("{expr}: error {e}")),
            Ok(v) => {
                let got = numbers(&v, sets);
                let close = got.len() == want.len()
                    && got
                        .iter()
                        .zip(&want)
                        .all(|(g, w)| g.is_finite() && (g - w).abs() <= tol * w.abs().max(1e-300));
                if !close {
                    failures.push(format!("{expr}: got {got:?}, {source} {want:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The numbers of a calculator value: a number, a vector's entries, a set's elements (where
/// `sets` allows a set; each element a number).
fn numbers(v: &Value, sets: bool) -> Vec<f64> {
    match v {
        Value::Scalar(s) => vec![s.to_f64()],
        Value::Vector(xs) => xs.iter().map(|x| x.to_f64()).collect(),
        Value::Set(items) if sets => items
            .iter()
            .map(|i| match i {
                Value::Scalar(s) => s.to_f64(),
                other => panic!("unexpected set element {other:?}"),
            })
            .collect(),
        other => panic!("unexpected value {other:?}"),
    }
}
