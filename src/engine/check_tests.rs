//! `check` on synthetic problems of every answer type: acceptance, named mistakes (also of
//! another type than the answer), shape errors, generic feedback and the "read as" echo.

use super::answer::{AnswerSpec, Domain, Equivalence, Unit};
use super::check::{CheckError, check};
use super::kept_values::Kept;
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
        kept: Kept::default(),
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
    // Rounded to 2 figures: the feedback says so; off in the third figure: it does not claim
    // that more figures would help.
    assert_eq!(
        check(&p, "0.33").unwrap().feedback,
        "Close: that is the answer rounded to 2 significant figures; give at least 4 (or the \
         exact value)."
    );
    let v = check(&p, "0.335").unwrap();
    assert!(!v.feedback.contains("significant"), "{}", v.feedback);
    assert!(
        v.feedback.starts_with("Close, but not right"),
        "{}",
        v.feedback
    );
    let v = check(&p, "0.33367").unwrap();
    assert!(!v.feedback.contains("significant"), "{}", v.feedback);
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
    // A wrong antiderivative is judged by its derivative, never by its values (a constant may
    // be added): at x = 0 both derivatives are 0, at x = 1 they differ.
    let v = check(&anti, "-sin(x^2)").unwrap();
    assert_eq!(
        v.feedback,
        "Not quite: differentiated, it does not give back the integrand: at x = 1 its derivative \
         is −1.081, the integrand there is 1.081.",
        "{}",
        v.feedback
    );
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
fn yes_and_no_in_any_case_with_a_full_stop() {
    let yes = problem(
        AnswerSpec::with(Value::Bool(true), Equivalence::Exact),
        vec![],
    );
    let no = problem(
        AnswerSpec::with(Value::Bool(false), Equivalence::Exact),
        vec![],
    );
    for input in ["Yes", "YES", " yes ", "Yes.", "y.", "True"] {
        assert!(ok(&yes, input), "{input}");
        assert!(!ok(&no, input), "{input}");
    }
    for input in ["No", "NO", "No.", " no. ", "N"] {
        assert!(ok(&no, input), "{input}");
        assert!(!ok(&yes, input), "{input}");
    }
    let choice = problem(
        AnswerSpec::with(Value::Choice('b'), Equivalence::Exact),
        vec![],
    );
    for input in ["B", "b.", "(b)", "(B).", " b "] {
        assert!(ok(&choice, input), "{input}");
    }
    assert!(!ok(&choice, "c."));
}

fn refused(p: &Problem, input: &str) -> (String, String) {
    match check(p, input) {
        Err(e @ CheckError::Refused { .. }) => {
            let CheckError::Refused { ref message, .. } = e else {
                unreachable!()
            };
            (message.clone(), e.to_string())
        }
        other => panic!("{input}: {other:?}"),
    }
}

#[test]
fn calculator_functions_and_operations_are_refused() {
    let p = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[3, 4], [-5, -7]])),
        vec![],
    );
    let (message, text) = refused(&p, "inv([-7 -4; 5 3])");
    assert_eq!(
        message,
        "functions that compute results are for `mathdrill calc`; type the result"
    );
    assert!(
        text.ends_with("  inv([-7 -4; 5 3])\n  ^^^ inv computes a result"),
        "{text}"
    );
    for input in [
        "[-7 -4; 5 3]^-1",
        "[3 -5; 4 -7]'",
        "[3 -5; 4 -7]^T",
        "-[-3 -4; 5 7]",
        "[1 0; 0 1]*[3 4; -5 -7]",
        "[3 4; -5 -7] + 0",
    ] {
        let (message, _) = refused(&p, input);
        assert!(message.contains("mathdrill calc"), "{input}: {message}");
    }
    // Entries may be expressions with elementary functions.
    assert!(ok(&p, "[sqrt(9), abs(-4); -5, -7]"));
    // Refused before anything is evaluated: this would take seconds to compute.
    let f = problem(
        AnswerSpec::with(
            Value::Formula(parse("λ").unwrap()),
            Equivalence::Formula {
                vars: vec![Domain::new("λ", -5.0, 5.0)],
                tol: T,
            },
        ),
        vec![],
    );
    let (_, text) = refused(&f, "lambda+0*det(eye(50)^9999)");
    assert!(text.contains("det computes a result"), "{text}");
    let s = problem(AnswerSpec::scalar(Scalar::int(1)), vec![]);
    assert!(refused(&s, "round(0.7)").0.contains("mathdrill calc"));
    assert!(refused(&s, "max(0, 1)").0.contains("mathdrill calc"));
}

#[test]
fn printed_symbols_read_back() {
    let p = problem(AnswerSpec::scalar(Scalar::frac(1, 2)), vec![]);
    for input in ["2⁻¹", "½", "√2·√2/4", "1 × ½ ÷ 1", "−(−½)", "(√(3+1))⁻¹"] {
        assert!(ok(&p, input), "{input}");
    }
    let f = problem(
        AnswerSpec::with(
            Value::Formula(parse("λ^2 + λ - 42").unwrap()),
            Equivalence::Formula {
                vars: vec![Domain::new("λ", -5.0, 5.0)],
                tol: T,
            },
        ),
        vec![],
    );
    assert!(ok(&f, "λ² + λ − 42"));
    assert!(ok(&f, "(λ − 6)·(λ + 7)"));
    assert!(!ok(&f, "λ³ + λ − 42"));
}

#[test]
fn a_matrix_pasted_from_the_screen_is_read() {
    let p = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[2, -5], [-1, 3]])),
        vec![],
    );
    assert!(ok(&p, "⎡  2 −5 ⎤\n⎣ −1  3 ⎦"));
    assert!(ok(&p, "A⁻¹ = ⎡  2  −5 ⎤\n      ⎣ −1   3 ⎦"));
    assert!(!ok(&p, "⎡  2 −5 ⎤\n⎣ −1  4 ⎦"));
    let three = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[1, 1, 2], [4, 2, 5], [0, 1, 1]])),
        vec![],
    );
    assert!(ok(
        &three,
        "      ⎡ 1  1  2 ⎤\nA⁻¹ = ⎢ 4  2  5 ⎥\n      ⎣ 0  1  1 ⎦"
    ));
    let v = problem(
        AnswerSpec::entrywise(Value::Vector(vec![0.into(), 1.into(), 2.into()])),
        vec![],
    );
    assert!(ok(&v, "    ⎡ 0 ⎤\nv = ⎢ 1 ⎥\n    ⎣ 2 ⎦"));
    assert!(ok(&v, "[ 0  1  2 ]"));
    assert!(ok(&v, "x = [ 0  1  2 ]"));
    // A basis as the program prints one.
    let line = problem(
        AnswerSpec::with(
            Value::Set(vec![Value::Vector(vec![4.into(), (-2).into(), 1.into()])]),
            Equivalence::Span(T),
        ),
        vec![],
    );
    assert!(ok(&line, "{(4, −2, 1)}") && ok(&line, "(−8, 4, −2)"));
    assert!(ok(&line, "⎡  4 ⎤\n⎢ −2 ⎥\n⎣  1 ⎦"));
}

#[test]
fn degrees_are_read_in_the_unit_asked() {
    let deg = problem(
        AnswerSpec::scalar(Scalar::int(45)).in_unit(Unit::Degrees),
        vec![],
    );
    let v = check(&deg, "45°").unwrap();
    assert!(v.correct && v.reading.is_none(), "{v:?}");
    assert!(ok(&deg, "45") && ok(&deg, "90° - 45°") && !ok(&deg, "46°"));
    let rad = problem(
        AnswerSpec::scalar(Scalar::Real(std::f64::consts::FRAC_PI_4)).in_unit(Unit::Radians),
        vec![],
    );
    let v = check(&rad, "45°").unwrap();
    assert!(v.correct, "{v:?}");
    assert_eq!(v.reading.as_deref(), Some("read 45° as π/4 radians"));
    assert!(ok(&rad, "pi/4") && !ok(&rad, "45"));
    let obtuse = problem(
        AnswerSpec::scalar(Scalar::Real(2.0 * std::f64::consts::PI / 3.0)).in_unit(Unit::Radians),
        vec![],
    );
    let v = check(&obtuse, "120°").unwrap();
    assert_eq!(v.reading.as_deref(), Some("read 120° as 2π/3 radians"));
    let v = check(&obtuse, "90° + 30°").unwrap();
    assert!(v.correct);
    assert_eq!(
        v.reading.as_deref(),
        Some("read the angles in degrees (°) as radians")
    );
    let cosine = problem(AnswerSpec::scalar(Scalar::frac(1, 2)), vec![]);
    let v = check(&cosine, "cos(60°)").unwrap();
    assert!(v.correct && v.reading.is_none(), "{v:?}");
}

#[test]
fn a_formula_in_another_variable_is_refused() {
    let p = problem(
        AnswerSpec::with(
            Value::Formula(parse("λ^2 + λ - 42").unwrap()),
            Equivalence::Formula {
                vars: vec![Domain::new("lambda", -5.0, 5.0)],
                tol: T,
            },
        ),
        vec![],
    );
    for (input, typed) in [
        ("x^2 + x - 42", "x"),
        ("lamda^2 + lamda - 42", "lamda"),
        ("l^2 + l - 42", "l"),
        ("t^2 + t - 42", "t"),
        ("λ^2 + x - 42", "x"),
    ] {
        let (message, text) = refused(&p, input);
        assert_eq!(
            message,
            format!("the answer is a formula in λ; you wrote {typed}. Type λ or lambda"),
            "{input}"
        );
        assert!(
            text.contains(&format!("{typed} is not a variable")),
            "{text}"
        );
    }
    let xy = problem(
        AnswerSpec::with(
            Value::Formula(parse("x*y").unwrap()),
            Equivalence::Formula {
                vars: vec![Domain::new("x", 1.0, 2.0), Domain::new("y", 1.0, 2.0)],
                tol: T,
            },
        ),
        vec![],
    );
    assert_eq!(
        refused(&xy, "x*z").0,
        "the answer is a formula in x and y; you wrote z. Type x and y"
    );
}

#[test]
fn a_list_without_brackets_is_refused_with_the_brackets() {
    let set = problem(
        AnswerSpec::with(
            Value::Set(vec![Value::Scalar((-2).into()), Value::Scalar((-4).into())]),
            Equivalence::UnorderedSet(T),
        ),
        vec![],
    );
    let (message, text) = refused(&set, "-2, -4");
    assert_eq!(message, "a list needs its brackets: did you mean {-2, -4}?");
    assert!(text.contains('^'), "{text}");
    let vector = problem(
        AnswerSpec::entrywise(Value::Vector(vec![1.into(), 2.into()])),
        vec![],
    );
    assert_eq!(
        refused(&vector, " 1, 2 ").0,
        "a list needs its brackets: did you mean [1, 2]?"
    );
    let matrix = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[1, 2], [3, 4]])),
        vec![],
    );
    assert_eq!(
        refused(&matrix, "1 2; 3 4").0,
        "a list needs its brackets: did you mean [1 2; 3 4]?"
    );
    // Numbers separated by spaces: `3 -1` would read as 3 − 1 = 2, `3 1` not at all.
    let pair = problem(
        AnswerSpec::with(
            Value::Set(vec![Value::Scalar(3.into()), Value::Scalar((-1).into())]),
            Equivalence::UnorderedSet(T),
        ),
        vec![],
    );
    for (typed, meant) in [("3 -1", "{3, -1}"), ("3 1", "{3, 1}"), ("-1  3", "{-1, 3}")] {
        assert_eq!(
            refused(&pair, typed).0,
            format!("a list needs its brackets: did you mean {meant}?"),
            "{typed}"
        );
    }
    assert_eq!(
        refused(&vector, "1 -2").0,
        "a list needs its brackets: did you mean [1, -2]?"
    );
    // A spaced operator is a subtraction, judged as the number it is.
    assert!(matches!(
        check(&pair, "3 - 1"),
        Err(CheckError::Shape(_)) | Ok(_)
    ));
    assert!(!matches!(
        check(&pair, "3 - 1"),
        Err(CheckError::Refused { .. })
    ));
    let scalar = problem(AnswerSpec::scalar(Scalar::int(1)), vec![]);
    assert!(!check(&scalar, "3 -1").unwrap().correct);
    assert!(matches!(
        check(&scalar, "1, 2"),
        Err(CheckError::Parse { .. })
    ));
}

#[test]
fn a_near_miss_of_an_integer_says_the_answer_is_an_integer() {
    let p = problem(AnswerSpec::integer(-16), vec![]);
    for input in ["-15.9999", "-16.0001", "-15.5", "-4*sqrt(16.0000001)"] {
        let v = check(&p, input).unwrap();
        assert!(!v.correct && v.score < 1.0, "{input}");
        assert!(
            v.feedback.contains("exact integer"),
            "{input}: {}",
            v.feedback
        );
        assert!(
            !v.feedback.contains("significant"),
            "{input}: {}",
            v.feedback
        );
    }
    assert!(ok(&p, "-16.0"));
}

#[test]
fn a_wrong_count_of_values_is_named_by_count() {
    let set = |xs: &[i64]| Value::Set(xs.iter().map(|&x| Value::Scalar(x.into())).collect());
    let p = problem(
        AnswerSpec::with(set(&[3, -1]), Equivalence::UnorderedSet(T)),
        vec![],
    );
    let v = check(&p, "{3, -1, 2}").unwrap();
    assert!(!v.correct && v.score < 1.0);
    assert_eq!(
        v.feedback,
        "Not quite: you gave 3 values; the answer has 2 values."
    );
}

#[test]
fn where_the_count_is_the_answer_feedback_keeps_it_secret() {
    let set = |xs: &[i64]| Value::Set(xs.iter().map(|&x| Value::Scalar(x.into())).collect());
    let which = problem(
        AnswerSpec::with(set(&[1, 3, 4]), Equivalence::UnorderedSet(T)).count_is_answer(),
        vec![],
    );
    assert!(ok(&which, "{4, 1, 3}"));
    for (input, says) in [
        // Too few, too many, the right count with a wrong value, and a value twice.
        (
            "{1, 3}",
            "every value you gave is in the answer, but it is not complete",
        ),
        (
            "{1, 3, 4, 5}",
            "some of the values you gave are not in the answer",
        ),
        (
            "{1, 3, 5}",
            "some of the values you gave are not in the answer",
        ),
        (
            "{1, 1, 3, 4}",
            "some of the values you gave are not in the answer",
        ),
        ("2", "some of the values you gave are not in the answer"),
    ] {
        let v = check(&which, input).unwrap();
        assert!(!v.correct, "{input}");
        assert_eq!(v.feedback, format!("Not quite: {says}."), "{input}");
        // No count, and no partial credit whose fraction would tell it.
        assert!(!v.feedback.chars().any(|c| c.is_ascii_digit()), "{input}");
        assert_eq!(v.score, 0.0, "{input}");
    }
    // Without the flag the count is said (the eigenvalues of a 3×3 matrix: 3 is known).
    let eig = problem(
        AnswerSpec::with(set(&[1, 3, 4]), Equivalence::UnorderedSet(T)),
        vec![],
    );
    let v = check(&eig, "{1, 3}").unwrap();
    assert!(
        v.feedback.contains("the answer has 3 values"),
        "{}",
        v.feedback
    );
    assert!(v.score > 0.0);
}

#[test]
fn every_wrong_answer_scores_below_one() {
    let v = |xs: &[i64]| Value::Vector(xs.iter().map(|&x| Scalar::int(x)).collect());
    let line = problem(
        AnswerSpec::with(Value::Set(vec![v(&[-1, 1, 0])]), Equivalence::Span(T)),
        vec![],
    );
    let set = |xs: &[i64]| Value::Set(xs.iter().map(|&x| Value::Scalar(x.into())).collect());
    let eig = problem(
        AnswerSpec::with(set(&[2, 2]), Equivalence::UnorderedSet(T)),
        vec![],
    );
    let m = problem(
        AnswerSpec::entrywise(Matrix::from_ints(&[[1, 2], [3, 4]])),
        vec![],
    );
    for (p, input) in [
        (&line, "{[-1,1,0],[1,-1,0]}"),
        (&line, "{[-1,1,0],[2,-2,0]}"),
        (&eig, "{2, 2, 2}"),
        (&eig, "{2}"),
        (&m, "[1 2; 3 4.1]"),
    ] {
        let verdict = check(p, input).unwrap();
        assert!(
            !verdict.correct && verdict.score < 1.0,
            "{input}: {verdict:?}"
        );
    }
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

fn gradient_problem(mistakes: Vec<Mistake>) -> Problem {
    let exprs = vec![parse("2*x*y").unwrap(), parse("x^2").unwrap()];
    let vars = vec![Domain::new("x", -2.0, 2.0), Domain::new("y", -2.0, 2.0)];
    problem(
        AnswerSpec::formula_vector(exprs, vars).named_entries(vec!["∂f/∂x".into(), "∂f/∂y".into()]),
        mistakes,
    )
}

#[test]
fn formula_vectors_accept_equivalent_forms_and_the_printed_answer() {
    let p = gradient_problem(vec![]);
    assert_eq!(p.answer.type_name(), "formulas");
    // What `solve` prints reads back.
    let printed = p.answer.canonical_text();
    assert_eq!(printed, "[2*x*y, x^2]");
    assert!(ok(&p, &printed));
    for good in [
        "[2xy, x²]",
        "(2xy, x^2)",
        "[y*x*2, x*x]",
        "[2x*y; x^2]",
        "[[2x*y, x^2]]",
        "[(x + y)^2 - x^2 - y^2, x^2]",
    ] {
        assert!(ok(&p, good), "{good}");
    }
}

#[test]
fn formula_vectors_give_partial_credit_and_name_the_wrong_entry() {
    let p = gradient_problem(vec![]);
    let v = check(&p, "[2x*y, 2x]").unwrap();
    assert!(!v.correct);
    assert_eq!(v.score, 0.5);
    assert!(
        v.feedback.starts_with(
            "Not quite: 1 of 2 entries is right; the second entry, ∂f/∂y, is not: at x = "
        ),
        "{}",
        v.feedback
    );
    // The typed entry's value is shown at the point, never the answer's.
    assert!(
        v.feedback.ends_with("not the answer's value there."),
        "{}",
        v.feedback
    );
    let v = check(&p, "[2x*y + 3, x^2]").unwrap();
    assert_eq!(
        v.feedback,
        "Not quite: 1 of 2 entries is right; the first entry, ∂f/∂x, is not: it differs from \
         the answer by a constant."
    );
    let v = check(&p, "[x^2, 2x*y]").unwrap();
    assert_eq!((v.correct, v.score), (false, 0.0));
    // Without names, entries are named by position.
    let bare = problem(
        AnswerSpec::formula_vector(
            vec![
                parse("y").unwrap(),
                parse("x").unwrap(),
                parse("1").unwrap(),
            ],
            vec![Domain::new("x", 1.0, 2.0), Domain::new("y", 1.0, 2.0)],
        ),
        vec![],
    );
    let v = check(&bare, "[y, 2, 3]").unwrap();
    assert!((v.score - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(
        v.feedback,
        "Not quite: 1 of 3 entries is right; check the second entry and the third entry."
    );
}

#[test]
fn a_formula_vector_moved_by_one_percent_is_rejected() {
    let p = gradient_problem(vec![]);
    // The CLI contract moves the first number by 1%.
    for moved in ["[2.02*x*y, x^2]", "[2*x*y, x^2.02]", "[2*x*y, 1.01*x^2]"] {
        let v = check(&p, moved).unwrap();
        assert!(!v.correct && v.score < 1.0, "{moved}");
    }
}

#[test]
fn formula_vector_mistakes_are_recognised() {
    let swapped = Mistake::new(
        "swapped",
        Value::Formula(parse("[x^2, 2*x*y]").unwrap()),
        "The entries are swapped.",
    );
    let p = gradient_problem(vec![swapped]);
    let v = check(&p, "[x*x, 2y*x]").unwrap();
    assert_eq!(v.mistake, Some("swapped"));
    assert_eq!(v.feedback, "The entries are swapped.");
}

#[test]
fn formula_vectors_of_the_wrong_shape() {
    let p = gradient_problem(vec![]);
    // A vector of another length is judged wrong, and the lengths are said.
    let v = check(&p, "[2x*y, x^2, 0]").unwrap();
    assert!(!v.correct);
    assert_eq!(
        v.feedback,
        "Not quite: the answer has 2 components, you gave 3."
    );
    // One formula, or a vector of vectors, is another kind of answer: no try spent.
    let Err(CheckError::Shape(e)) = check(&p, "2x*y") else {
        panic!("a single formula is a shape error")
    };
    assert_eq!(
        e.to_string(),
        "this answer is a formula in x, y, but a vector of 2 formulas in x and y, in brackets: \
         [first, second, …] is expected"
    );
    assert!(matches!(
        check(&p, "[[1, x], [y, 2]]"),
        Err(CheckError::Shape(_))
    ));
    // A variable the question does not use is refused.
    assert!(matches!(
        check(&p, "[2x*z, x^2]"),
        Err(CheckError::Refused { .. })
    ));
}

#[test]
fn formula_matrices_compare_entry_by_entry() {
    let rows = vec![
        vec![parse("2*y").unwrap(), parse("2*x").unwrap()],
        vec![parse("1").unwrap(), parse("cos(y)").unwrap()],
    ];
    let vars = vec![Domain::new("x", -2.0, 2.0), Domain::new("y", -2.0, 2.0)];
    let p = problem(AnswerSpec::formula_matrix(rows, vars), vec![]);
    let printed = p.answer.canonical_text();
    assert_eq!(printed, "[[2*y, 2*x], [1, cos(y)]]");
    assert!(ok(&p, &printed) && ok(&p, "[2y 2x; 1 cos(y)]"));
    let v = check(&p, "[2y 2x; 1 sin(y)]").unwrap();
    assert_eq!(v.score, 0.75);
    assert!(v.feedback.contains("entry (2,2) is not"), "{}", v.feedback);
    assert!(matches!(check(&p, "[2y, 2x]"), Err(CheckError::Shape(_))));
}
