//! The calculator's probability and statistics functions against scipy, numpy and sklearn: every
//! case in `tests/data/calc_stats_reference.json` (made by `tests/data/calc_stats_reference.py`)
//! must agree to 1e-9 relative (or the case's own `tol`: p-values of t tests at 1e-8, where the
//! incomplete beta is summed differently), with a floor of 1e-300 so tails far below 1 are compared
//! relatively, not absolutely; `error` cases must be refused with a message.

use mathdrill::expr::{Value, parse_value};
use serde_json::Value as Json;

mod support;

#[test]
fn every_case_agrees_with_scipy_numpy_and_sklearn() {
    let data: Json = serde_json::from_str(include_str!("data/calc_stats_reference.json")).unwrap();
    let cases = data["cases"].as_array().unwrap();
    assert!(cases.len() > 250, "{}", cases.len());
    support::calculator_cases::assert_cases_agree(cases, "scipy", true);
}

#[test]
fn answers_may_not_call_statistics_or_name_data() {
    use mathdrill::expr::{AnswerError, parse_answer};
    for input in [
        "normcdf(1.96)",
        "mean([1, 2, 3])",
        "tinv(0.975, 9)",
        "2*var([1, 2])",
        "iris.petal_length",
        "1 + mean(iris.sepal_width)",
    ] {
        assert!(
            matches!(parse_answer(input), Err(AnswerError::Computation { .. })),
            "{input}"
        );
    }
}

#[test]
fn data_set_columns_are_vectors_of_their_rows() {
    let v = parse_value("iris.petal_width").unwrap();
    assert!(matches!(&v, Value::Vector(xs) if xs.len() == 150), "{v:?}");
    // Named by the registry: an unknown column names the valid ones.
    let e = parse_value("iris.petal").unwrap_err().to_string();
    assert!(e.contains("petal_length"), "{e}");
}

#[test]
fn exact_binomial_arguments_give_the_exact_fraction_or_fall_back_to_f64() {
    // The fractions by hand (Python's fractions.Fraction): C(n, k)·aᵏ·(d − a)ⁿ⁻ᵏ/dⁿ.
    for (expr, fraction) in [
        ("binompmf(3, 10, 1/2)", "15/128"),
        ("binomcdf(3, 10, 1/2)", "11/64"),
        ("binompmf(2, 6, 5/6)", "125/15552"),
        ("binomcdf(2, 6, 5/6)", "203/23328"),
        ("binompmf(7, 20, 1/3)", "211681280/1162261467"),
        ("binomcdf(7, 20, 1/3)", "768802816/1162261467"),
        ("binomcdf(3, 10, 0.5)", "11/64"),
    ] {
        let v = parse_value(expr).unwrap();
        assert_eq!(v.to_text(), fraction, "{expr}");
    }
    // 5³⁰ and 2¹⁰⁰⁰ are no i64: the f64 value (checked against scipy in the cases above).
    for expr in [
        "binompmf(12, 30, 2/5)",
        "binompmf(500, 1000, 1/2)",
        "binomcdf(500, 1000, 1/2)",
    ] {
        match parse_value(expr).unwrap() {
            Value::Scalar(s) => assert!(!s.is_exact() && s.to_f64() > 0.0, "{expr}: {s:?}"),
            other => panic!("{expr}: {other:?}"),
        }
    }
}
