//! Checking a typed answer: parse, read as the expected type, compare, recognise named mistakes,
//! and say what went wrong.

use super::answer::{AnswerSpec, Equivalence};
use super::coerce::{ShapeError, coerce, stray_variable};
use super::degrees::read_degrees;
use super::equivalence::{compare, compare_answer_at, compare_at};
use super::feedback::generic_feedback;
use super::formula::At;
use super::formula_values::values_for;
use super::kept_values::{KeptValues, points_seed};
use super::problem::{Mistake, Problem};
use super::refusal::{missing_brackets, wrong_variable};
use super::tolerance::Tolerance;
use crate::expr::{AnswerError, Expr, ExprError, Value, parse_answer_valued};

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

/// Judges `input` as an answer to `problem`.
pub fn check(problem: &Problem, input: &str) -> Result<Verdict, CheckError> {
    let spec = &problem.answer;
    let parse_err = |error| CheckError::Parse {
        input: input.to_string(),
        error,
    };
    let (expr, value) = match parse_answer_valued(input) {
        Ok(parsed) => parsed,
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
    // Evaluated with the parse's spans, so that evaluation errors, like a division by zero,
    // carry the position to mark.
    let value = value.map_err(parse_err)?;
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
    // `3 -1` reads as 3 − 1; where a list is expected it was meant as one.
    if matches!(value, Value::Scalar(_))
        && !matches!(spec.expected, Value::Scalar(_))
        && let Some(refused) = missing_brackets(
            input,
            spec,
            &ExprError::syntax((0, input.len()), "a list without its brackets"),
        )
    {
        return Err(refused);
    }
    let seed = points_seed(problem);
    let mut kept = problem.kept.lock(problem);
    let got = match coerce(&expr, &value, &spec.expected, &spec.equivalence) {
        Ok(got) => got,
        Err(shape) => {
            // An answer of another type may still be a named mistake (the vector of products
            // where the dot product, a number, is asked).
            return problem
                .mistakes
                .iter()
                .find(|m| matches_mistake(&expr, &value, m, spec, (seed, kept.as_deref())))
                .map(|m| wrong(m, 0.0, reading.clone()))
                .ok_or(CheckError::Shape(shape));
        }
    };
    let at = match kept.as_deref_mut() {
        Some(k) => At::Kept(&k.points, &mut k.expected),
        None => At::Seed(seed),
    };
    let cmp = compare_answer_at(&got, spec, at);
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
        .find(|m| matches_mistake(&expr, &value, m, spec, (seed, kept.as_deref())))
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
/// `(seed, kept)`: the seed of the checker's points, and the points themselves if kept (the
/// mistake's own values there are computed here: the kept ones are the answer's).
fn matches_mistake(
    expr: &Expr,
    value: &Value,
    m: &Mistake,
    spec: &AnswerSpec,
    (seed, kept): (u64, Option<&KeptValues>),
) -> bool {
    if std::mem::discriminant(&m.answer) != std::mem::discriminant(&spec.expected) {
        let eq = natural_equivalence(&m.answer);
        return coerce(expr, value, &m.answer, &eq)
            .is_ok_and(|got| compare(&got, &m.answer, &eq, seed).correct);
    }
    let eq = &spec.equivalence;
    let Ok(got) = coerce(expr, value, &m.answer, eq) else {
        return false;
    };
    match kept {
        Some(k) => {
            let mut values = values_for(eq, &m.answer);
            compare_at(&got, &m.answer, eq, At::Kept(&k.points, &mut values)).correct
        }
        None => compare(&got, &m.answer, eq, seed).correct,
    }
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
