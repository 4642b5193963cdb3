//! The built-in functions: elementary functions of a number, and the calculator's linear algebra.
//!
//! Exact arguments give exact results where the mathematics does: `sqrt(9/4) = 3/2`,
//! `log2(8) = 3`, `floor(7/2) = 3`, `det`, `inv`, `rref` over the rationals. The functions of
//! matrices beyond elimination (`solve`, `null`, `eig`, `svd`, …) are in `matrix_functions`.

use super::budget;
use super::error::ExprError;
use super::limits::MAX_DIM;
use super::matrix_functions as mf;
use super::ops::{finite_value, transpose};
use super::value::Value;
use crate::math::linalg::real::{self, RealError};
use crate::math::linalg::scaling;
use crate::math::{Matrix, Rational, Scalar, format_real, linalg};
use std::cmp::Ordering;

type R<T> = Result<T, ExprError>;

/// The canonical name of a function (aliases resolved).
fn canonical(name: &str) -> &str {
    match name {
        "arcsin" => "asin",
        "arccos" => "acos",
        "arctan" => "atan",
        "log" => "ln",
        "eye" => "identity",
        other => other,
    }
}

/// The functions of one number that [`elementary`] computes, by canonical name.
const OF_A_NUMBER: &[&str] = &[
    "sqrt", "abs", "exp", "ln", "log10", "log2", "sin", "cos", "tan", "asin", "acos", "atan",
    "sinh", "cosh", "tanh", "floor", "ceil", "round", "deg",
];

/// The canonical name of `name` when it is a function of one number that [`call`] computes
/// with [`elementary`] (`log` → `ln`); `None` for every other name (each such name and its
/// aliases is one of the language's functions: a test checks it). The one routing decision:
/// [`call`] takes it, and so does the scalar fast path of the evaluator.
pub(super) fn elementary_function(name: &str) -> Option<&'static str> {
    let f = canonical(name);
    OF_A_NUMBER.iter().find(|&&g| g == f).copied()
}

/// `f(x)` for a function of one number named by [`elementary_function`] (`name` as written, for
/// messages): what [`call`] gives for it, as a number.
pub(super) fn elementary_value(f: &str, name: &str, x: Scalar) -> R<Scalar> {
    super::ops::finite(elementary(f, name, x)?)
}

/// Calls the function `name` on evaluated arguments.
pub(crate) fn call(name: &str, args: Vec<Value>) -> R<Value> {
    if !super::names::is_function(name) {
        return Err(ExprError::type_error(format!(
            "unknown function '{name}'; the functions are {}",
            super::names::FUNCTIONS.join(", ")
        )));
    }
    if let Some(f) = elementary_function(name) {
        let [a] = arity::<1>(name, args, &format!("{name}(x)"))?;
        let x = number(name, "the argument", &a)?;
        return elementary_value(f, name, x).map(Value::Scalar);
    }
    let f = canonical(name);
    let v = match f {
        f if super::stat_functions::is_stat_function(f) => super::stat_functions::call(f, args)?,
        f if super::ml_functions::is_ml_function(f) => super::ml_functions::call(f, args)?,
        "min" | "max" => min_max(name, f == "max", args)?,
        "dot" => {
            let [a, b] = arity::<2>(name, args, "dot(u, v)")?;
            dot(a, b)?
        }
        "solve" | "cross" | "proj" => {
            let usage = match f {
                "solve" => "solve(A, b)",
                "cross" => "cross(u, v)",
                _ => "proj(u, v)",
            };
            let [a, b] = arity::<2>(name, args, usage)?;
            match f {
                "solve" => mf::solve(name, a, b)?,
                "cross" => mf::cross(name, a, b)?,
                _ => mf::proj(name, a, b)?,
            }
        }
        _ => {
            let [a] = arity::<1>(name, args, &format!("{name}(x)"))?;
            match f {
                "det" | "inv" | "transpose" | "trace" | "rank" | "rref" | "norm" | "identity"
                | "diag" => linear_algebra(f, name, a)?,
                "null" => mf::null(name, a)?,
                "eig" => mf::eig(name, a)?,
                "eigvec" => mf::eigvec(name, a)?,
                "svd" => mf::svd(name, a)?,
                "cond" => mf::cond(name, a)?,
                // Not reached: every function of one number is taken above.
                _ => Value::Scalar(elementary(f, name, number(name, "the argument", &a)?)?),
            }
        }
    };
    finite_value(v)
}

/// The error for a call with the wrong number of arguments: `takes` says how many (`2
/// arguments`, `1 or 3 arguments`), `usage` shows the call. The one message of every built-in
/// function, elementary or statistical.
pub(super) fn wrong_arity(name: &str, takes: &str, usage: &str, got: usize) -> ExprError {
    ExprError::type_error(format!(
        "{name} takes {takes}, as in {usage}, but was given {got}"
    ))
}

/// A module's table of functions with their usage lines, `(name, "name(x, y) …")`.
pub(super) type UsageTable = [(&'static str, &'static str)];

/// The usage line of `name` in `table` (empty when it is not there).
pub(super) fn usage_in(table: &UsageTable, name: &str) -> &'static str {
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, u)| u)
}

/// Exactly `N` arguments for `name` of `table`, or the error that shows its usage line.
pub(super) fn args_in<const N: usize>(
    table: &UsageTable,
    name: &str,
    args: Vec<Value>,
) -> R<[Value; N]> {
    arity(name, args, usage_in(table, name))
}

/// The arguments of a function that takes exactly `N`.
pub(super) fn arity<const N: usize>(name: &str, args: Vec<Value>, usage: &str) -> R<[Value; N]> {
    let got = args.len();
    let takes = format!("{N} argument{}", if N == 1 { "" } else { "s" });
    args.try_into()
        .map_err(|_| wrong_arity(name, &takes, usage, got))
}

/// A number argument; `what` names it in the error (`k`, `the argument`).
pub(super) fn number(name: &str, what: &str, v: &Value) -> R<Scalar> {
    match v {
        Value::Scalar(s) => Ok(*s),
        other => Err(ExprError::type_error(format!(
            "{name}: {what} must be a number, not {}",
            other.describe()
        ))),
    }
}

fn compare(a: Scalar, b: Scalar) -> Ordering {
    match (a, b) {
        (Scalar::Exact(p), Scalar::Exact(q)) => p.cmp(&q),
        _ => a.to_f64().total_cmp(&b.to_f64()),
    }
}

fn min_max(name: &str, max: bool, args: Vec<Value>) -> R<Value> {
    let items: Vec<Scalar> = match args.as_slice() {
        [Value::Vector(v)] => v.clone(),
        _ => args
            .into_iter()
            .map(|a| number(name, "each argument", &a))
            .collect::<R<_>>()?,
    };
    let best = items.into_iter().reduce(|a, b| {
        let pick_b = if max {
            compare(b, a) == Ordering::Greater
        } else {
            compare(b, a) == Ordering::Less
        };
        if pick_b { b } else { a }
    });
    best.map(Value::Scalar).ok_or_else(|| {
        ExprError::type_error(format!(
            "{name} needs at least one number, as in {name}(1, 2)"
        ))
    })
}

fn dot(a: Value, b: Value) -> R<Value> {
    match (a, b) {
        (Value::Vector(u), Value::Vector(v)) if u.len() == v.len() => Ok(Value::Scalar(
            u.iter()
                .zip(&v)
                .fold(Scalar::ZERO, |acc, (&x, &y)| acc + x * y),
        )),
        (a, b) => Err(ExprError::type_error(format!(
            "dot needs two vectors of the same length, not {} and {}",
            a.describe(),
            b.describe()
        ))),
    }
}

fn undefined_unless(ok: bool, message: &str) -> R<()> {
    if ok {
        Ok(())
    } else {
        Err(ExprError::undefined(message))
    }
}

/// `k` if `q = base^k` for an integer `k` (so `log2(8) = 3`, `log10(0.01) = -2`).
fn exact_log(q: Rational, base: i64) -> Option<i64> {
    let (n, d) = (q.numer(), q.denom());
    let (m, sign) = match (n, d) {
        (n, 1) => (n, 1),
        (1, d) => (d, -1),
        _ => return None,
    };
    let mut k = 0;
    let mut p: i64 = 1;
    while p < m {
        p = p.checked_mul(base)?;
        k += 1;
    }
    (p == m).then_some(sign * k)
}

fn rational_round(q: Rational, f: &str) -> Option<Rational> {
    let (n, d) = (i128::from(q.numer()), i128::from(q.denom()));
    let floor = n.div_euclid(d);
    let r = match f {
        "floor" => floor,
        "ceil" => -(-n).div_euclid(d),
        // half away from zero, like f64::round
        _ => {
            let twice = 2 * n.abs() + d;
            let mag = twice.div_euclid(2 * d);
            if n < 0 { -mag } else { mag }
        }
    };
    Rational::from_i128(r, 1)
}

/// The functions of one number.
fn elementary(f: &str, name: &str, x: Scalar) -> R<Scalar> {
    let v = x.to_f64();
    let exact = x.exact();
    if let Some(q) = exact {
        let zero = q.is_zero();
        let one = q == Rational::ONE;
        let special = match f {
            "sqrt" if q.signum() >= 0 => Some(x.sqrt()),
            "abs" => Some(x.abs()),
            "floor" | "ceil" | "round" => rational_round(q, f).map(Scalar::Exact),
            "exp" | "cos" | "cosh" if zero => Some(Scalar::ONE),
            "sin" | "tan" | "asin" | "atan" | "sinh" | "tanh" if zero => Some(Scalar::ZERO),
            "acos" | "ln" if one => Some(Scalar::ZERO),
            "log10" if q.signum() > 0 => exact_log(q, 10).map(Scalar::int),
            "log2" if q.signum() > 0 => exact_log(q, 2).map(Scalar::int),
            _ => None,
        };
        if let Some(s) = special {
            return Ok(s);
        }
    }
    let r = match f {
        "sqrt" => {
            undefined_unless(v >= 0.0, "sqrt of a negative number is not a real number")?;
            v.sqrt()
        }
        "abs" => v.abs(),
        "exp" => v.exp(),
        "ln" | "log10" | "log2" => {
            if v <= 0.0 || v.is_nan() {
                return Err(ExprError::undefined(format!(
                    "{name} is only defined for positive numbers"
                )));
            }
            match f {
                "ln" => v.ln(),
                "log10" => v.log10(),
                _ => v.log2(),
            }
        }
        "sin" => v.sin(),
        "cos" => v.cos(),
        "tan" => v.tan(),
        "asin" | "acos" => {
            if !(-1.0..=1.0).contains(&v) {
                return Err(ExprError::undefined(format!(
                    "{name} is only defined for numbers from -1 to 1"
                )));
            }
            if f == "asin" { v.asin() } else { v.acos() }
        }
        "atan" => v.atan(),
        "sinh" => v.sinh(),
        "cosh" => v.cosh(),
        "tanh" => v.tanh(),
        "floor" => v.floor(),
        "ceil" => v.ceil(),
        "round" => v.round(),
        "deg" => v.to_radians(),
        _ => {
            return Err(ExprError::type_error(format!(
                "unknown function '{name}'; the functions are {}",
                super::names::FUNCTIONS.join(", ")
            )));
        }
    };
    Ok(Scalar::Real(r))
}

pub(super) fn matrix_arg(name: &str, v: Value) -> R<Matrix> {
    let m = match v {
        Value::Matrix(m) => m,
        Value::Vector(v) => Matrix::from_fn(v.len(), 1, |i, _| v[i]),
        other => {
            return Err(ExprError::type_error(format!(
                "{name} expects a matrix, not {}",
                other.describe()
            )));
        }
    };
    if m.nrows() > MAX_DIM || m.ncols() > MAX_DIM {
        return Err(ExprError::too_big(format!(
            "{name} is limited to matrices of at most {MAX_DIM} rows and columns"
        )));
    }
    Ok(m)
}

pub(super) fn square_arg(name: &str, v: Value) -> R<Matrix> {
    let m = matrix_arg(name, v)?;
    if !m.is_square() {
        return Err(ExprError::type_error(format!(
            "{name} needs a square matrix, not a {}×{} matrix",
            m.nrows(),
            m.ncols()
        )));
    }
    Ok(m)
}

fn dimension(name: &str, v: Value) -> R<usize> {
    let n = number(name, "the size", &v)?;
    n.as_integer()
        .and_then(|k| usize::try_from(k).ok())
        .filter(|k| (1..=MAX_DIM).contains(k))
        .ok_or_else(|| {
            ExprError::type_error(format!(
                "{name} needs a whole number from 1 to {MAX_DIM}, as in {name}(3)"
            ))
        })
}

fn linear_algebra(f: &str, name: &str, a: Value) -> R<Value> {
    Ok(match (f, a) {
        ("det", Value::Scalar(s)) | ("trace", Value::Scalar(s)) => Value::Scalar(s),
        ("inv", Value::Scalar(s)) => Value::Scalar(
            s.recip()
                .ok_or_else(|| ExprError::undefined("division by zero: 0 has no inverse"))?,
        ),
        ("norm", Value::Scalar(s)) => Value::Scalar(s.abs()),
        ("norm", Value::Vector(v)) => Value::Scalar(euclidean_norm(&v)),
        ("norm", Value::Matrix(m)) => Value::Scalar(euclidean_norm(m.entries())),
        ("transpose", a) => transpose(a)?,
        ("identity", a) => Value::Matrix(Matrix::identity(dimension(name, a)?)),
        ("diag", Value::Vector(v)) => {
            if v.len() > MAX_DIM {
                return Err(ExprError::too_big(format!(
                    "diag is limited to vectors of length {MAX_DIM}"
                )));
            }
            Value::Matrix(Matrix::from_fn(v.len(), v.len(), |i, j| {
                if i == j { v[i] } else { Scalar::ZERO }
            }))
        }
        ("diag", Value::Matrix(m)) => {
            Value::Vector((0..m.nrows().min(m.ncols())).map(|i| m.get(i, i)).collect())
        }
        ("det", a) => Value::Scalar(determinant(name, &square_arg(name, a)?)?),
        ("inv", a) => Value::Matrix(inverse(name, &square_arg(name, a)?)?),
        ("trace", a) => Value::Scalar(square_arg(name, a)?.trace().expect("square")),
        ("rank", a) => {
            let m = eliminable(name, a)?;
            Value::Scalar(Scalar::int(linalg::rank(&m) as i64))
        }
        ("rref", a) => {
            let m = eliminable(name, a)?;
            let r = linalg::rref(&m).rref;
            // Rationals that overflowed: eliminate again the real way (partial pivoting).
            Value::Matrix(if m.is_exact() && !r.is_exact() {
                linalg::rref(&m.to_real()).rref
            } else {
                r
            })
        }
        (_, a) => {
            return Err(ExprError::type_error(format!(
                "{name} does not apply to {}",
                a.describe()
            )));
        }
    })
}

/// `√(Σ xᵢ²)`: exact when the entries are exact and the sum is a rational square, otherwise
/// computed with scaling, so `norm([3e-170, 4e-170])` is `5e-170`, not 0.
fn euclidean_norm(v: &[Scalar]) -> Scalar {
    if v.iter().all(Scalar::is_exact) {
        let squares = v.iter().fold(Scalar::ZERO, |acc, &x| acc + x * x);
        if squares.is_exact() {
            return squares.sqrt();
        }
    }
    Scalar::Real(scaling::euclidean(v.iter().map(Scalar::to_f64)))
}

/// A matrix argument of an elimination (`rank`, `rref`), with its work charged.
fn eliminable(name: &str, a: Value) -> R<Matrix> {
    let m = matrix_arg(name, a)?;
    charge_elimination(name, &m)?;
    Ok(m)
}

pub(super) fn charge_elimination(name: &str, m: &Matrix) -> R<()> {
    budget::charge(
        budget::cost::elimination(m.nrows(), m.ncols(), m.is_exact()),
        name,
    )
}

/// The message for a real computation without a result.
pub(super) fn real_error(name: &str, e: RealError) -> ExprError {
    match e {
        RealError::NotFinite => ExprError::undefined(format!("{name} needs finite entries")),
        RealError::Singular {
            smallest,
            tolerance,
        } => ExprError::undefined(if smallest == 0.0 {
            "the matrix is singular (det = 0), so it has no inverse".to_string()
        } else {
            format!(
                "the matrix is singular to working precision (its smallest singular value, {}, \
                 is below max(m, n)·ε·σ_max = {}), so it has no inverse",
                format_real(smallest, 3),
                format_real(tolerance, 3)
            )
        }),
        RealError::OutOfRange(o) if o.log10.is_finite() => ExprError::too_big(format!(
            "the result of {name} is about {}, outside the range of double-precision numbers \
             (about 1e-308 to 1.8e308)",
            o.approximate()
        )),
        RealError::OutOfRange(_) => ExprError::too_big(format!(
            "the result of {name} has an entry too large for double-precision numbers"
        )),
    }
}

/// `det A`: exact for an exact matrix; for a real one the true value however small or large,
/// or an error when it is outside `f64`'s range.
fn determinant(name: &str, m: &Matrix) -> R<Scalar> {
    charge_elimination(name, m)?;
    if m.is_exact()
        && let Some(d) = linalg::determinant(m)
        && d.is_exact()
    {
        return Ok(d);
    }
    // A real matrix, or an exact one whose rationals overflowed: the floating-point way.
    real::determinant(&m.to_nalgebra())
        .map(Scalar::Real)
        .map_err(|e| real_error(name, e))
}

/// `A⁻¹`: exact for an exact matrix; for a real one an error when it is singular by the one
/// tolerance of [`real`] (or the inverse overflows).
pub(super) fn inverse(name: &str, m: &Matrix) -> R<Matrix> {
    charge_elimination(name, m)?;
    if m.is_exact() {
        let (inv, _) = linalg::inverse_with_steps(m).ok_or_else(|| {
            ExprError::undefined("the matrix is singular (det = 0), so it has no inverse")
        })?;
        if inv.is_exact() {
            return Ok(inv);
        }
    }
    // A real matrix, or an exact one whose rationals overflowed: the floating-point way.
    real::inverse(&m.to_nalgebra())
        .map(|inv| Matrix::from_nalgebra(&inv))
        .map_err(|e| real_error(name, e))
}
