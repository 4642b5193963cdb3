//! Checking a typed answer: parse, read as the expected type, compare, recognise named mistakes,
//! and say what went wrong.

use super::answer::{AnswerSpec, Equivalence, Unit};
use super::coerce::{ShapeError, Stray, coerce, stray_variable};
use super::equivalence::{Comparison, compare};
use super::problem::{Mistake, Problem};
use super::tolerance::Tolerance;
use crate::expr::{
    AnswerError, Degrees, Expr, ExprError, Value, degrees, evaluate, greek_name, parse_answer,
    parse_value, variable_use,
};
use crate::math::{Rational, Scalar, format_real};

/// The verdict on one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub correct: bool,
    /// Partial credit in `[0, 1]`.
    pub score: f64,
    /// What the learner reads: "Correct.", the named mistake's message, or what differs.
    pub feedback: String,
    /// The name of the recognised mistake, if any.
    pub mistake: Option<&'static str>,
    /// How an ambiguous input was read ("read as (1/2)·x"), echoed back.
    pub reading: Option<String>,
}

/// Why an answer could not be judged (exit code 2 in the CLI; no try spent in the drill).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CheckError {
    #[error("cannot read this answer:\n{}", .error.render(.input))]
    Parse { input: String, error: ExprError },
    /// Readable, but not an answer to this question: a computation (functions and operations
    /// that compute results are for `mathdrill calc`), a formula in a variable the question does
    /// not use, a list without its brackets. `message` says what to type instead; `error` marks
    /// the part of the input at fault.
    #[error("{message}\n{}", .error.render(.input))]
    Refused {
        message: String,
        input: String,
        error: ExprError,
    },
    #[error(transparent)]
    Shape(#[from] ShapeError),
}

impl CheckError {
    /// The span of the input the error is about (character offsets, end exclusive), if any.
    pub fn span(&self) -> Option<(usize, usize)> {
        match self {
            CheckError::Parse { error, .. } | CheckError::Refused { error, .. } => {
                Some(error.span())
            }
            CheckError::Shape(_) => None,
        }
    }
}

/// The seed for formula test points: fixed per problem, so a verdict is reproducible.
fn points_seed(p: &Problem) -> u64 {
    p.seed ^ ((p.level as u64) << 56) ^ 0x7465_7374
}

/// Judges `input` as an answer to `problem`.
pub fn check(problem: &Problem, input: &str) -> Result<Verdict, CheckError> {
    let spec = &problem.answer;
    let parse_err = |error| CheckError::Parse {
        input: input.to_string(),
        error,
    };
    let expr = match parse_answer(input) {
        Ok(expr) => expr,
        Err(AnswerError::Unreadable(error)) => {
            return Err(missing_brackets(input, spec, &error).unwrap_or(parse_err(error)));
        }
        Err(AnswerError::Computation { headline, error }) => {
            return Err(CheckError::Refused {
                message: headline.into(),
                input: input.into(),
                error,
            });
        }
    };
    // Evaluated from the text (not the tree) so that evaluation errors, like a division by zero,
    // carry the position to mark.
    let value = parse_value(input).map_err(parse_err)?;
    let (value, degrees_reading) = read_degrees(&expr, value, spec.unit, input);
    let reading = [
        expr.reading().map(|r| format!("read as {r}")),
        degrees_reading,
    ]
    .into_iter()
    .flatten()
    .reduce(|a, b| format!("{a}; {b}"));
    if let Some(stray) = stray_variable(&expr, &spec.equivalence) {
        return Err(wrong_variable(input, &stray));
    }
    let seed = points_seed(problem);
    let got = match coerce(&expr, &value, &spec.expected, &spec.equivalence) {
        Ok(got) => got,
        Err(shape) => {
            // An answer of another type may still be a named mistake (the vector of products
            // where the dot product, a number, is asked).
            return problem
                .mistakes
                .iter()
                .find(|m| matches_mistake(&expr, &value, m, spec, seed))
                .map(|m| wrong(m, 0.0, reading.clone()))
                .ok_or(CheckError::Shape(shape));
        }
    };
    let cmp = compare(&got, &spec.expected, &spec.equivalence, seed);
    if cmp.correct {
        return Ok(Verdict {
            correct: true,
            score: 1.0,
            feedback: "Correct.".into(),
            mistake: None,
            reading,
        });
    }
    if let Some(m) = problem
        .mistakes
        .iter()
        .find(|m| matches_mistake(&expr, &value, m, spec, seed))
    {
        return Ok(wrong(m, cmp.score, reading));
    }
    Ok(Verdict {
        correct: false,
        score: cmp.score,
        feedback: generic_feedback(&got, spec, &cmp, input),
        mistake: None,
        reading,
    })
}

/// A list typed without its brackets where a set, vector or interval is expected (`-2, -4`):
/// refused with the bracketed list to type, when that reads as an answer.
fn missing_brackets(input: &str, spec: &AnswerSpec, error: &ExprError) -> Option<CheckError> {
    let (open, close) = match (&spec.equivalence, &spec.expected) {
        (Equivalence::Span(_) | Equivalence::UnorderedSet(_), _) | (_, Value::Set(_)) => ('{', '}'),
        (Equivalence::Interval(_), _) | (_, Value::Tuple(_)) => ('(', ')'),
        (_, Value::Vector(_) | Value::Matrix(_)) => ('[', ']'),
        _ => return None,
    };
    if !input.contains([',', ';']) {
        return None;
    }
    let suggestion = format!("{open}{}{close}", input.trim());
    parse_answer(&suggestion).ok()?;
    Some(CheckError::Refused {
        message: format!("a list needs its brackets: did you mean {suggestion}?"),
        input: input.into(),
        error: error.clone(),
    })
}

/// How a typed degree sign is read: as degrees where degrees are asked (`45°` is 45), converted
/// to radians elsewhere, and then the verdict says so ("read 45° as π/4 radians"), unless the
/// degrees are inside an expression of a question that asks no angle (`cos(60°)`).
fn read_degrees(expr: &Expr, value: Value, unit: Unit, input: &str) -> (Value, Option<String>) {
    match (degrees(expr), unit) {
        (Degrees::Absent, _) => (value, None),
        (Degrees::Whole(angle), Unit::Degrees) => (evaluate(angle).unwrap_or(value), None),
        (Degrees::Inside, Unit::Degrees) => match value {
            Value::Scalar(s) => (Value::Scalar(Scalar::Real(s.to_f64().to_degrees())), None),
            other => (other, None),
        },
        (Degrees::Whole(angle), Unit::Radians | Unit::None) => {
            let radians = match evaluate(angle) {
                Ok(Value::Scalar(Scalar::Exact(q))) => pi_multiple(q),
                _ => None,
            }
            .or_else(|| value.as_scalar().map(|s| format_real(s.to_f64(), 4)));
            let reading = radians.map(|r| format!("read {} as {r} radians", input.trim()));
            (value, reading)
        }
        (Degrees::Inside, Unit::Radians) => (
            value,
            Some("read the angles in degrees (°) as radians".into()),
        ),
        // `cos(60°)` where no angle is asked: a number like any other.
        (Degrees::Inside, Unit::None) => (value, None),
    }
}

/// An angle of `degrees` degrees as a multiple of π: `45` → `π/4`, `-270` → `−3π/2`.
fn pi_multiple(degrees: Rational) -> Option<String> {
    let q = Rational::new(degrees.numer(), degrees.denom().checked_mul(180)?)?;
    let (n, d) = (q.numer().unsigned_abs(), q.denom());
    let sign = if q.numer() < 0 { "−" } else { "" };
    Some(match (n, d) {
        (0, _) => "0".into(),
        (1, 1) => format!("{sign}π"),
        (1, d) => format!("{sign}π/{d}"),
        (n, 1) => format!("{sign}{n}π"),
        (n, d) => format!("{sign}{n}π/{d}"),
    })
}

/// A formula answer in the wrong variable (`x^2 + x - 42` where the answer is in λ) is refused,
/// not judged: the message names the question's variables and what was typed.
fn wrong_variable(input: &str, stray: &Stray) -> CheckError {
    let ((start, end), typed) =
        variable_use(input, &stray.var).unwrap_or(((0, 0), stray.var.clone()));
    let names: Vec<&str> = stray.expected.iter().map(String::as_str).collect();
    let spellings: Vec<String> = names
        .iter()
        .map(|v| {
            let mut chars = v.chars();
            match (chars.next().and_then(greek_name), chars.next()) {
                (Some(spelled), None) => format!("{v} or {spelled}"),
                _ => v.to_string(),
            }
        })
        .collect();
    CheckError::Refused {
        message: format!(
            "the answer is a formula in {}; you wrote {typed}. Type {}",
            and_list(&names),
            and_list(&spellings)
        ),
        input: input.into(),
        error: ExprError::syntax(
            (start, end),
            format!("{typed} is not a variable of this question"),
        ),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

fn wrong(m: &Mistake, score: f64, reading: Option<String>) -> Verdict {
    Verdict {
        correct: false,
        score,
        feedback: m.message.clone(),
        mistake: Some(m.name),
        reading,
    }
}

/// Whether the typed answer is this mistake's answer: under the problem's equivalence when the
/// mistake has the answer's type, else under the natural equivalence of the mistake's own type
/// (the vector of products, where the dot product is asked, is compared entry by entry).
fn matches_mistake(expr: &Expr, value: &Value, m: &Mistake, spec: &AnswerSpec, seed: u64) -> bool {
    let own;
    let eq = if std::mem::discriminant(&m.answer) == std::mem::discriminant(&spec.expected) {
        &spec.equivalence
    } else {
        own = natural_equivalence(&m.answer);
        &own
    };
    coerce(expr, value, &m.answer, eq).is_ok_and(|got| compare(&got, &m.answer, eq, seed).correct)
}

/// The equivalence a value of this type is compared under by default.
fn natural_equivalence(v: &Value) -> Equivalence {
    let tol = Tolerance::default();
    match v {
        Value::Scalar(_) => Equivalence::Scalar(tol),
        Value::Vector(_) | Value::Matrix(_) | Value::Tuple(_) => Equivalence::Entrywise(tol),
        Value::Set(_) => Equivalence::UnorderedSet(tol),
        Value::Bool(_) | Value::Choice(_) | Value::Complex { .. } => Equivalence::Exact,
        Value::Formula(_) => Equivalence::Formula {
            vars: Vec::new(),
            tol,
        },
    }
}

/// Feedback for a wrong answer that is no named mistake: the sign, rounding, an integer typed
/// inexactly, or what differs. Each says only what is true of the typed answer.
fn generic_feedback(got: &Value, spec: &AnswerSpec, cmp: &Comparison, input: &str) -> String {
    let expected = &spec.expected;
    if let (Some(g), Some(e)) = (got.as_scalar(), expected.as_scalar()) {
        let integer = spec.equivalence == Equivalence::Integer;
        if integer && !g.exact().is_some_and(|q| q.is_integer()) {
            return "Not quite: the answer is an exact integer, and this is not one (work with \
                    exact values, not rounded decimals)."
                .into();
        }
        let (g, e) = (g.to_f64(), e.to_f64());
        if e != 0.0 && (g + e).abs() <= 5e-4 * e.abs() {
            return "Not quite: the sign is wrong.".into();
        }
        if !integer && e != 0.0 && (g - e).abs() <= 0.02 * e.abs() {
            return match significant_figures(input) {
                Some(n) if n < 4 && rounded(e, n) == g => format!(
                    "Close: that is the answer rounded to {n} significant figure{}; give at \
                     least 4 (or the exact value).",
                    if n == 1 { "" } else { "s" }
                ),
                _ => "Close, but not right: the answer is within 2% of this. Check the last \
                      steps of the arithmetic."
                    .into(),
            };
        }
    }
    if let (Value::Matrix(g), Value::Matrix(e)) = (got, expected)
        && e.is_square()
        && g.zip_with(&e.transpose(), |a, b| a - b)
            .is_some_and(|d| d.entries().iter().all(Scalar::is_zero))
        && g != e
    {
        return "Not quite: that is the transpose of the answer.".into();
    }
    match &cmp.note {
        Some(note) => format!("Not quite: {note}."),
        None => "Not quite.".into(),
    }
}

/// The significant figures of an answer typed as a plain decimal (`0.330` has 3, `-1234` 4);
/// `None` for anything else.
fn significant_figures(input: &str) -> Option<usize> {
    let t = input.trim();
    let t = t
        .strip_prefix(['-', '−', '+'])
        .unwrap_or(t)
        .trim_end_matches('.');
    let plain = !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.matches('.').count() <= 1;
    let digits = t
        .trim_start_matches(['0', '.'])
        .chars()
        .filter(char::is_ascii_digit);
    plain.then(|| digits.count()).filter(|&n| n > 0)
}

/// `x` rounded to `n` significant figures.
fn rounded(x: f64, n: usize) -> f64 {
    format!("{:.*e}", n.saturating_sub(1), x)
        .parse()
        .unwrap_or(x)
}
