//! Arithmetic on values: numbers, vectors and matrices, keeping exact values exact.
//!
//! Vectors are columns. Shapes must agree, and a mismatch is an error that names both shapes.
//! Every real result is checked to be finite, so an overflow is an error, not `inf`.

use super::ast::BinOp;
use super::budget;
use super::error::ExprError;
use super::limits::{MAX_DIM, MAX_ENTRIES, MAX_MATRIX_POWER, MAX_PRODUCT_WORK};
use super::value::Value;
use crate::math::{Matrix, Rational, Scalar};

type R<T> = Result<T, ExprError>;

/// `s`, or an error if it is a non-finite real.
pub(crate) fn finite(s: Scalar) -> R<Scalar> {
    match s {
        Scalar::Real(x) if x.is_nan() => Err(ExprError::undefined(
            "the result is undefined (not a real number)",
        )),
        Scalar::Real(x) if x.is_infinite() => Err(ExprError::undefined("the result is too large")),
        _ => Ok(s),
    }
}

pub(crate) fn finite_vec(v: Vec<Scalar>) -> R<Vec<Scalar>> {
    v.into_iter().map(finite).collect()
}

pub(crate) fn finite_matrix(m: Matrix) -> R<Matrix> {
    for &x in m.entries() {
        finite(x)?;
    }
    Ok(m)
}

/// A checked value: every number in it finite, also inside sets, tuples and complex numbers.
pub(crate) fn finite_value(v: Value) -> R<Value> {
    Ok(match v {
        Value::Scalar(s) => Value::Scalar(finite(s)?),
        Value::Vector(v) => Value::Vector(finite_vec(v)?),
        Value::Matrix(m) => Value::Matrix(finite_matrix(m)?),
        Value::Complex { re, im } => {
            finite(Scalar::Real(re))?;
            finite(Scalar::Real(im))?;
            Value::Complex { re, im }
        }
        Value::Set(items) => Value::Set(items.into_iter().map(finite_value).collect::<R<_>>()?),
        Value::Tuple(items) => Value::Tuple(items.into_iter().map(finite_value).collect::<R<_>>()?),
        other => other,
    })
}

fn type_err(message: String) -> ExprError {
    ExprError::type_error(message)
}

pub(crate) fn neg(v: Value) -> R<Value> {
    match v {
        Value::Scalar(s) => Ok(Value::Scalar(-s)),
        Value::Vector(v) => Ok(Value::Vector(v.into_iter().map(|x| -x).collect())),
        Value::Matrix(m) => Ok(Value::Matrix(m.map(|x| -x))),
        other => Err(type_err(format!("cannot negate {}", other.describe()))),
    }
}

/// `x + y`, or `x − y` when `subtract`: what [`add`] gives for two numbers.
pub(crate) fn scalar_add(x: Scalar, y: Scalar, subtract: bool) -> R<Scalar> {
    finite(if subtract { x - y } else { x + y })
}

/// `a op b` for two numbers: what the evaluator's arithmetic gives for them; the one dispatch
/// of the scalar paths ([`super::eval_scalar`], [`super::eval_compiled`]).
pub(crate) fn scalar_binary(op: BinOp, a: Scalar, b: Scalar) -> R<Scalar> {
    match op {
        BinOp::Add => scalar_add(a, b, false),
        BinOp::Sub => scalar_add(a, b, true),
        BinOp::Mul => scalar_mul(a, b),
        BinOp::Div => scalar_div(a, b),
        BinOp::Pow => scalar_pow(a, b),
    }
}

/// `x·y`: what [`mul`] gives for two numbers.
pub(crate) fn scalar_mul(x: Scalar, y: Scalar) -> R<Scalar> {
    finite(x * y)
}

/// `x/d`: what [`div`] gives for two numbers.
pub(crate) fn scalar_div(x: Scalar, d: Scalar) -> R<Scalar> {
    if d.is_zero() {
        return Err(ExprError::undefined("division by zero"));
    }
    finite(x.checked_div(d).expect("nonzero divisor"))
}

pub(crate) fn add(a: Value, b: Value, subtract: bool) -> R<Value> {
    let f = |x: Scalar, y: Scalar| if subtract { x - y } else { x + y };
    let verb = if subtract { "subtract" } else { "add" };
    let v = match (a, b) {
        (Value::Scalar(x), Value::Scalar(y)) => {
            return scalar_add(x, y, subtract).map(Value::Scalar);
        }
        (Value::Vector(u), Value::Vector(v)) if u.len() == v.len() => {
            Value::Vector(u.into_iter().zip(v).map(|(x, y)| f(x, y)).collect())
        }
        (Value::Matrix(m), Value::Matrix(n)) if m.shape() == n.shape() => {
            Value::Matrix(m.zip_with(&n, f).expect("same shape"))
        }
        (a, b) => {
            let (first, second) = if subtract {
                (b.describe(), a.describe())
            } else {
                (a.describe(), b.describe())
            };
            let prep = if subtract { "from" } else { "to" };
            let numeric =
                |v: &Value| matches!(v, Value::Scalar(_) | Value::Vector(_) | Value::Matrix(_));
            let advice = if numeric(&a) && numeric(&b) {
                ": both need the same shape"
            } else {
                ""
            };
            return Err(type_err(format!(
                "cannot {verb} {first} {prep} {second}{advice}"
            )));
        }
    };
    finite_value(v)
}

/// Checks that an `m×k` by `k×n` product is within bounds.
fn product_size(m: usize, k: usize, n: usize) -> R<()> {
    if m.saturating_mul(n) > MAX_ENTRIES || m.saturating_mul(k).saturating_mul(n) > MAX_PRODUCT_WORK
    {
        return Err(ExprError::too_big(format!(
            "the product of a {m}×{k} and a {k}×{n} matrix is too large to compute here"
        )));
    }
    Ok(())
}

/// `A·B`, within the size bounds and the work budget (what [`Matrix::mul`] computes: for exact
/// matrices the nonzero entries of `A` times the columns of `B`, at the exact weight).
fn product(a: &Matrix, b: &Matrix) -> R<Matrix> {
    product_size(a.nrows(), a.ncols(), b.ncols())?;
    let units = if a.is_exact() && b.is_exact() {
        budget::EXACT_MULADD * (a.nonzeros() as u64) * (b.ncols() as u64)
    } else {
        let slow = budget::may_be_subnormal(a.entries(), b.entries());
        let each = if slow {
            budget::SUBNORMAL
        } else {
            budget::REAL_MULADD
        };
        each * (a.nrows() * a.ncols() * b.ncols()) as u64
    };
    budget::charge(units, "a matrix product")?;
    let p = a.mul(b).expect("shapes agree");
    if !p.entries().iter().all(Scalar::is_finite) {
        // The factors are finite, so an infinite (or NaN: ∞ − ∞) entry is an overflow.
        return Err(ExprError::too_big(
            "the matrix product is too large: an entry exceeds the largest double-precision \
             number (about 1.8e308)",
        ));
    }
    Ok(p)
}

pub(crate) fn mul(a: Value, b: Value) -> R<Value> {
    let v = match (a, b) {
        (Value::Scalar(x), Value::Scalar(y)) => return scalar_mul(x, y).map(Value::Scalar),
        (Value::Scalar(k), Value::Vector(v)) | (Value::Vector(v), Value::Scalar(k)) => {
            Value::Vector(v.into_iter().map(|x| k * x).collect())
        }
        (Value::Scalar(k), Value::Matrix(m)) | (Value::Matrix(m), Value::Scalar(k)) => {
            Value::Matrix(m.scale(k))
        }
        (Value::Matrix(m), Value::Matrix(n)) if m.ncols() == n.nrows() => {
            Value::Matrix(product(&m, &n)?)
        }
        (Value::Matrix(m), Value::Vector(v)) if m.ncols() == v.len() => {
            product_size(m.nrows(), m.ncols(), 1)?;
            let w = m.mul_vec(&v).expect("shapes agree");
            // A row times a column (`u'v`) is a number.
            match w.as_slice() {
                [x] => Value::Scalar(*x),
                _ => Value::Vector(w),
            }
        }
        (Value::Vector(v), Value::Matrix(m)) if v.len() == m.nrows() => {
            // vᵀA: the vector as a row.
            product_size(1, m.nrows(), m.ncols())?;
            Value::Vector(m.transpose().mul_vec(&v).expect("shapes agree"))
        }
        (Value::Vector(v), Value::Matrix(m)) if m.nrows() == 1 => {
            // An outer product: the vector as a column times a row.
            product_size(v.len(), 1, m.ncols())?;
            Value::Matrix(Matrix::from_fn(v.len(), m.ncols(), |i, j| {
                v[i] * m.get(0, j)
            }))
        }
        (Value::Vector(_), Value::Vector(_)) => {
            return Err(type_err(
                "cannot multiply two vectors: use dot(u, v) for the dot product".into(),
            ));
        }
        (a @ Value::Matrix(_), b @ (Value::Matrix(_) | Value::Vector(_))) => {
            let Value::Matrix(m) = &a else { unreachable!() };
            let rows = match &b {
                Value::Matrix(n) => n.nrows(),
                Value::Vector(v) => v.len(),
                _ => 0,
            };
            return Err(type_err(format!(
                "cannot multiply {} by {}: the first has {} columns, the second {} rows",
                a.describe(),
                b.describe(),
                m.ncols(),
                rows
            )));
        }
        (a, b) => {
            return Err(type_err(format!(
                "cannot multiply {} by {}",
                a.describe(),
                b.describe()
            )));
        }
    };
    finite_value(v)
}

pub(crate) fn div(a: Value, b: Value) -> R<Value> {
    let Value::Scalar(d) = b else {
        return Err(type_err(format!(
            "cannot divide by {}: only division by a number is defined (use inv(A) for a \
             matrix inverse)",
            b.describe()
        )));
    };
    if let Value::Scalar(x) = a {
        return scalar_div(x, d).map(Value::Scalar);
    }
    if d.is_zero() {
        return Err(ExprError::undefined("division by zero"));
    }
    let q = |x: Scalar| x.checked_div(d).expect("nonzero divisor");
    let v = match a {
        Value::Vector(v) => Value::Vector(v.into_iter().map(q).collect()),
        Value::Matrix(m) => Value::Matrix(m.map(q)),
        other => {
            return Err(type_err(format!("cannot divide {}", other.describe())));
        }
    };
    finite_value(v)
}

pub(crate) fn pow(a: Value, b: Value) -> R<Value> {
    match (a, b) {
        (Value::Scalar(x), Value::Scalar(y)) => Ok(Value::Scalar(scalar_pow(x, y)?)),
        (Value::Matrix(m), Value::Scalar(k)) => Ok(Value::Matrix(matrix_pow(&m, k)?)),
        (a, b) => Err(type_err(format!(
            "cannot raise {} to the power {}",
            a.describe(),
            b.describe()
        ))),
    }
}

/// `x^y`: exact for an exact base and integer exponent when the result fits; exact for a
/// rational exponent `p/q` when the base is an exact `q`-th power (`4^(1/2) = 2`).
pub(crate) fn scalar_pow(x: Scalar, y: Scalar) -> R<Scalar> {
    if let Some(k) = y.as_integer() {
        return match x.powi(k) {
            Some(r) => finite(r),
            None => Err(ExprError::undefined(
                "0 to a negative power is a division by zero",
            )),
        };
    }
    if let (Scalar::Exact(b), Scalar::Exact(e)) = (x, y)
        && let Some(root) = exact_root(b, e.denom())
        && let Some(r) = root.checked_powi(e.numer())
    {
        return Ok(Scalar::Exact(r));
    }
    let (b, e) = (x.to_f64(), y.to_f64());
    // A real odd root of a negative number: (-8)^(1/3) = -2, (-8)^(2/3) = 4.
    if b < 0.0
        && let Scalar::Exact(ey) = y
        && ey.denom() % 2 == 1
    {
        let r = scalar_pow(-x, y)?;
        return Ok(if ey.numer() % 2 == 0 { r } else { -r });
    }
    if b < 0.0 && e.fract() != 0.0 {
        return Err(ExprError::undefined(
            "a negative number to a fractional power is not a real number",
        ));
    }
    if b == 0.0 && e < 0.0 {
        return Err(ExprError::undefined(
            "0 to a negative power is a division by zero",
        ));
    }
    finite(Scalar::Real(b.powf(e)))
}

/// The exact `n`-th root of a non-negative rational, if it is rational.
fn exact_root(q: Rational, n: i64) -> Option<Rational> {
    if q.signum() < 0 || !(2..=64).contains(&n) {
        return None;
    }
    let root = |m: i64| -> Option<i64> {
        let r = (m as f64).powf(1.0 / n as f64).round() as i64;
        let e = u32::try_from(n).ok()?;
        (r.saturating_sub(1)..=r.saturating_add(1)).find(|&c| c >= 0 && c.checked_pow(e) == Some(m))
    };
    Rational::new(root(q.numer())?, root(q.denom())?)
}

/// `A^k` for a square matrix and integer `k` (negative powers invert), by repeated squaring.
pub(crate) fn matrix_pow(m: &Matrix, k: Scalar) -> R<Matrix> {
    let Some(k) = k.as_integer() else {
        return Err(type_err(format!(
            "a matrix power needs an integer exponent, not {k}"
        )));
    };
    if !m.is_square() {
        return Err(type_err(format!(
            "only a square matrix has powers; this one is {}×{}",
            m.nrows(),
            m.ncols()
        )));
    }
    if m.nrows() > MAX_DIM || k.abs() > MAX_MATRIX_POWER {
        return Err(ExprError::too_big(format!(
            "matrix powers are limited to {MAX_DIM}×{MAX_DIM} matrices and exponents up to \
             {MAX_MATRIX_POWER}"
        )));
    }
    let mut base = if k < 0 {
        super::functions::inverse("^", m)?
    } else {
        m.clone()
    };
    let mut e = k.unsigned_abs();
    let mut acc: Option<Matrix> = None;
    while e > 0 {
        if e & 1 == 1 {
            acc = Some(match acc {
                None => base.clone(),
                Some(a) => product(&a, &base)?,
            });
        }
        e >>= 1;
        if e > 0 {
            base = product(&base, &base)?;
        }
    }
    Ok(acc.unwrap_or_else(|| Matrix::identity(m.nrows())))
}

/// `Aᵀ`; a vector transposes to a row (a 1×n matrix); a number is its own transpose.
pub(crate) fn transpose(v: Value) -> R<Value> {
    match v {
        Value::Matrix(m) => Ok(Value::Matrix(m.transpose())),
        Value::Vector(v) => Ok(Value::Matrix(
            Matrix::from_rows(vec![v]).ok_or_else(|| type_err("empty vector".into()))?,
        )),
        s @ Value::Scalar(_) => Ok(s),
        other => Err(type_err(format!("cannot transpose {}", other.describe()))),
    }
}
