//! Symbolic differentiation and the calculator's calculus functions against sympy: every case
//! of `tests/data/calculus_reference.json` (made by `tests/data/calculus_reference.py`).
//!
//! - derivatives: the library's derivative (`symbolic::derivative`), the dual-number derivative
//!   (`dual::derivative_at`) and the calculator's `diff(f, x, a)` each agree with sympy's value at
//!   every point to 1e-9 relative; sympy's derivative formula, read by the answer language, agrees
//!   with the library's at the points; the library's derivative printed with `pretty` reads back
//!   to the same values;
//! - gradients, Jacobians, Hessians: the calculator's `grad`, `jacobian`, `hessian` agree with
//!   sympy's matrices entry by entry to 1e-9 relative to the largest entry.

use mathdrill::expr::{Expr, Value, eval_at, parse, parse_value};
use mathdrill::math::calculus::{dual, symbolic};
use serde_json::Value as Json;

mod support;
use support::json::flatten;

const TOL: f64 = 1e-9;

fn reference() -> Json {
    let text = std::fs::read_to_string("tests/data/calculus_reference.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

fn close(got: f64, want: f64, scale: f64) -> bool {
    (got - want).abs() <= TOL * scale.max(want.abs()).max(1e-300) || got == want
}

fn value_at(e: &Expr, point: &[(&str, f64)]) -> f64 {
    eval_at(e, point).unwrap_or_else(|err| panic!("{e} at {point:?}: {err}"))
}

#[test]
fn derivatives_agree_with_sympy() {
    let data = reference();
    let cases = data["derivatives"].as_array().unwrap();
    assert!(cases.len() >= 40, "{} derivatives", cases.len());
    for case in cases {
        let f = parse(case["f"].as_str().unwrap()).unwrap();
        let var = case["var"].as_str().unwrap();
        let sympy = parse(case["derivative"].as_str().unwrap()).unwrap();
        let derivation = symbolic::derivative(&f, var).unwrap();
        let ours = &derivation.result;
        let shown = parse(&symbolic::pretty(ours))
            .unwrap_or_else(|e| panic!("{}: {e}", symbolic::pretty(ours)));
        let fixed: Vec<(String, f64)> = case["fixed"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_f64().unwrap()))
            .collect();
        let points = case["points"].as_array().unwrap();
        let values = case["values"].as_array().unwrap();
        for (p, want) in points.iter().zip(values) {
            let (p, want) = (p.as_f64().unwrap(), want.as_f64().unwrap());
            let mut point: Vec<(&str, f64)> = fixed.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            point.push((var, p));
            let what = format!("d/d{var} {f} at {point:?}: ours {ours}, sympy {sympy}");
            let symbolic_value = value_at(ours, &point);
            assert!(
                close(symbolic_value, want, 0.0),
                "{what}: {symbolic_value} vs {want}"
            );
            let dual_value = dual::derivative_at(&f, var, &point).unwrap();
            assert!(
                close(dual_value, want, 0.0),
                "dual {what}: {dual_value} vs {want}"
            );
            let sympy_value = value_at(&sympy, &point);
            assert!(
                close(sympy_value, want, 0.0),
                "sympy's formula read back: {what}"
            );
            // Pretty output rounds real coefficients to 6 digits; the formulas here have none.
            let shown_value = value_at(&shown, &point);
            assert!(
                close(shown_value, want, 0.0),
                "pretty {what}: {shown_value}"
            );
            if fixed.is_empty() {
                let input = format!("diff({}, {var}, {p:e})", case["f"].as_str().unwrap());
                match parse_value(&input).unwrap() {
                    Value::Scalar(s) => assert!(close(s.to_f64(), want, 0.0), "{input}"),
                    other => panic!("{input}: {other:?}"),
                }
            }
        }
    }
}

fn entries(v: &Value) -> Vec<f64> {
    match v {
        Value::Vector(xs) => xs.iter().map(|x| x.to_f64()).collect(),
        Value::Matrix(m) => m.entries().iter().map(|x| x.to_f64()).collect(),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn gradients_jacobians_and_hessians_agree_with_sympy() {
    let data = reference();
    for section in ["gradients", "jacobians", "hessians"] {
        let cases = data[section].as_array().unwrap();
        assert!(cases.len() >= 5, "{section}");
        for case in cases {
            let input = case["expr"].as_str().unwrap();
            let value = parse_value(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            if section == "gradients" {
                assert!(matches!(value, Value::Vector(_)), "{input}");
            } else {
                assert!(matches!(value, Value::Matrix(_)), "{input}");
                let rows = case["value"].as_array().unwrap();
                let Value::Matrix(m) = &value else {
                    unreachable!()
                };
                assert_eq!(m.nrows(), rows.len(), "{input}");
            }
            let want = flatten(&case["value"]);
            let got = entries(&value);
            assert_eq!(got.len(), want.len(), "{input}");
            let scale = want.iter().fold(1.0f64, |m, x| m.max(x.abs()));
            for (g, w) in got.iter().zip(&want) {
                assert!(close(*g, *w, scale), "{input}: {got:?} vs {want:?}");
            }
        }
    }
}
