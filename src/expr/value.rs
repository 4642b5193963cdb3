//! Values: what an expression evaluates to, and what answers are compared as.

use super::ast::Expr;
use super::budget;
use crate::math::{Matrix, Scalar, format_real};

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Scalar(Scalar),
    Vector(Vec<Scalar>),
    Matrix(Matrix),
    /// `{…}`: unordered; duplicates kept (a multiset, as eigenvalues are).
    Set(Vec<Value>),
    /// `(a, b, …)`: read as a vector or an interval according to the expected answer.
    Tuple(Vec<Value>),
    Bool(bool),
    /// A letter choice such as `b`.
    Choice(char),
    /// An expression with free variables, e.g. `2*x*cos(x^2)`.
    Formula(Expr),
    /// A complex number `re + im·i` (the calculator's eigenvalues of non-symmetric matrices).
    /// Not part of the answer language: it prints as `1 + 2i`, which does not read back.
    Complex {
        re: f64,
        im: f64,
    },
}

impl Value {
    /// A short name of the value's type for messages: "a number", "a 2×3 matrix", ….
    pub fn describe(&self) -> String {
        match self {
            Value::Scalar(_) => "a number".into(),
            Value::Vector(v) => format!("a vector of length {}", v.len()),
            Value::Matrix(m) => format!("a {}×{} matrix", m.nrows(), m.ncols()),
            Value::Set(s) => format!("a set of {} elements", s.len()),
            Value::Tuple(t) => format!("a tuple of {} elements", t.len()),
            Value::Bool(_) => "yes/no".into(),
            Value::Choice(_) => "a letter choice".into(),
            Value::Complex { .. } => "a complex number".into(),
            Value::Formula(e) => {
                let vars: Vec<String> = e.free_vars().into_iter().collect();
                format!("a formula in {}", vars.join(", "))
            }
        }
    }
    /// The work units of producing this value: [`budget::ENTRY`] per real number in it,
    /// [`budget::EXACT_ENTRY`] per exact one, [`budget::SUBNORMAL`] per subnormal one.
    pub(crate) fn cost(&self) -> u64 {
        let numbers = |xs: &[Scalar]| -> u64 { xs.iter().map(scalar_cost).sum() };
        match self {
            Value::Scalar(s) => scalar_cost(s),
            Value::Vector(v) => numbers(v),
            Value::Matrix(m) => numbers(m.entries()),
            Value::Set(items) | Value::Tuple(items) => items.iter().map(Value::cost).sum(),
            _ => budget::ENTRY,
        }
    }
    pub fn as_scalar(&self) -> Option<Scalar> {
        match self {
            Value::Scalar(s) => Some(*s),
            _ => None,
        }
    }
}

/// The work units of producing the number `x` ([`Value::cost`] of a number).
pub(crate) fn scalar_cost(x: &Scalar) -> u64 {
    if budget::is_subnormal(x) {
        budget::SUBNORMAL
    } else if x.is_exact() {
        budget::EXACT_ENTRY
    } else {
        budget::ENTRY
    }
}

/// `1 + 2i`, `1 - 2i`, `-0.5 + 1i`: real and imaginary parts with `digits` significant digits.
pub fn complex_text(re: f64, im: f64, digits: usize) -> String {
    let sign = if im < 0.0 { '-' } else { '+' };
    format!(
        "{} {sign} {}i",
        format_real(re, digits),
        format_real(im.abs(), digits)
    )
}

impl From<Scalar> for Value {
    fn from(s: Scalar) -> Self {
        Value::Scalar(s)
    }
}
impl From<Matrix> for Value {
    fn from(m: Matrix) -> Self {
        Value::Matrix(m)
    }
}
impl From<Vec<Scalar>> for Value {
    fn from(v: Vec<Scalar>) -> Self {
        Value::Vector(v)
    }
}
