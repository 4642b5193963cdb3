//! Values as canonical answer text: what `solve` prints and `check` reads back to an equal value.

use super::literal::real_text;
use super::value::Value;
use crate::math::Scalar;

/// A number as answer text: exact values as `3` or `-3/4`, reals in full precision.
pub(crate) fn scalar_text(s: &Scalar) -> String {
    match s {
        Scalar::Exact(q) => q.to_string(),
        Scalar::Real(x) => real_text(*x),
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

impl Value {
    /// Canonical answer text, which [`super::parse_value`] reads back to an equal value:
    /// `3`, `-3/4`, `0.1`, `1e-12`, `[1, 2, 3]`, `[[1, 2], [3, 4]]`, `{1, 3}`, `(1, 2)`, `yes`,
    /// `b`, and formulas as [`std::fmt::Display`] writes them. (A letter choice reads back as a
    /// one-letter formula; the expected answer's type makes it a choice again.)
    pub fn to_text(&self) -> String {
        match self {
            Value::Scalar(s) => scalar_text(s),
            Value::Vector(v) => format!("[{}]", join(v.iter().map(scalar_text))),
            Value::Matrix(m) => format!(
                "[{}]",
                join(
                    m.rows()
                        .map(|r| format!("[{}]", join(r.iter().map(scalar_text))))
                )
            ),
            Value::Set(items) => format!("{{{}}}", join(items.iter().map(Value::to_text))),
            Value::Tuple(items) => format!("({})", join(items.iter().map(Value::to_text))),
            Value::Bool(b) => (if *b { "yes" } else { "no" }).into(),
            Value::Choice(c) => c.to_string(),
            Value::Formula(e) => e.to_string(),
            Value::Complex { re, im } => super::value::complex_text(*re, *im, 17),
        }
    }
}
