//! The numerical calculus library against scipy, numpy and sympy: every case in
//! `tests/data/calculus_numeric_reference.json` (made by
//! `tests/data/calculus_numeric_reference.py`). Integrals and limits are formulas in the answer
//! language, evaluated through the parser, as the calculator evaluates them.
//!
//! Tolerances: the adaptive integrator aims at 1e-10 relative, so integrals must agree to 1e-9
//! (relative to max(1, |value|), or to |value| for values far from 1); numerical limits by
//! Richardson extrapolation to 1e-6 (hard cases such as `(cos x − 1 + x²/2)/x⁴` lose digits to
//! cancellation); the fixed rules on tables to 1e-12; Gauss–Legendre nodes and weights to 1e-13.

use mathdrill::expr::{eval_at, parse};
use mathdrill::math::calculus::limits::limit;
use mathdrill::math::calculus::quadrature::{
    GaussLegendre, integrate, simpson_values, trapezoid_values,
};
use serde_json::Value as Json;

mod support;
use support::json::floats;

fn data() -> Json {
    let text = include_str!("data/calculus_numeric_reference.json");
    serde_json::from_str(text).unwrap()
}

fn point(j: &Json) -> f64 {
    match j {
        Json::String(s) if s == "inf" => f64::INFINITY,
        Json::String(s) if s == "-inf" => f64::NEG_INFINITY,
        other => other.as_f64().unwrap(),
    }
}

/// The formula as a function of x: NaN where it is undefined.
fn function(text: &str) -> impl Fn(f64) -> f64 {
    let e = parse(text).unwrap_or_else(|err| panic!("{text}: {err}"));
    move |x| eval_at(&e, &[("x", x)]).unwrap_or(f64::NAN)
}

#[test]
fn integrals_agree_with_scipy_and_sympy() {
    let d = data();
    let cases = d["integrals"].as_array().unwrap();
    assert!(cases.len() >= 15);
    for c in cases {
        let text = c["f"].as_str().unwrap();
        let (a, b, want) = (point(&c["a"]), point(&c["b"]), c["value"].as_f64().unwrap());
        let got = match integrate(&function(text), a, b) {
            Ok(v) => v,
            Err(_) if c["may_refuse"].as_bool() == Some(true) => continue,
            Err(e) => panic!("∫ {text} from {a} to {b}: {e}"),
        };
        let scale = if want.abs() > 1e3 || want.abs() < 1e-3 {
            want.abs()
        } else {
            want.abs().max(1.0)
        };
        let tol = c["tol"].as_f64().unwrap_or(1e-9);
        assert!(
            (got - want).abs() <= tol * scale,
            "∫ {text} from {a} to {b}: {got} against {want}"
        );
    }
}

#[test]
fn divergent_integrals_are_refused() {
    let d = data();
    for c in d["divergent"].as_array().unwrap() {
        let text = c["f"].as_str().unwrap();
        let (a, b) = (point(&c["a"]), point(&c["b"]));
        let got = integrate(&function(text), a, b);
        assert!(
            got.is_err(),
            "∫ {text} from {a} to {b} diverges (sympy), got {got:?}"
        );
    }
}

#[test]
fn limits_agree_with_sympy() {
    let d = data();
    let cases = d["limits"].as_array().unwrap();
    assert!(cases.len() >= 15);
    for c in cases {
        let text = c["f"].as_str().unwrap();
        let (a, want) = (point(&c["a"]), c["value"].as_f64().unwrap());
        let got = limit(&function(text), a).unwrap_or_else(|e| panic!("lim {text} at {a}: {e}"));
        assert!(
            (got - want).abs() <= 1e-6 * want.abs().max(1.0),
            "lim {text} at {a}: {got} against {want}"
        );
    }
}

#[test]
fn limits_that_do_not_exist_are_reported() {
    let d = data();
    for c in d["no_limit"].as_array().unwrap() {
        let text = c["f"].as_str().unwrap();
        let a = point(&c["a"]);
        let got = limit(&function(text), a);
        assert!(
            got.is_err(),
            "lim {text} at {a}: sympy's one-sided limits are {} and {}, got {got:?}",
            c["left"],
            c["right"]
        );
    }
}

#[test]
fn fixed_rules_agree_with_scipy() {
    let d = data();
    for c in d["trapezoid"].as_array().unwrap() {
        let (h, ys, want) = (
            c["h"].as_f64().unwrap(),
            floats(&c["ys"]),
            c["value"].as_f64().unwrap(),
        );
        let got = trapezoid_values(h, &ys).unwrap();
        assert!(
            (got - want).abs() <= 1e-12 * want.abs().max(1.0),
            "{ys:?}: {got} vs {want}"
        );
    }
    let simpson = d["simpson"].as_array().unwrap();
    assert!(!simpson.is_empty());
    for c in simpson {
        let (h, ys, want) = (
            c["h"].as_f64().unwrap(),
            floats(&c["ys"]),
            c["value"].as_f64().unwrap(),
        );
        let got = simpson_values(h, &ys).unwrap();
        assert!(
            (got - want).abs() <= 1e-12 * want.abs().max(1.0),
            "{ys:?}: {got} vs {want}"
        );
    }
}

#[test]
fn gauss_legendre_nodes_and_weights_agree_with_numpy() {
    let d = data();
    for c in d["gauss_legendre"].as_array().unwrap() {
        let n = c["n"].as_u64().unwrap() as usize;
        let g = GaussLegendre::new(n).unwrap();
        for (got, want) in g.nodes.iter().zip(floats(&c["nodes"])) {
            assert!((got - want).abs() <= 1e-13, "n = {n}: node {got} vs {want}");
        }
        for (got, want) in g.weights.iter().zip(floats(&c["weights"])) {
            assert!(
                (got - want).abs() <= 1e-13,
                "n = {n}: weight {got} vs {want}"
            );
        }
    }
}
