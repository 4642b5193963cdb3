//! The calculator's probability and statistics functions: distributions (`normcdf`, `tinv`, …),
//! statistics of data given as vectors (`mean`, `var`, `quantile`, `corr`, …), tests and
//! intervals (`ttest`, `welch`, `tinterval`), the least-squares line and classification metrics.
//!
//! Every function here is a thin adapter: it checks the arguments (count, numbers or vectors,
//! integers where a count is meant) and calls the library, [`crate::math::prob`] and
//! [`crate::math::stats`], which states each convention (`var` divides by n − 1, `quantile` is
//! numpy's type 7, …). These are calculator functions: an answer may not call them.

use super::budget;
use super::error::ExprError;
use super::value::Value;
use crate::math::Scalar;
use crate::math::prob::distributions::{
    Binomial, ChiSquared, Continuous, Discrete, DistError, Normal, Poisson, StudentT,
};
use crate::math::stats::StatsError;
use crate::math::stats::classification::{
    ZeroDivision, f1_score, precision_score, recall_score, roc_auc,
};
use crate::math::stats::descriptive::{self as d, Divisor, QuartileMethod};
use crate::math::stats::inference;

type R<T> = Result<T, ExprError>;

/// The functions of this module with their usage, as an error message shows it.
pub(crate) const USAGE: &[(&str, &str)] = &[
    ("normpdf", "normpdf(x) or normpdf(x, μ, σ)"),
    ("normcdf", "normcdf(x) or normcdf(x, μ, σ)"),
    ("norminv", "norminv(p) or norminv(p, μ, σ)"),
    ("binompmf", "binompmf(k, n, p)"),
    ("binomcdf", "binomcdf(k, n, p)"),
    ("poisspmf", "poisspmf(k, λ)"),
    ("poisscdf", "poisscdf(k, λ)"),
    ("tcdf", "tcdf(t, df)"),
    ("tinv", "tinv(p, df)"),
    ("chi2cdf", "chi2cdf(x, df)"),
    ("chi2inv", "chi2inv(p, df)"),
    ("mean", "mean([x1, x2, …])"),
    ("median", "median([x1, x2, …])"),
    ("mode", "mode([x1, x2, …])"),
    ("var", "var([x1, x2, …])"),
    ("std", "std([x1, x2, …])"),
    ("pvar", "pvar([x1, x2, …])"),
    ("pstd", "pstd([x1, x2, …])"),
    ("quantile", "quantile(xs, q)"),
    ("iqr", "iqr(xs)"),
    ("cov", "cov(xs, ys)"),
    ("corr", "corr(xs, ys)"),
    ("zscore", "zscore(x, xs)"),
    ("ttest", "ttest(xs, μ0)"),
    ("welch", "welch(xs, ys)"),
    ("tinterval", "tinterval(xs, conf)"),
    ("linreg", "linreg(xs, ys)"),
    ("precision", "precision(y, ŷ)"),
    ("recall", "recall(y, ŷ)"),
    ("f1", "f1(y, ŷ)"),
    ("auc", "auc(y, scores)"),
];

/// Whether `name` is one of this module's functions.
pub(crate) fn is_stat_function(name: &str) -> bool {
    USAGE.iter().any(|(n, _)| *n == name)
}

fn usage(name: &str) -> &'static str {
    USAGE
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, u)| u)
}

fn wrong_count(name: &str, got: usize) -> ExprError {
    ExprError::type_error(format!(
        "{name} is used as {}, but was given {got} argument{}",
        usage(name),
        if got == 1 { "" } else { "s" }
    ))
}

fn args<const N: usize>(name: &str, args: Vec<Value>) -> R<[Value; N]> {
    let got = args.len();
    args.try_into().map_err(|_| wrong_count(name, got))
}

fn dist(e: DistError) -> ExprError {
    ExprError::undefined(e.to_string())
}

fn stats(e: StatsError) -> ExprError {
    ExprError::undefined(e.to_string())
}

/// A number argument, as f64.
fn real(name: &str, what: &str, v: &Value) -> R<f64> {
    match v {
        Value::Scalar(s) => Ok(s.to_f64()),
        other => Err(ExprError::type_error(format!(
            "{name}: {what} must be a number, not {} (usage: {})",
            other.describe(),
            usage(name)
        ))),
    }
}

/// A whole-number argument (a count such as k or n).
fn whole(name: &str, what: &str, v: &Value) -> R<i64> {
    let x = real(name, what, v)?;
    if x.fract() != 0.0 || x.abs() > 9.0e15 {
        return Err(ExprError::undefined(format!(
            "{name}: {what} must be a whole number, got {x}"
        )));
    }
    Ok(x as i64)
}

/// A vector argument (data), as f64 values; charges the budget for a pass and a sort over it.
fn data(name: &str, what: &str, v: &Value) -> R<Vec<f64>> {
    let xs: Vec<f64> = match v {
        Value::Vector(xs) => xs.iter().map(Scalar::to_f64).collect(),
        other => {
            return Err(ExprError::type_error(format!(
                "{name}: {what} must be a vector of numbers such as [1, 2, 3], not {} (usage: {})",
                other.describe(),
                usage(name)
            )));
        }
    };
    let n = xs.len() as u64;
    let log = 64 - n.leading_zeros() as u64;
    budget::charge(budget::ENTRY * n * (1 + log), name)?;
    Ok(xs)
}

/// Labels 0/1 of a classification, as integers (anything else is an error naming the entry).
fn labels(name: &str, what: &str, v: &Value) -> R<Vec<u8>> {
    data(name, what, v)?
        .into_iter()
        .enumerate()
        .map(|(i, x)| match x {
            0.0 => Ok(0),
            1.0 => Ok(1),
            _ => Err(ExprError::undefined(format!(
                "{name}: {what} must be labels 0 or 1, but entry {} is {x}",
                i + 1
            ))),
        })
        .collect()
}

fn number(x: f64) -> Value {
    Value::Scalar(Scalar::Real(x))
}

fn vector(xs: &[f64]) -> Value {
    Value::Vector(xs.iter().map(|&x| Scalar::Real(x)).collect())
}

/// A normal distribution from `(x)` or `(x, μ, σ)`: the first argument and the distribution.
fn normal(name: &str, mut a: Vec<Value>) -> R<(f64, Normal)> {
    match a.len() {
        1 => Ok((real(name, "the first argument", &a[0])?, Normal::standard())),
        3 => {
            let sigma = real(name, "σ", &a.pop().unwrap_or(Value::Bool(false)))?;
            let mu = real(name, "μ", &a.pop().unwrap_or(Value::Bool(false)))?;
            let x = real(name, "the first argument", &a[0])?;
            Ok((x, Normal::new(mu, sigma).map_err(dist)?))
        }
        n => Err(wrong_count(name, n)),
    }
}

/// A probability strictly between 0 and 1, for an inverse cdf.
fn open_probability(name: &str, p: f64) -> R<f64> {
    if p > 0.0 && p < 1.0 {
        Ok(p)
    } else {
        Err(ExprError::undefined(format!(
            "{name}: the probability must be between 0 and 1 (exclusive), got {p}"
        )))
    }
}

/// A binomial `(k, n, p)`, charging the budget for the terms its cdf may sum.
fn binomial(name: &str, a: Vec<Value>) -> R<(i64, Binomial)> {
    let [k, n, p] = args::<3>(name, a)?;
    let (k, n, p) = (
        whole(name, "k", &k)?,
        whole(name, "n", &n)?,
        real(name, "p", &p)?,
    );
    if n < 0 {
        return Err(ExprError::undefined(format!(
            "{name}: n must be a whole number ≥ 0, got {n}"
        )));
    }
    Ok((k, Binomial::new(n as u64, p).map_err(dist)?))
}

fn poisson(name: &str, a: Vec<Value>) -> R<(i64, Poisson)> {
    let [k, lambda] = args::<2>(name, a)?;
    let k = whole(name, "k", &k)?;
    Ok((k, Poisson::new(real(name, "λ", &lambda)?).map_err(dist)?))
}

fn with_df<D>(
    name: &str,
    a: Vec<Value>,
    make: impl Fn(f64) -> Result<D, DistError>,
) -> R<(f64, D)> {
    let [x, df] = args::<2>(name, a)?;
    let x = real(name, "the first argument", &x)?;
    Ok((x, make(real(name, "df", &df)?).map_err(dist)?))
}

/// Calls the probability or statistics function `name` (see [`USAGE`]).
pub(crate) fn call(name: &str, a: Vec<Value>) -> R<Value> {
    // Distribution functions are a few hundred operations at most; the binomial and Poisson
    // cdfs sum terms outward from the mode until they stop counting, also a bounded number.
    budget::charge(budget::ENTRY * 64, name)?;
    let v = match name {
        "normpdf" => {
            let (x, n) = normal(name, a)?;
            number(n.pdf(x))
        }
        "normcdf" => {
            let (x, n) = normal(name, a)?;
            number(n.cdf(x))
        }
        "norminv" => {
            let (p, n) = normal(name, a)?;
            number(n.quantile(open_probability(name, p)?).map_err(dist)?)
        }
        "binompmf" => {
            let (k, b) = binomial(name, a)?;
            number(b.pmf(k))
        }
        "binomcdf" => {
            let (k, b) = binomial(name, a)?;
            number(b.cdf(k))
        }
        "poisspmf" => {
            let (k, p) = poisson(name, a)?;
            number(p.pmf(k))
        }
        "poisscdf" => {
            let (k, p) = poisson(name, a)?;
            number(p.cdf(k))
        }
        "tcdf" => {
            let (t, d) = with_df(name, a, StudentT::new)?;
            number(d.cdf(t))
        }
        "tinv" => {
            let (p, d) = with_df(name, a, StudentT::new)?;
            number(d.quantile(open_probability(name, p)?).map_err(dist)?)
        }
        "chi2cdf" => {
            let (x, d) = with_df(name, a, ChiSquared::new)?;
            number(d.cdf(x))
        }
        "chi2inv" => {
            let (p, d) = with_df(name, a, ChiSquared::new)?;
            number(d.quantile(open_probability(name, p)?).map_err(dist)?)
        }
        _ => return data_function(name, a),
    };
    Ok(v)
}

/// The functions of data (vectors).
fn data_function(name: &str, a: Vec<Value>) -> R<Value> {
    let one = |a: Vec<Value>| -> R<Vec<f64>> {
        let [xs] = args::<1>(name, a)?;
        data(name, "the data", &xs)
    };
    let two = |a: Vec<Value>| -> R<(Vec<f64>, Vec<f64>)> {
        let [xs, ys] = args::<2>(name, a)?;
        Ok((data(name, "xs", &xs)?, data(name, "ys", &ys)?))
    };
    let v = match name {
        "mean" => return exact_mean(name, a),
        "median" => number(d::median(&one(a)?).map_err(stats)?),
        "mode" => {
            let m = d::modes(&one(a)?).map_err(stats)?;
            match m.values.as_slice() {
                [x] => number(*x),
                xs => Value::Set(xs.iter().map(|&x| number(x)).collect()),
            }
        }
        "var" => number(d::variance(&one(a)?, Divisor::Sample).map_err(stats)?),
        "std" => number(d::std_dev(&one(a)?, Divisor::Sample).map_err(stats)?),
        "pvar" => number(d::variance(&one(a)?, Divisor::Population).map_err(stats)?),
        "pstd" => number(d::std_dev(&one(a)?, Divisor::Population).map_err(stats)?),
        "iqr" => number(d::iqr(&one(a)?, QuartileMethod::Linear).map_err(stats)?),
        "quantile" => {
            let [xs, q] = args::<2>(name, a)?;
            let xs = data(name, "the data", &xs)?;
            number(d::quantile(&xs, real(name, "q", &q)?).map_err(stats)?)
        }
        "zscore" => {
            let [x, xs] = args::<2>(name, a)?;
            let x = real(name, "x", &x)?;
            number(d::z_score(x, &data(name, "the data", &xs)?, Divisor::Sample).map_err(stats)?)
        }
        "cov" => {
            let (xs, ys) = two(a)?;
            number(d::covariance(&xs, &ys, Divisor::Sample).map_err(stats)?)
        }
        "corr" => {
            let (xs, ys) = two(a)?;
            number(d::correlation(&xs, &ys).map_err(stats)?)
        }
        "linreg" => {
            let (xs, ys) = two(a)?;
            let l = d::least_squares(&xs, &ys).map_err(stats)?;
            vector(&[l.slope, l.intercept, l.r_squared])
        }
        _ => return inference_function(name, a),
    };
    Ok(v)
}

/// The mean, exact when every value is (`mean([1, 2])` is 3/2).
fn exact_mean(name: &str, a: Vec<Value>) -> R<Value> {
    let [xs] = args::<1>(name, a)?;
    let floats = data(name, "the data", &xs)?;
    if let Value::Vector(items) = &xs
        && !items.is_empty()
        && items.iter().all(Scalar::is_exact)
    {
        let sum = items.iter().fold(Scalar::ZERO, |s, &x| s + x);
        if let Some(mean) = sum.checked_div(Scalar::int(items.len() as i64))
            && mean.is_exact()
        {
            return Ok(Value::Scalar(mean));
        }
    }
    Ok(number(d::mean(&floats).map_err(stats)?))
}

/// Tests, intervals and classification metrics.
fn inference_function(name: &str, a: Vec<Value>) -> R<Value> {
    let v = match name {
        "ttest" => {
            let [xs, mu0] = args::<2>(name, a)?;
            let xs = data(name, "the data", &xs)?;
            let t = inference::t_test_from_data(
                &xs,
                real(name, "μ0", &mu0)?,
                inference::Alternative::TwoSided,
            )
            .map_err(inference_error)?;
            vector(&[t.statistic, t.p_value])
        }
        "welch" => {
            let [xs, ys] = args::<2>(name, a)?;
            let (xs, ys) = (data(name, "xs", &xs)?, data(name, "ys", &ys)?);
            let t = inference::welch_t_test_from_data(&xs, &ys, inference::Alternative::TwoSided)
                .map_err(inference_error)?;
            vector(&[t.statistic, t.p_value])
        }
        "tinterval" => {
            let [xs, conf] = args::<2>(name, a)?;
            let xs = data(name, "the data", &xs)?;
            let ci = inference::t_interval_from_data(&xs, real(name, "conf", &conf)?)
                .map_err(inference_error)?;
            vector(&[ci.lower, ci.upper])
        }
        "precision" | "recall" | "f1" => {
            let [y, yhat] = args::<2>(name, a)?;
            let (y, yhat) = (labels(name, "y", &y)?, labels(name, "ŷ", &yhat)?);
            let score = match name {
                "precision" => precision_score(&y, &yhat, ZeroDivision::Error),
                "recall" => recall_score(&y, &yhat, ZeroDivision::Error),
                _ => f1_score(&y, &yhat, ZeroDivision::Error),
            };
            number(score.map_err(stats)?)
        }
        "auc" => {
            let [y, scores] = args::<2>(name, a)?;
            let y = labels(name, "y", &y)?;
            number(roc_auc(&y, &data(name, "scores", &scores)?).map_err(stats)?)
        }
        _ => {
            return Err(ExprError::type_error(format!("unknown function '{name}'")));
        }
    };
    Ok(v)
}

fn inference_error(e: impl std::fmt::Display) -> ExprError {
    ExprError::undefined(e.to_string())
}
