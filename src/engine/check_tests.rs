//! `check` on synthetic problems of every answer type: acceptance, named mistakes (also of
//! another type than the answer), shape errors, generic feedback and the "read as" echo.

use super::answer::{AnswerSpec, Domain, Equivalence};
use super::check::{CheckError, check};
use super::problem::{Mistake, Problem};
use super::tolerance::Tolerance;
use crate::expr::{Value, parse};
use crate::math::{Matrix, Scalar};

fn problem(answer: AnswerSpec, mistakes: Vec<Mistake>) -> Problem {
    Problem {
        kind: "test.kind".into(),
        level: 1,
        seed: 7,
        prompt: vec![],
        answer,
        solution: vec![],
        hints: vec![],
        mistakes,
    }
}

fn ok(p: &Problem, input: &str) -> bool {
    check(p, input)
        .unwrap_or_else(|e| panic!("{input}: {e}"))
        .correct
}

const T: Tolerance = Tolerance {
    rel: 5e-4,
    abs: 1e-9,
};

#[test]
fn scalars_accept_every_exact_and_rounded_form() {
    let p = problem(AnswerSpec::scalar(Scalar::frac(1, 3)), vec![]);
    for good in ["1/3", "0.3333", "2/6", "1/3 + 0", "(1/3)", "33.33%"] {
        assert!(ok(&p, good), "{good}");
    }
    for bad in ["0.33", "0.3367", "-1/3", "3"] {
        assert!(!ok(&p, bad), "{bad}");
    }
    assert!(check(&p, "-1/3").unwrap().feedback.contains("sign"));
    assert!(
        check(&p, "0.335")
            .unwrap()
            .feedback
            .contains("4 significant figures")
    );
}

#[test]
fn mistakes_are_named_even_when_of_another_type() {
    let m1 = Mistake::new("sum", Scalar::int(9), "You added instead of multiplying.");
    let m2 = Mistake::new(
        "vector",
        Value::Vector(vec![2.into(), 6.into()]),
        "Add the products up.",
    );
    let p = problem(AnswerSpec::scalar(Scalar::int(8)), vec![m1, m2]);
    let v = check(&p, "9").unwrap();
    assert_eq!(
        (v.correct, v.mistake, v.feedback.as_str()),
        (false, Some("sum"), "You added instead of multiplying.")
    );
    let v = check(&p, "[2, 6]").unwrap();
    assert_eq!(v.mistake, Some("vector"));
    assert!(matches!(check(&p, "[2, 7]"), Err(CheckError::Shape(_))));
}

#[test]
fn unreadable_and_wrong_type_answers_are_errors() {
    let p = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[1, 2], [3, 4]])),
        vec![],
    );
    let e = check(&p, "[[1, 2").unwrap_err().to_string();
    assert!(
        e.contains('^') && e.starts_with("cannot read this answer"),
        "{e}"
    );
    let e = check(&p, "[1, 2, 3]").unwrap_err().to_string();
    assert_eq!(
        e,
        "this answer is a vector of length 3, but a 2×2 matrix is expected"
    );
    assert!(check(&p, "1/0").is_err());
    assert!(check(&p, "").is_err());
}

#[test]
fn matrices_name_wrong_entries_and_spot_the_transpose() {
    let p = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[1, 2], [3, 4]])),
        vec![],
    );
    assert!(ok(&p, "[1 2; 3 4]") && ok(&p, "[[1,2],[3,4]]"));
    let v = check(&p, "[1 2; 3 5]").unwrap();
    assert_eq!(v.score, 0.75);
    assert!(v.feedback.contains("(2,2)"), "{}", v.feedback);
    assert!(
        check(&p, "[1 3; 2 4]")
            .unwrap()
            .feedback
            .contains("transpose")
    );
}

#[test]
fn vectors_accept_rows_columns_and_tuples() {
    let p = problem(
        AnswerSpec::entrywise(Value::Vector(vec![1.into(), Scalar::frac(-1, 2)])),
        vec![],
    );
    for good in ["[1, -1/2]", "(1, -0.5)", "[1; -0.5]", "[1 -1/2]"] {
        assert!(ok(&p, good), "{good}");
    }
    assert!(!ok(&p, "[1, 1/2]"));
}

#[test]
fn sets_are_unordered_multisets() {
    let set = |xs: &[i64]| Value::Set(xs.iter().map(|&x| Value::Scalar(x.into())).collect());
    let p = problem(
        AnswerSpec::with(set(&[3, -1, -1]), Equivalence::UnorderedSet(T)),
        vec![],
    );
    assert!(ok(&p, "{-1, 3, -1}") && ok(&p, "[3, -1, -1]"));
    assert!(!ok(&p, "{-1, 3}"));
    let p = problem(
        AnswerSpec::with(set(&[5]), Equivalence::UnorderedSet(T)),
        vec![],
    );
    assert!(ok(&p, "5") && ok(&p, "{5}"));
}

#[test]
fn directions_accept_any_nonzero_multiple() {
    let p = problem(
        AnswerSpec::with(
            Value::Vector(vec![1.into(), (-2).into()]),
            Equivalence::Direction(T),
        ),
        vec![],
    );
    assert!(ok(&p, "[1, -2]") && ok(&p, "[-3, 6]") && ok(&p, "[0.5, -1]"));
    assert!(!ok(&p, "[0, 0]") && !ok(&p, "[2, 1]"));
}

#[test]
fn greek_variables_may_be_typed_spelled_out() {
    // The expected formula is written with the letter; the domain is declared spelled out.
    let expected = Value::Formula(parse("λ^2 - 5λ + 6").unwrap());
    let vars = vec![Domain::new("lambda", -5.0, 5.0)];
    assert_eq!(vars[0].var, "λ");
    let p = problem(
        AnswerSpec::with(expected, Equivalence::Formula { vars, tol: T }),
        vec![],
    );
    assert!(ok(&p, "lambda^2 - 5*lambda + 6"));
    assert!(ok(&p, "(λ - 2)(lambda - 3)"));
    assert!(ok(&p, "λ^2 - 5λ + 6"));
    assert!(!ok(&p, "lambda^2 + 5*lambda + 6"));
}

#[test]
fn formulas_are_compared_at_random_points() {
    let expected = Value::Formula(parse("2*x*cos(x^2)").unwrap());
    let vars = vec![Domain::new("x", -2.0, 2.0)];
    let p = problem(
        AnswerSpec::with(
            expected.clone(),
            Equivalence::Formula {
                vars: vars.clone(),
                tol: T,
            },
        ),
        vec![],
    );
    assert!(ok(&p, "2x cos(x^2)") && ok(&p, "cos(x^2)*x*2"));
    assert!(!ok(&p, "2x sin(x^2)") && !ok(&p, "cos(x^2)"));
    assert!(
        check(&p, "2x cos(x^2) + 1")
            .unwrap()
            .feedback
            .contains("constant")
    );
    let anti = problem(
        AnswerSpec::with(
            Value::Formula(parse("sin(x^2)").unwrap()),
            Equivalence::Antiderivative { vars, tol: T },
        ),
        vec![],
    );
    assert!(ok(&anti, "sin(x^2) + 5") && !ok(&anti, "cos(x^2)"));
    let half = problem(
        AnswerSpec::with(
            Value::Formula(parse("x/2").unwrap()),
            Equivalence::Formula {
                vars: vec![Domain::new("x", 1.0, 3.0)],
                tol: T,
            },
        ),
        vec![],
    );
    let v = check(&half, "1/2x").unwrap();
    assert!(v.correct);
    assert_eq!(v.reading.as_deref(), Some("read as (1/2)·x"));
}

#[test]
fn yes_no_and_letter_choices() {
    let p = problem(
        AnswerSpec::with(Value::Bool(true), Equivalence::Exact),
        vec![],
    );
    assert!(ok(&p, "yes") && ok(&p, "y") && ok(&p, "true"));
    assert!(!ok(&p, "no") && !ok(&p, "n"));
    assert!(check(&p, "3").is_err());
    let p = problem(
        AnswerSpec::with(Value::Choice('b'), Equivalence::Exact),
        vec![],
    );
    assert!(ok(&p, "b") && ok(&p, "B"));
    assert!(!ok(&p, "c"));
    assert!(check(&p, "bc").is_err());
}

#[test]
fn integers_must_be_exact_integers() {
    let p = problem(AnswerSpec::integer(-22), vec![]);
    assert!(ok(&p, "-22") && ok(&p, "-44/2"));
    assert!(!ok(&p, "-22.0001") && !ok(&p, "22"));
}

#[test]
fn intervals_compare_endpoints() {
    let iv = Value::Tuple(vec![
        Value::Scalar(Scalar::frac(3, 25)),
        Value::Scalar(Scalar::frac(12, 25)),
    ]);
    let p = problem(AnswerSpec::with(iv, Equivalence::Interval(T)), vec![]);
    assert!(ok(&p, "(0.12, 0.48)") && ok(&p, "[0.12, 0.48]"));
    assert!(!ok(&p, "(0.48, 0.12)") && !ok(&p, "(0.12, 0.5)"));
    assert!(check(&p, "0.12").is_err());
}

#[test]
fn spans_accept_any_basis() {
    let v = |xs: &[i64]| Value::Vector(xs.iter().map(|&x| Scalar::int(x)).collect());
    let plane = Value::Set(vec![v(&[1, 0, 2]), v(&[0, 1, -1])]);
    let p = problem(AnswerSpec::with(plane, Equivalence::Span(T)), vec![]);
    assert!(ok(&p, "{[1, 0, 2], [0, 1, -1]}") && ok(&p, "{[1, 1, 1], [-1, 1, -3]}"));
    assert!(!ok(&p, "{[1, 0, 2]}"));
    assert!(
        check(&p, "[[1, 0, 2], [0, 1, -1]]").is_err(),
        "a matrix is not read as a set of vectors"
    );
    let line = problem(
        AnswerSpec::with(Value::Set(vec![v(&[2, -1, 1])]), Equivalence::Span(T)),
        vec![],
    );
    assert!(ok(&line, "[-4, 2, -2]") && ok(&line, "{[2, -1, 1]}"));
}
