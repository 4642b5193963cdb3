//! The calculator's ML functions: `softmax`, `logsumexp`, `sigmoid`, the losses `mse`, `mae`,
//! `bce`, `cce`, and the linear fits `ridge` and `lstsq`.
//!
//! Thin adapters over [`crate::math::ml`], which states each formula and convention: softmax
//! and log-sum-exp with the max shift (stable for entries in the thousands), the losses as means
//! over the examples, probabilities clipped to [ε, 1 − ε] with ε = 2.22e-16 as
//! `sklearn.metrics.log_loss`, `ridge` on sklearn's objective ‖y − Xw − b‖² + α‖w‖² (intercept
//! not penalised), `lstsq` by QR. X has one row per example (a vector is one feature), and the
//! fits return [coefficients…, intercept]. Calculator functions: an answer may not call them.

use super::budget;
use super::error::ExprError;
use super::functions::{args_in, number, usage_in};
use super::value::Value;
use crate::math::ml::loss::{self, Targets};
use crate::math::ml::regression::{fit_qr, fit_ridge};
use crate::math::ml::{self, MlError};
use crate::math::{Matrix, Scalar};
use nalgebra::DMatrix;

type R<T> = Result<T, ExprError>;

/// The functions of this module with their usage, as an error message shows it.
pub(crate) const USAGE: &[(&str, &str)] = &[
    ("softmax", "softmax([z1, z2, …])"),
    ("logsumexp", "logsumexp([z1, z2, …])"),
    ("sigmoid", "sigmoid(x) or sigmoid([x1, x2, …])"),
    ("mse", "mse(y, ŷ) with two vectors"),
    ("mae", "mae(y, ŷ) with two vectors"),
    (
        "bce",
        "bce(y, p) with labels y in [0, 1] and probabilities p",
    ),
    (
        "cce",
        "cce(y, P): P has one row of class probabilities per example; y is the class indices \
         counting from 0, as in cce([0, 2], [0.7 0.2 0.1; 0.1 0.3 0.6]), or one-hot rows, as \
         in cce([1 0 0; 0 0 1], P)",
    ),
    ("ridge", "ridge(X, y, α) with one row of X per example"),
    ("lstsq", "lstsq(X, y) with one row of X per example"),
];

/// Whether `name` is one of this module's functions.
pub(crate) fn is_ml_function(name: &str) -> bool {
    USAGE.iter().any(|(n, _)| *n == name)
}

fn usage(name: &str) -> &'static str {
    usage_in(USAGE, name)
}

fn args<const N: usize>(name: &str, a: Vec<Value>) -> R<[Value; N]> {
    args_in(USAGE, name, a)
}

/// The library's refusal as the calculator's: shapes are type errors, values undefined.
fn refused(name: &str, e: MlError) -> ExprError {
    let message = format!("{name}: {e}");
    match e {
        MlError::LengthMismatch { .. } | MlError::Empty { .. } | MlError::TooFewRows { .. } => {
            ExprError::type_error(format!("{message}; use {}", usage(name)))
        }
        _ => ExprError::undefined(message),
    }
}

/// A vector argument as f64 values, its entries charged to the budget.
fn reals(name: &str, what: &str, v: &Value) -> R<Vec<f64>> {
    match v {
        Value::Vector(xs) => {
            budget::charge(budget::ENTRY * xs.len() as u64, name)?;
            Ok(xs.iter().map(Scalar::to_f64).collect())
        }
        other => Err(ExprError::type_error(format!(
            "{name}: {what} must be a vector such as [1, 2, 3], not {}; use {}",
            other.describe(),
            usage(name)
        ))),
    }
}

/// A matrix argument as rows of f64 (`what` names it in the error).
fn rows(name: &str, what: &str, v: &Value) -> R<Vec<Vec<f64>>> {
    match v {
        Value::Matrix(m) => {
            budget::charge(budget::ENTRY * m.entries().len() as u64, name)?;
            Ok(m.rows()
                .map(|r| r.iter().map(Scalar::to_f64).collect())
                .collect())
        }
        other => Err(ExprError::type_error(format!(
            "{name}: {what} must be a matrix, not {}; use {}",
            other.describe(),
            usage(name)
        ))),
    }
}

/// X: a matrix with one row per example, or a vector (one feature).
fn design(name: &str, v: &Value) -> R<DMatrix<f64>> {
    let m = match v {
        Value::Vector(xs) => Matrix::from_fn(xs.len(), 1, |i, _| xs[i]),
        Value::Matrix(m) => m.clone(),
        other => {
            return Err(ExprError::type_error(format!(
                "{name}: X must be a matrix with one row per example (or a vector for one \
                 feature), not {}; use {}",
                other.describe(),
                usage(name)
            )));
        }
    };
    let (n, p) = m.shape();
    // The fit's work: about 2·n·(p + 1)² multiply-adds (QR with reorthogonalisation, or the
    // Gram matrix and Cholesky), plus the copy.
    let work = 2 * budget::REAL_MULADD * (n as u64) * ((p + 1) as u64).pow(2);
    budget::charge(work + budget::ENTRY * (n * p) as u64, name)?;
    Ok(m.to_nalgebra())
}

/// Class indices: whole numbers ≥ 0.
fn indices(name: &str, y: &[f64]) -> R<Vec<usize>> {
    y.iter()
        .map(|&c| {
            if c >= 0.0 && c.fract() == 0.0 && c < 1e9 {
                Ok(c as usize)
            } else {
                Err(ExprError::undefined(format!(
                    "{name}: a class index must be a whole number from 0, got {c}; use {}",
                    usage(name)
                )))
            }
        })
        .collect()
}

fn scalar(x: f64) -> Value {
    Value::Scalar(Scalar::Real(x))
}

fn vector(xs: &[f64]) -> Value {
    Value::Vector(xs.iter().map(|&x| Scalar::Real(x)).collect())
}

/// Calls the ML function `name` (canonical) on evaluated arguments.
pub(crate) fn call(name: &str, a: Vec<Value>) -> R<Value> {
    let e = |err| refused(name, err);
    Ok(match name {
        "softmax" | "logsumexp" => {
            let [z] = args::<1>(name, a)?;
            let z = reals(name, "z", &z)?;
            if name == "softmax" {
                vector(&ml::softmax(&z).map_err(e)?)
            } else {
                scalar(ml::logsumexp(&z).map_err(e)?)
            }
        }
        "sigmoid" => {
            let [x] = args::<1>(name, a)?;
            match &x {
                Value::Scalar(s) if s.exact().is_some_and(|q| q.is_zero()) => {
                    Value::Scalar(Scalar::frac(1, 2))
                }
                Value::Scalar(_) => scalar(ml::sigmoid(number(name, "x", &x)?.to_f64())),
                _ => {
                    let xs = reals(name, "x", &x)?;
                    vector(&xs.iter().map(|&v| ml::sigmoid(v)).collect::<Vec<_>>())
                }
            }
        }
        "mse" | "mae" | "bce" => {
            let [y, p] = args::<2>(name, a)?;
            let (y, p) = (
                reals(name, "y", &y)?,
                reals(name, "the second argument", &p)?,
            );
            let value = match name {
                "mse" => loss::mse(&y, &p),
                "mae" => loss::mae(&y, &p),
                _ => loss::bce(&y, &p),
            };
            scalar(value.map_err(e)?)
        }
        "cce" => {
            let [y, p] = args::<2>(name, a)?;
            let p = rows(name, "P", &p)?;
            let value = match &y {
                Value::Matrix(_) => loss::cce(Targets::Rows(&rows(name, "y", &y)?), &p),
                _ => {
                    let classes = indices(name, &reals(name, "y", &y)?)?;
                    loss::cce(Targets::Indices(&classes), &p)
                }
            };
            scalar(value.map_err(e)?)
        }
        "ridge" => {
            let [x, y, alpha] = args::<3>(name, a)?;
            let alpha = number(name, "α", &alpha)?.to_f64();
            let x = design(name, &x)?;
            let fit = fit_ridge(&x, &reals(name, "y", &y)?, alpha).map_err(e)?;
            vector(&fit.coefficients_then_intercept())
        }
        "lstsq" => {
            let [x, y] = args::<2>(name, a)?;
            let x = design(name, &x)?;
            let fit = fit_qr(&x, &reals(name, "y", &y)?).map_err(e)?;
            vector(&fit.coefficients_then_intercept())
        }
        _ => {
            return Err(ExprError::type_error(format!("unknown function '{name}'")));
        }
    })
}
