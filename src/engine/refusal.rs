//! Inputs that are readable but not an answer to the question, refused with what to type
//! instead: a formula in a variable the question does not use, a list without its brackets.

use super::answer::{AnswerSpec, Equivalence};
use super::check::CheckError;
use super::coerce::Stray;
use crate::expr::{ExprError, Value, greek_name, parse_answer, variable_use};

/// A list typed without its brackets where a set, vector or interval is expected (`-2, -4`):
/// refused with the bracketed list to type, when that reads as an answer.
pub(super) fn missing_brackets(
    input: &str,
    spec: &AnswerSpec,
    error: &ExprError,
) -> Option<CheckError> {
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

/// A formula answer in the wrong variable (`x^2 + x - 42` where the answer is in λ) is refused,
/// not judged: the message names the question's variables and what was typed.
pub(super) fn wrong_variable(input: &str, stray: &Stray) -> CheckError {
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
