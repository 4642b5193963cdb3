//! Reading a typed answer as the type the expected answer has.
//!
//! The parser yields generic values; the expected answer decides how they are read: `(1, 2)` is a
//! vector where a vector is expected and an interval where an interval is; a 2×1 matrix is a vector;
//! a lone letter is a choice. A value that cannot be read as the expected type is a *shape* error
//! (exit code 2 in the CLI), not a wrong answer: the learner typed something of another kind.

use super::answer::{Domain, Equivalence};
use crate::expr::{Expr, Value};
use crate::math::{Matrix, Scalar};

/// Why an answer could not be read as the expected type. The message says what was expected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("this answer is {got}, but {expected} is expected")]
pub struct ShapeError {
    pub expected: String,
    pub got: String,
}

/// `expected` describes the expected value; `got` the one typed.
fn shape_err(expected: &Value, got: &Value) -> ShapeError {
    ShapeError {
        expected: expected.describe(),
        got: got.describe(),
    }
}

/// A variable of a formula answer that the question's formula does not use (`x` where the
/// answer is a formula in λ), and the variables it does use.
#[derive(Debug, Clone, PartialEq)]
pub struct Stray {
    pub var: String,
    pub expected: Vec<String>,
}

/// The first variable of `expr` outside the declared domain of a formula answer: such an answer
/// is in the wrong variable, not a wrong formula.
pub fn stray_variable(expr: &Expr, eq: &Equivalence) -> Option<Stray> {
    let (Equivalence::Formula { vars, .. }
    | Equivalence::Antiderivative { vars, .. }
    | Equivalence::Formulas { vars, .. }) = eq
    else {
        return None;
    };
    let var = expr
        .free_vars()
        .into_iter()
        .find(|v| !vars.iter().any(|d| &d.var == v))?;
    Some(Stray {
        var,
        expected: vars.iter().map(|d| d.var.clone()).collect(),
    })
}

/// A vector or matrix of formulas typed as `[2*x*y, x^2]`, `(2xy, x²)`, a one-row or one-column
/// matrix (where a vector is expected) or a matrix of the expected shape, read as the shape of
/// `expected` (an `Expr::Vector` or `Expr::Matrix`); `None` if it has another shape or an entry
/// is itself a list. A vector of another length is read (and judged wrong, with the lengths).
fn formula_list(typed: &Expr, expected: &Expr) -> Option<Expr> {
    let scalar = |e: &Expr| {
        !matches!(
            e,
            Expr::Vector(_) | Expr::Matrix(_) | Expr::Set(_) | Expr::Tuple(_) | Expr::Bool(_)
        )
    };
    let list = match (expected, typed) {
        (Expr::Vector(_), Expr::Vector(items) | Expr::Tuple(items)) => Expr::Vector(items.clone()),
        (Expr::Vector(_), Expr::Matrix(rows)) if rows.len() == 1 => Expr::Vector(rows[0].clone()),
        (Expr::Vector(_), Expr::Matrix(rows)) if rows.iter().all(|r| r.len() == 1) => {
            Expr::Vector(rows.iter().flatten().cloned().collect())
        }
        (Expr::Matrix(want), Expr::Matrix(rows))
            if rows.len() == want.len()
                && rows.iter().zip(want).all(|(r, w)| r.len() == w.len()) =>
        {
            typed.clone()
        }
        _ => return None,
    };
    let entries = match &list {
        Expr::Vector(items) => items.iter().collect::<Vec<_>>(),
        Expr::Matrix(rows) => rows.iter().flatten().collect(),
        _ => return None,
    };
    entries.into_iter().all(scalar).then_some(list)
}

/// What a vector or matrix of formulas answer looks like, for a shape error: `a vector of 2
/// formulas in x and y, [first, second]`.
fn formulas_wanted(expected: &Expr, vars: &[Domain]) -> String {
    let names: Vec<&str> = vars.iter().map(|d| d.var.as_str()).collect();
    let within = match names.as_slice() {
        [] => String::new(),
        [one] => format!(" in {one}"),
        [init @ .., last] => format!(" in {} and {last}", init.join(", ")),
    };
    match expected {
        Expr::Matrix(rows) => format!(
            "a {}×{} matrix of formulas{within}, row by row: [[…, …], […, …]]",
            rows.len(),
            rows.first().map_or(0, Vec::len)
        ),
        Expr::Vector(items) => format!(
            "a vector of {} formulas{within}, in brackets: [first, second, …]",
            items.len()
        ),
        _ => format!("a formula{within}"),
    }
}

/// A vector written as a vector, a tuple of numbers (`(4, −2, 1)`, as bases are printed) or a
/// one-column matrix (a column pasted from the screen).
fn as_vector(v: &Value) -> Option<Value> {
    match v {
        Value::Vector(_) => Some(v.clone()),
        Value::Tuple(_) => flat_scalars(v).map(Value::Vector),
        Value::Matrix(m) if m.ncols() == 1 => Some(Value::Vector(m.entries().to_vec())),
        _ => None,
    }
}

/// The scalars of a flat list-like value: a vector, a tuple or set of numbers, or a one-row or
/// one-column matrix.
pub fn flat_scalars(v: &Value) -> Option<Vec<Scalar>> {
    match v {
        Value::Vector(xs) => Some(xs.clone()),
        Value::Tuple(items) | Value::Set(items) => items.iter().map(Value::as_scalar).collect(),
        Value::Matrix(m) if m.nrows() == 1 || m.ncols() == 1 => Some(m.entries().to_vec()),
        _ => None,
    }
}

/// Reads `got` (already evaluated from `expr`) as a value comparable with `expected` under `eq`.
pub fn coerce(
    expr: &Expr,
    got: &Value,
    expected: &Value,
    eq: &Equivalence,
) -> Result<Value, ShapeError> {
    let fail = || shape_err(expected, got);
    match (eq, expected) {
        (Equivalence::Formula { .. } | Equivalence::Antiderivative { .. }, _) => match got {
            Value::Formula(_) | Value::Scalar(_) => Ok(Value::Formula(expr.clone())),
            _ => Err(fail()),
        },
        (Equivalence::Formulas { vars, .. }, Value::Formula(e)) => formula_list(expr, e)
            .map(Value::Formula)
            .ok_or_else(|| ShapeError {
                expected: formulas_wanted(e, vars),
                got: got.describe(),
            }),
        (Equivalence::Span(_), _) => {
            let vectors = match got {
                Value::Set(items) | Value::Tuple(items)
                    if !items.iter().all(|i| matches!(i, Value::Scalar(_))) =>
                {
                    items.iter().map(as_vector).collect()
                }
                _ => as_vector(got).map(|v| vec![v]),
            };
            vectors.map(Value::Set).ok_or_else(|| ShapeError {
                expected: "a basis: a set of vectors such as {[1, 0, 2], [0, 1, -1]}".into(),
                got: got.describe(),
            })
        }
        (_, Value::Scalar(_)) => got.as_scalar().map(Value::Scalar).ok_or_else(fail),
        (_, Value::Vector(_)) => flat_scalars(got).map(Value::Vector).ok_or_else(fail),
        (_, Value::Matrix(m)) => match got {
            Value::Matrix(g) if g.shape() == m.shape() => Ok(got.clone()),
            Value::Matrix(_) => Err(fail()),
            // A row or column typed as a flat list, where the expected matrix is a row or column.
            _ if m.nrows() == 1 || m.ncols() == 1 => {
                let xs = flat_scalars(got).ok_or_else(fail)?;
                let rows = if m.nrows() == 1 {
                    vec![xs]
                } else {
                    xs.into_iter().map(|x| vec![x]).collect()
                };
                Matrix::from_rows(rows)
                    .filter(|g| g.shape() == m.shape())
                    .map(Value::Matrix)
                    .ok_or_else(fail)
            }
            _ => Err(fail()),
        },
        (_, Value::Set(_)) => match got {
            Value::Scalar(s) => Ok(Value::Set(vec![Value::Scalar(*s)])),
            _ => flat_scalars(got)
                .map(|xs| Value::Set(xs.into_iter().map(Value::Scalar).collect()))
                .ok_or_else(fail),
        },
        (_, Value::Tuple(_)) => flat_scalars(got)
            .map(|xs| Value::Tuple(xs.into_iter().map(Value::Scalar).collect()))
            .ok_or_else(fail),
        (_, Value::Bool(_)) => match got {
            Value::Bool(_) => Ok(got.clone()),
            _ => match expr {
                Expr::Var(name) if matches!(name.as_str(), "y" | "Y") => Ok(Value::Bool(true)),
                Expr::Var(name) if matches!(name.as_str(), "n" | "N") => Ok(Value::Bool(false)),
                _ => Err(fail()),
            },
        },
        (_, Value::Choice(_)) => match expr {
            Expr::Var(name) if name.chars().count() == 1 => Ok(Value::Choice(
                name.chars().next().unwrap_or('?').to_ascii_lowercase(),
            )),
            _ => Err(fail()),
        },
        (_, Value::Formula(_) | Value::Complex { .. }) => Err(fail()),
    }
}
