//! Evaluation: expressions to values, and formulas to numbers at a point.

use super::ast::{BinOp, Constant, Expr};
use super::budget::{self, with_budget};
use super::error::ExprError;
use super::functions::call;
use super::names::{FUNCTIONS, is_function};
use super::ops;
use super::parser::parse_spanned;
use super::spans::{Parsed, Spans, kid};
use super::value::Value;
use crate::math::{Matrix, Scalar};
use std::collections::BTreeSet;

type R<T> = Result<T, ExprError>;

/// Variables bound to real numbers.
type Env<'a> = &'a [(&'a str, f64)];

/// Evaluates with no variables bound.
///
/// An expression with free variables evaluates to [`Value::Formula`] after a check that it is well
/// formed (known functions, operations that apply to numbers); a lone letter such as `b` is such
/// a formula too, and the caller decides whether it is a letter choice. The items of a set or
/// tuple are evaluated one by one, so `{a, c}` is a set of two formulas and `(0, x)` a tuple of a
/// number and a formula. Calls of unknown functions are an error naming the function.
///
/// The evaluation is bounded by the work budget ([`super::budget`]); past it, an error.
pub fn evaluate(expr: &Expr) -> R<Value> {
    with_budget(|| evaluate_spanned(expr, None))
}

/// Parses and evaluates `input`; errors point into `input`.
pub fn parse_value(input: &str) -> R<Value> {
    evaluate_parsed(&parse_spanned(input)?)
}

/// Evaluates a parsed input; errors point into the input it was parsed from.
pub(crate) fn evaluate_parsed(parsed: &Parsed) -> R<Value> {
    with_budget(|| evaluate_spanned(&parsed.expr, Some(&parsed.spans)))
}

/// The value of a scalar formula with `vars` bound to reals. An error if a variable is unbound,
/// the result is not a number, or the formula is undefined there (`ln` of a negative number,
/// division by zero, overflow: [`ExprError::is_undefined`]), so a checker can try another point.
///
/// Each call spends from the work budget that is open, or opens its own: a caller evaluating
/// at many points shares one budget by wrapping the calls in [`with_budget`].
pub fn eval_at(expr: &Expr, vars: &[(&str, f64)]) -> R<f64> {
    let value = with_budget(|| match super::eval_scalar::scalar_at(expr, vars) {
        Some(s) => Ok(Value::Scalar(s)),
        None => eval(expr, None, vars),
    });
    match value? {
        Value::Scalar(s) => Ok(s.to_f64()),
        other => Err(ExprError::type_error(format!(
            "expected a formula with a number as its value, but this gives {}",
            other.describe()
        ))),
    }
}

fn evaluate_spanned(expr: &Expr, sp: Option<&Spans>) -> R<Value> {
    let vars = expr.free_vars();
    if vars.is_empty() {
        return eval(expr, sp, &[]);
    }
    // A calculus call may not need the variables its formula mentions: `diff(x^2, y)` is 0, and
    // `diff(x*y, x)` is the formula `y`.
    if super::calculus_functions::contains_calculus(expr)
        && let Ok(v) = eval(expr, sp, &[])
    {
        return Ok(v);
    }
    let each = |items: &[Expr]| -> R<Vec<Value>> {
        items
            .iter()
            .enumerate()
            .map(|(i, e)| evaluate_spanned(e, kid(sp, i)))
            .collect()
    };
    match expr {
        Expr::Set(items) => Ok(Value::Set(each(items)?)),
        Expr::Tuple(items) => Ok(Value::Tuple(each(items)?)),
        _ => {
            check_formula(expr, sp, &vars)?;
            Ok(Value::Formula(expr.clone()))
        }
    }
}

/// Checks that a formula is well formed: every function is known, and evaluating it at a
/// sample point fails (if at all) only because the point is outside its domain.
fn check_formula(expr: &Expr, sp: Option<&Spans>, vars: &BTreeSet<String>) -> R<()> {
    check_calls(expr, sp)?;
    let point: Vec<(&str, f64)> = vars
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), 0.613 + 0.271 * i as f64))
        .collect();
    // A value from the scalar fast path is one the general evaluator would give too, and so is
    // a vector, or a matrix with rows of one length, whose every entry it computes.
    let fast = |e: &Expr| super::eval_scalar::scalar_at(e, &point).is_some();
    let computed = match expr {
        Expr::Vector(items) => !items.is_empty() && items.iter().all(fast),
        Expr::Matrix(rows) => {
            rows.first().is_some_and(|r| !r.is_empty())
                && rows.iter().all(|r| r.len() == rows[0].len())
                && rows.iter().flatten().all(fast)
        }
        e => fast(e),
    };
    if computed {
        return Ok(());
    }
    // Errors here must not quote the sample point's numbers: the one operation whose message
    // would (a matrix to a power that depends on a variable) says so in terms of the formula.
    match eval(expr, sp, &point) {
        Err(e) if !e.is_undefined() => Err(e),
        _ => Ok(()),
    }
}

fn check_calls(expr: &Expr, sp: Option<&Spans>) -> R<()> {
    if let Expr::Call { name, .. } = expr
        && !is_function(name)
    {
        return Err(ExprError::type_error(format!(
            "unknown function '{name}'; the functions are {}",
            FUNCTIONS.join(", ")
        ))
        .at(sp.map(|s| s.span)));
    }
    super::spans::children(expr)
        .enumerate()
        .try_for_each(|(i, c)| check_calls(c, kid(sp, i)))
}

pub(super) fn eval(e: &Expr, sp: Option<&Spans>, env: Env) -> R<Value> {
    let here = sp.map(|s| s.span);
    eval_node(e, sp, env)
        .and_then(|v| {
            // Producing a value costs one unit per entry (the super-linear operations charge
            // their own work before they start).
            budget::charge(v.cost(), "building a value")?;
            Ok(v)
        })
        .map_err(|err| err.at(here))
}

/// Dispatches on the node kind. Each kind has its own function so that the frames on the
/// recursive path stay small (deep trees must not exhaust the stack, even in debug builds).
fn eval_node(e: &Expr, sp: Option<&Spans>, env: Env) -> R<Value> {
    match e {
        Expr::Num(s) => ops::finite(*s).map(Value::Scalar),
        Expr::Const(Constant::Pi) => Ok(Value::Scalar(Scalar::Real(std::f64::consts::PI))),
        Expr::Const(Constant::E) => Ok(Value::Scalar(Scalar::Real(std::f64::consts::E))),
        Expr::Var(name) => variable(name, env),
        Expr::Bool(b) => Ok(Value::Bool(*b)),
        Expr::Neg(a) | Expr::Percent(a) | Expr::Transpose(a) => unary(e, a, sp, env),
        Expr::Binary { op, lhs, rhs, .. } => binary(*op, lhs, rhs, sp, env),
        Expr::Call { name, args } if super::calculus_functions::is_calculus(name) => {
            super::calculus_functions::call(name, args, sp, env)
        }
        Expr::Call { name, args } => {
            let values = items(args, sp, env)?;
            call(name, values)
        }
        Expr::Vector(list) => vector(list, sp, env),
        Expr::Matrix(rows) => matrix(rows, sp, env),
        Expr::Set(list) => items(list, sp, env).map(Value::Set),
        Expr::Tuple(list) => items(list, sp, env).map(Value::Tuple),
    }
}

#[inline(never)]
fn items(list: &[Expr], sp: Option<&Spans>, env: Env) -> R<Vec<Value>> {
    list.iter()
        .enumerate()
        .map(|(i, a)| eval(a, kid(sp, i), env))
        .collect()
}

#[inline(never)]
fn unary(e: &Expr, a: &Expr, sp: Option<&Spans>, env: Env) -> R<Value> {
    let x = eval(a, kid(sp, 0), env)?;
    match e {
        Expr::Neg(_) => ops::neg(x),
        Expr::Transpose(_) => ops::transpose(x),
        _ => match x {
            v @ Value::Scalar(_) => ops::div(v, Value::Scalar(Scalar::int(100))),
            other => Err(ExprError::type_error(format!(
                "% applies to a number, not {}",
                other.describe()
            ))),
        },
    }
}

#[inline(never)]
fn binary(op: BinOp, lhs: &Expr, rhs: &Expr, sp: Option<&Spans>, env: Env) -> R<Value> {
    if op == BinOp::Pow && matches!(lhs, Expr::Const(Constant::E)) {
        return call("exp", vec![eval(rhs, kid(sp, 1), env)?]);
    }
    let a = eval(lhs, kid(sp, 0), env)?;
    if op == BinOp::Pow && matches!(a, Value::Matrix(_)) {
        let vars = rhs.free_vars();
        if !vars.is_empty() {
            let names: Vec<String> = vars.into_iter().collect();
            return Err(ExprError::type_error(format!(
                "a matrix power needs a whole-number exponent, and {rhs} is a formula in {} \
                 (for the transpose write A', for the inverse inv(A) or A^-1)",
                names.join(", ")
            ))
            .at(kid(sp, 1).map(|s| s.span)));
        }
    }
    let b = eval(rhs, kid(sp, 1), env)?;
    match op {
        BinOp::Add => ops::add(a, b, false),
        BinOp::Sub => ops::add(a, b, true),
        BinOp::Mul => ops::mul(a, b),
        BinOp::Div => ops::div(a, b),
        BinOp::Pow => ops::pow(a, b),
    }
}

pub(super) fn variable(name: &str, env: Env) -> R<Value> {
    if super::datasets::is_column_name(name) {
        return super::datasets::column(name);
    }
    // Names are compared in their one spelling, so `("theta", x)` binds `θ`.
    let Some(&(_, x)) = env
        .iter()
        .find(|(n, _)| *n == name || super::names::spells(n, name))
    else {
        return Err(ExprError::type_error(format!(
            "'{name}' has no value here: use a number, or a variable the question names"
        )));
    };
    ops::finite(Scalar::Real(x)).map(Value::Scalar)
}

fn entry_error(what: &str, i: usize, v: &Value, sp: Option<&Spans>) -> ExprError {
    ExprError::type_error(format!(
        "{what} entries must be numbers, but entry {} is {}",
        i + 1,
        v.describe()
    ))
    .at(kid(sp, i).map(|s| s.span))
}

/// `[a, b, …]`: numbers make a vector; vectors of one length make a matrix (its rows).
fn vector(items: &[Expr], sp: Option<&Spans>, env: Env) -> R<Value> {
    let values = items
        .iter()
        .enumerate()
        .map(|(i, a)| eval(a, kid(sp, i), env))
        .collect::<R<Vec<_>>>()?;
    if values.iter().all(|v| matches!(v, Value::Vector(_))) && !values.is_empty() {
        let rows: Vec<Vec<Scalar>> = values
            .into_iter()
            .map(|v| match v {
                Value::Vector(r) => r,
                _ => unreachable!("checked above"),
            })
            .collect();
        return Matrix::from_rows(rows).map(Value::Matrix).ok_or_else(|| {
            ExprError::type_error("every row of a matrix needs the same number of entries")
        });
    }
    let mut entries = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        match v {
            Value::Scalar(s) => entries.push(s),
            other => return Err(entry_error("a vector's", i, &other, sp)),
        }
    }
    if entries.is_empty() {
        return Err(ExprError::type_error(
            "a vector needs at least one entry, as in [1, 2]",
        ));
    }
    Ok(Value::Vector(entries))
}

fn matrix(rows: &[Vec<Expr>], sp: Option<&Spans>, env: Env) -> R<Value> {
    let mut index = 0;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut r = Vec::with_capacity(row.len());
        for e in row {
            match eval(e, kid(sp, index), env)? {
                Value::Scalar(s) => r.push(s),
                other => return Err(entry_error("a matrix's", index, &other, sp)),
            }
            index += 1;
        }
        out.push(r);
    }
    Matrix::from_rows(out).map(Value::Matrix).ok_or_else(|| {
        ExprError::type_error(
            "a matrix needs rows of equal, nonzero length, as in [[1, 2], [3, 4]]",
        )
    })
}
