//! The calculator against numpy: every case in `tests/data/calc_reference.json` (made by
//! `tests/data/calc_reference.py`) must agree to 1e-9, relative to the size of the result.

use mathdrill::expr::{Value, parse_value};
use serde_json::Value as Json;

fn flatten(j: &Json, out: &mut Vec<f64>) {
    match j {
        Json::Array(items) => items.iter().for_each(|i| flatten(i, out)),
        Json::Number(n) => out.push(n.as_f64().unwrap()),
        other => panic!("unexpected {other}"),
    }
}

fn numbers(v: &Value) -> (&'static str, Vec<f64>) {
    match v {
        Value::Scalar(s) => ("number", vec![s.to_f64()]),
        Value::Vector(xs) => ("vector", xs.iter().map(|x| x.to_f64()).collect()),
        Value::Matrix(m) => ("matrix", m.entries().iter().map(|x| x.to_f64()).collect()),
        other => panic!("unexpected value {other:?}"),
    }
}

#[test]
fn calc_agrees_with_numpy() {
    let data: Json = serde_json::from_str(include_str!("data/calc_reference.json")).unwrap();
    let cases = data["cases"].as_array().unwrap();
    assert!(cases.len() >= 90);
    for case in cases {
        let expr = case["expr"].as_str().unwrap();
        let got = parse_value(expr).unwrap_or_else(|e| panic!("{expr}: {}", e.render(expr)));
        let (kind, got) = numbers(&got);
        assert_eq!(kind, case["type"].as_str().unwrap(), "{expr}");
        let mut want = Vec::new();
        flatten(&case["value"], &mut want);
        assert_eq!(got.len(), want.len(), "{expr}");
        let scale = want.iter().fold(1.0f64, |m, x| m.max(x.abs()));
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() <= 1e-9 * scale, "{expr}: got {g}, numpy {w}");
        }
    }
}
