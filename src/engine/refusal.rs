//! Inputs that are readable but not an answer to the question, refused with what to type
//! instead: a formula in a variable the question does not use, a list without its brackets.

use super::answer::{AnswerSpec, Equivalence};
use super::check::CheckError;
use super::coerce::Stray;
use crate::expr::{ExprError, Value, greek_name, parse_answer, variable_use};

/// A list typed without its brackets where a set, vector or interval is expected: `-2, -4`, or
/// numbers separated by spaces, `3 -1` (which would otherwise read as 3 − 1 = 2) or `3 1`.
/// Refused with the bracketed list to type, when that reads as an answer; `None` when the input
/// is not such a list (`3 - 1`, with a spaced operator, is a subtraction) or no list is expected.
pub(super) fn missing_brackets(
    input: &str,
    spec: &AnswerSpec,
    error: &ExprError,
) -> Option<CheckError> {
    let (open, close) = match (&spec.equivalence, &spec.expected) {
        (Equivalence::Span(_) | Equivalence::UnorderedSet(_), _) | (_, Value::Set(_)) => ('{', '}'),
        (Equivalence::Interval(_), _) | (_, Value::Tuple(_)) => ('(', ')'),
        (_, Value::Vector(_) | Value::Matrix(_)) => ('[', ']'),
        // Formulas are separated by commas only: `2x y` is a product, not two items.
        (Equivalence::Formulas { .. }, _) if input.contains([',', ';']) => ('[', ']'),
        _ => return None,
    };
    let items = if input.contains([',', ';']) {
        input.trim().to_string()
    } else {
        spaced_items(input)?.join(", ")
    };
    let suggestion = format!("{open}{items}{close}");
    parse_answer(&suggestion).ok()?;
    Some(CheckError::Refused {
        message: format!("a list needs its brackets: did you mean {suggestion}?"),
        input: input.into(),
        error: error.clone(),
    })
}

/// The items of a list typed with spaces between them (`3 -1`, `1 2 3`, `-2 -4`): at least two
/// words, each one a signed number or expression by itself; `None` if a word is a lone operator
/// (`3 - 1`) or does not read alone.
fn spaced_items(input: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = input.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let alone =
        |w: &str| !w.ends_with(['+', '-', '−', '*', '/', '^', '·', '×']) && parse_answer(w).is_ok();
    words.iter().all(|w| alone(w)).then_some(words)
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
