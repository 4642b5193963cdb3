//! Values: what an expression evaluates to, and what answers are compared as.

use super::ast::Expr;
use crate::math::{Matrix, Scalar};

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
            Value::Formula(e) => {
                let vars: Vec<String> = e.free_vars().into_iter().collect();
                format!("a formula in {}", vars.join(", "))
            }
        }
    }
    pub fn as_scalar(&self) -> Option<Scalar> {
        match self {
            Value::Scalar(s) => Some(*s),
            _ => None,
        }
    }
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
