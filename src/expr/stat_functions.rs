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
use super::functions::{args_in, number, usage_in, wrong_arity};
use super::value::Value;
use crate::math::prob::distributions::{
    Binomial, ChiSquared, Continuous, Discrete, DistError, Normal, Poisson, StudentT,
};
use crate::math::stats::StatsError;
use crate::math::stats::classification::{
    ZeroDivision, f1_score, precision_score, recall_score, roc_auc,
};
use crate::math::stats::descriptive::{self as d, Divisor, QuartileMethod};
use crate::math::stats::inference;
use crate::math::{Rational, Scalar};

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
    usage_in(USAGE, name)
}

fn args<const N: usize>(name: &str, a: Vec<Value>) -> R<[Value; N]> {
    args_in(USAGE, name, a)
}

fn dist(e: DistError) -> ExprError {
    ExprError::undefined(e.to_string())
}

fn stats(e: StatsError) -> ExprError {
    ExprError::undefined(e.to_string())
}

/// A number argument, as f64.
fn real(name: &str, what: &str, v: &Value) -> R<f64> {
    Ok(number(name, what, v)?.to_f64())
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
                "{name}: {what} must be a vector of numbers such as [1, 2, 3], not {}",
                other.describe()
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

fn number_value(x: f64) -> Value {
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
        n => Err(wrong_arity(name, "1 or 3 arguments", usage(name), n)),
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

/// A binomial `(k, n, p)`, and `p` as a fraction when `k`, `n` and `p` are all exact (so the
/// probabilities can be exact too).
fn binomial(name: &str, a: Vec<Value>) -> R<(i64, Binomial, Option<Rational>)> {
    let [k, n, p] = args::<3>(name, a)?;
    let exact = [&k, &n, &p]
        .iter()
        .all(|v| matches!(v, Value::Scalar(s) if s.is_exact()));
    let p_exact = match (&p, exact) {
        (Value::Scalar(s), true) => s.exact(),
        _ => None,
    };
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
    Ok((k, Binomial::new(n as u64, p).map_err(dist)?, p_exact))
}

/// A binomial probability: the exact fraction for exact arguments (`binompmf(3, 10, 1/2)` is
/// 15/128, as `det` is exact for an exact matrix) when it fits in `i64` parts, else the f64 value.
fn binomial_probability(
    exact: Option<Rational>,
    exact_path: impl Fn(Rational) -> Option<Rational>,
    float_path: impl Fn() -> f64,
) -> Value {
    match exact.and_then(exact_path) {
        Some(q) => Value::Scalar(Scalar::Exact(q)),
        None => number_value(float_path()),
    }
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
            number_value(n.pdf(x))
        }
        "normcdf" => {
            let (x, n) = normal(name, a)?;
            number_value(n.cdf(x))
        }
        "norminv" => {
            let (p, n) = normal(name, a)?;
            number_value(n.quantile(open_probability(name, p)?).map_err(dist)?)
        }
        "binompmf" => {
            let (k, b, p) = binomial(name, a)?;
            binomial_probability(p, |p| Binomial::exact_pmf(k, b.n(), p), || b.pmf(k))
        }
        "binomcdf" => {
            let (k, b, p) = binomial(name, a)?;
            binomial_probability(p, |p| Binomial::exact_cdf(k, b.n(), p), || b.cdf(k))
        }
        "poisspmf" => {
            let (k, p) = poisson(name, a)?;
            number_value(p.pmf(k))
        }
        "poisscdf" => {
            let (k, p) = poisson(name, a)?;
            number_value(p.cdf(k))
        }
        "tcdf" => {
            let (t, d) = with_df(name, a, StudentT::new)?;
            number_value(d.cdf(t))
        }
        "tinv" => {
            let (p, d) = with_df(name, a, StudentT::new)?;
            number_value(d.quantile(open_probability(name, p)?).map_err(dist)?)
        }
        "chi2cdf" => {
            let (x, d) = with_df(name, a, ChiSquared::new)?;
            number_value(d.cdf(x))
        }
        "chi2inv" => {
            let (p, d) = with_df(name, a, ChiSquared::new)?;
            number_value(d.quantile(open_probability(name, p)?).map_err(dist)?)
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
        "median" => number_value(d::median(&one(a)?).map_err(stats)?),
        "mode" => {
            let m = d::modes(&one(a)?).map_err(stats)?;
            match m.values.as_slice() {
                [x] => number_value(*x),
                xs => Value::Set(xs.iter().map(|&x| number_value(x)).collect()),
            }
        }
        "var" => number_value(d::variance(&one(a)?, Divisor::Sample).map_err(stats)?),
        "std" => number_value(d::std_dev(&one(a)?, Divisor::Sample).map_err(stats)?),
        "pvar" => number_value(d::variance(&one(a)?, Divisor::Population).map_err(stats)?),
        "pstd" => number_value(d::std_dev(&one(a)?, Divisor::Population).map_err(stats)?),
        "iqr" => number_value(d::iqr(&one(a)?, QuartileMethod::Linear).map_err(stats)?),
        "quantile" => {
            let [xs, q] = args::<2>(name, a)?;
            let xs = data(name, "the data", &xs)?;
            number_value(d::quantile(&xs, real(name, "q", &q)?).map_err(stats)?)
        }
        "zscore" => {
            let [x, xs] = args::<2>(name, a)?;
            let x = real(name, "x", &x)?;
            number_value(
                d::z_score(x, &data(name, "the data", &xs)?, Divisor::Sample).map_err(stats)?,
            )
        }
        "cov" => {
            let (xs, ys) = two(a)?;
            number_value(d::covariance(&xs, &ys, Divisor::Sample).map_err(stats)?)
        }
        "corr" => {
            let (xs, ys) = two(a)?;
            number_value(d::correlation(&xs, &ys).map_err(stats)?)
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
    Ok(number_value(d::mean(&floats).map_err(stats)?))
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
            number_value(score.map_err(stats)?)
        }
        "auc" => {
            let [y, scores] = args::<2>(name, a)?;
            let y = labels(name, "y", &y)?;
            number_value(roc_auc(&y, &data(name, "scores", &scores)?).map_err(stats)?)
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

#[cfg(test)]
mod tests {
    use crate::expr::{Value, parse_value};
    use crate::math::{Rational, Scalar};
    use statrs::distribution::{Binomial as Oracle, Discrete as _, DiscreteCDF as _};

    fn eval(expr: &str) -> Scalar {
        match parse_value(expr) {
            Ok(Value::Scalar(s)) => s,
            other => panic!("{expr}: {other:?}"),
        }
    }

    fn fraction(n: i64, d: i64) -> Scalar {
        Scalar::Exact(Rational::new(n, d).unwrap())
    }

    #[test]
    fn binomial_probabilities_are_exact_for_exact_arguments() {
        assert_eq!(eval("binompmf(3, 10, 1/2)"), fraction(15, 128));
        assert_eq!(eval("binomcdf(3, 10, 1/2)"), fraction(11, 64));
        // A decimal typed is exact too: 0.3 is 3/10.
        assert_eq!(eval("binompmf(1, 2, 0.3)"), fraction(21, 50));
        assert_eq!(eval("binomcdf(-1, 2, 0.3)"), Scalar::ZERO);
        assert_eq!(eval("binomcdf(12, 10, 1/3)"), Scalar::ONE);
    }

    #[test]
    fn binomial_probabilities_fall_back_to_f64_when_the_fraction_overflows() {
        for (expr, k, n, p) in [
            ("binompmf(500, 1000, 1/2)", 500, 1000, 0.5),
            ("binomcdf(480, 1000, 1/2)", 480, 1000, 0.5),
            ("binompmf(20, 50, 1/3)", 20, 50, 1.0 / 3.0),
            ("binomcdf(3, 1000, 0.001)", 3, 1000, 0.001),
        ] {
            let got = eval(expr);
            assert!(!got.is_exact(), "{expr}: {got:?}");
            let oracle = Oracle::new(p, n).unwrap();
            let want = if expr.starts_with("binompmf") {
                oracle.pmf(k)
            } else {
                oracle.cdf(k)
            };
            let got = got.to_f64();
            assert!((got - want).abs() <= 1e-9 * want, "{expr}: {got} vs {want}");
        }
    }

    #[test]
    fn binomial_probabilities_of_real_arguments_stay_real() {
        let got = eval("binompmf(3, 10, sqrt(2)/4)");
        assert!(!got.is_exact());
        let want = Oracle::new(2f64.sqrt() / 4.0, 10).unwrap().pmf(3);
        assert!((got.to_f64() - want).abs() <= 1e-9 * want);
    }

    #[test]
    fn a_wrong_argument_count_reads_the_same_for_every_function() {
        let message = |expr: &str| parse_value(expr).unwrap_err().to_string();
        let stat = message("binompmf(1, 2)");
        let elementary = message("sqrt(1, 2)");
        let two = message("dot([1])");
        assert!(
            stat.contains("binompmf takes 3 arguments, as in binompmf(k, n, p), but was given 2"),
            "{stat}"
        );
        assert!(
            elementary.contains("sqrt takes 1 argument, as in sqrt(x), but was given 2"),
            "{elementary}"
        );
        assert!(
            two.contains("dot takes 2 arguments, as in dot(u, v), but was given 1"),
            "{two}"
        );
        let normal = message("normcdf(1, 2)");
        assert!(
            normal.contains("normcdf takes 1 or 3 arguments, as in normcdf(x) or"),
            "{normal}"
        );
        let not_number = message("normcdf([1, 2])");
        assert!(
            not_number.contains("normcdf: the first argument must be a number, not a vector"),
            "{not_number}"
        );
        let not_number = message("sqrt([1, 2])");
        assert!(
            not_number.contains("sqrt: the argument must be a number, not a vector"),
            "{not_number}"
        );
    }
}
