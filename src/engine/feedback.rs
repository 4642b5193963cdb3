//! Feedback for a wrong answer that is no named mistake. Each message says only what is true of
//! the typed answer, and none states the answer's value.

use super::answer::{AnswerSpec, Equivalence};
use super::equivalence::Comparison;
use crate::expr::Value;
use crate::math::Scalar;

/// Feedback for a wrong answer that is no named mistake: the sign, rounding, an integer typed
/// inexactly, or what differs. Each says only what is true of the typed answer.
pub(super) fn generic_feedback(
    got: &Value,
    spec: &AnswerSpec,
    cmp: &Comparison,
    input: &str,
) -> String {
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
