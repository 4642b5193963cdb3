//! The calculator's ML functions (`softmax`, `logsumexp`, `sigmoid`, `mse`, `mae`, `bce`, `cce`,
//! `ridge`, `lstsq`) against scipy, numpy and sklearn: every case of the "calc" part of
//! `tests/data/ml_reference.json` (made by `tests/data/ml_reference.py`) must agree to 1e-9
//! relative (or the case's `tol`: 1e-8 for fits of synthetic sets scaled by 1e3 and 1e-3), with a
//! floor of 1e-300 so values far below 1 are compared relatively; `error` cases must be refused
//! with a message. Includes `ridge` and `lstsq` on the Iris columns, softmax and log-sum-exp at
//! entries in the thousands and at 1e±150, and log loss at clipped probabilities.

use mathdrill::expr::{AnswerError, parse_answer, parse_value};
use serde_json::Value as Json;

mod support;

#[test]
fn every_case_agrees_with_scipy_numpy_and_sklearn() {
    let data: Json = serde_json::from_str(include_str!("data/ml_reference.json")).unwrap();
    let cases = data["calc"].as_array().unwrap();
    assert!(cases.len() > 80, "{}", cases.len());
    support::calculator_cases::assert_cases_agree(cases, "reference", false);
}

#[test]
fn errors_say_what_is_wrong_and_how_to_call() {
    for (expr, says) in [
        ("lstsq([1 2; 2 4; 3 6], [1, 2, 4])", "linearly dependent"),
        ("lstsq([1 2; 3 4], [1, 2])", "at least 3 rows"),
        (
            "ridge([1 2; 3 4; 5 7], [1, 2, 3], -1)",
            "α must be a number ≥ 0",
        ),
        ("bce([1, 0], [1.2, 0.5])", "in [0, 1]"),
        ("cce([0, 3], [0.7 0.3; 0.4 0.6])", "class index"),
        ("cce([0, 1], [0.7 0.3 0.1; 0.4 0.6 0])", "summing to 1"),
        ("cce([0.5, 1], [0.7 0.3; 0.4 0.6])", "counting from 0"),
        ("cce([0, 1], [0.7, 0.3])", "one-hot rows"),
        ("mse([1, 2], [1, 2, 3])", "lengths differ"),
        ("softmax(3)", "softmax([z1, z2, …])"),
    ] {
        let e = parse_value(expr).unwrap_err().to_string();
        assert!(e.contains(says), "{expr}: {e}");
    }
}

#[test]
fn sigmoid_keeps_its_exact_half_and_answers_may_not_call_ml_functions() {
    assert_eq!(parse_value("sigmoid(0)").unwrap().to_text(), "1/2");
    for input in [
        "softmax([1, 2])",
        "logsumexp([1, 2])",
        "sigmoid(1)",
        "mse([1], [2])",
        "lstsq([0, 1, 2], [1, 3, 4])",
        "ridge([0, 1, 2], [1, 3, 4], 1)",
    ] {
        assert!(
            matches!(parse_answer(input), Err(AnswerError::Computation { .. })),
            "{input}"
        );
    }
}
