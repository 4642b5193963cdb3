#!/usr/bin/env python3
"""Reference values for the calculator's probability and statistics functions.

Writes tests/data/calc_stats_reference.json: each case is an expression for `mathdrill calc`
and the value scipy / numpy / sklearn give (a number or a list), with an optional relative
tolerance `tol` (default 1e-9) where the comparison is looser for a stated reason, or
`"error": true` for an input the calculator must refuse.

Run: python3 tests/data/calc_stats_reference.py   (numpy, scipy, scikit-learn)
"""
import json
import os
import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn import datasets, metrics

rng = np.random.default_rng(20261202)
cases = []


def num(expr, value, tol=None):
    c = {"expr": expr, "value": float(value)}
    if tol is not None:
        c["tol"] = tol
    cases.append(c)


def vec(expr, values, tol=None):
    c = {"expr": expr, "value": [float(v) for v in values]}
    if tol is not None:
        c["tol"] = tol
    cases.append(c)


def err(expr):
    cases.append({"expr": expr, "error": True})


def lit(x):
    """A number as the calculator reads it: integers below 1e15 as integers, else repr."""
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def lst(xs):
    return "[" + ", ".join(lit(x) for x in xs) + "]"


# Distributions, ordinary and extreme arguments.
for x in [-37.5, -8, -1.96, -0.5, 0, 0.3, 1.0, 1.96, 2.5758293035489, 8, 37.5]:
    num(f"normcdf({x})", stats.norm.cdf(x))
    num(f"normpdf({x})", stats.norm.pdf(x))
for x, mu, s in [(110, 100, 15), (-3, 2, 0.5), (1e-150, 0, 1e-150), (1e150, 1e150, 1e149)]:
    num(f"normcdf({x}, {mu}, {s})", stats.norm.cdf(x, mu, s))
    num(f"normpdf({x}, {mu}, {s})", stats.norm.pdf(x, mu, s))
for p in [1e-12, 0.001, 0.025, 0.05, 0.5, 0.9, 0.975, 0.999, 1 - 1e-12]:
    num(f"norminv({p!r})", stats.norm.ppf(p))
    num(f"norminv({p!r}, 50, 10)", stats.norm.ppf(p, 50, 10))
for k, n, p in [(3, 10, 0.5), (0, 10, 0.3), (10, 10, 0.3), (7, 20, 0.25), (5000, 10000, 0.5),
                (4900, 10000, 0.5), (30, 1000000, 1e-5), (999990, 1000000, 0.99999)]:
    num(f"binompmf({k}, {n}, {p})", stats.binom.pmf(k, n, p))
    num(f"binomcdf({k}, {n}, {p})", stats.binom.cdf(k, n, p))
# Exact k, n, p: the calculator gives the exact fraction where it fits in i64 parts (15/128) and
# falls back to f64 where it does not (n = 1000); scipy's f64 value either way.
for k, n, a, d in [(3, 10, 1, 2), (7, 20, 1, 3), (2, 6, 5, 6), (12, 30, 2, 5), (500, 1000, 1, 2),
                   (48, 100, 1, 3), (0, 1000, 1, 1000)]:
    num(f"binompmf({k}, {n}, {a}/{d})", stats.binom.pmf(k, n, a / d))
    num(f"binomcdf({k}, {n}, {a}/{d})", stats.binom.cdf(k, n, a / d))
for k, lam in [(0, 3), (2, 3), (10, 2.5), (0, 0.001), (3, 0.001), (10000, 10000), (9500, 10000)]:
    num(f"poisspmf({k}, {lam})", stats.poisson.pmf(k, lam))
    num(f"poisscdf({k}, {lam})", stats.poisson.cdf(k, lam))
for t, df in [(2.262, 9), (-1.5, 3), (0, 5), (1.96, 1e6), (10, 1), (-40, 2.5), (3.5, 30)]:
    num(f"tcdf({t}, {df})", stats.t.cdf(t, df))
for p, df in [(0.975, 9), (0.95, 1), (0.995, 2.5), (0.975, 1e6), (0.001, 30), (1e-10, 4)]:
    num(f"tinv({p!r}, {df})", stats.t.ppf(p, df))
for x, df in [(3.841458820694124, 1), (0.5, 2), (1000, 1000), (1e-8, 1), (50, 10)]:
    num(f"chi2cdf({x!r}, {df})", stats.chi2.cdf(x, df))
for p, df in [(0.95, 1), (0.05, 10), (0.5, 1000), (0.999, 3)]:
    num(f"chi2inv({p!r}, {df})", stats.chi2.ppf(p, df))

# Statistics of data.
samples = [
    [2, 4, 4, 4, 5, 5, 7, 9],
    [1.5, 2.25, -3.0, 8.5, 0.125, 4.0, 4.0],
    list(np.round(rng.normal(10, 3, 25), 3)),
    list(np.round(rng.exponential(2.0, 40), 4)),
    [1e9 + 1, 1e9 + 2, 1e9 + 4, 1e9 + 7],
    [3e-150, 1e-150, 2e-150, 5e-150],
    [3e150, 1e150, 2e150, 5e150],
]
for xs in samples:
    a = np.array(xs, dtype=float)
    L = lst(xs)
    num(f"mean({L})", a.mean())
    num(f"median({L})", np.median(a))
    num(f"var({L})", a.var(ddof=1))
    num(f"std({L})", a.std(ddof=1))
    num(f"pvar({L})", a.var())
    num(f"pstd({L})", a.std())
    for q in [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]:
        num(f"quantile({L}, {q})", np.quantile(a, q))
    num(f"iqr({L})", np.quantile(a, 0.75) - np.quantile(a, 0.25), tol=1e-9)
    num(f"zscore({lit(a[0])}, {L})", (a[0] - a.mean()) / a.std(ddof=1))
    if len(a) >= 2:
        r = stats.ttest_1samp(a, a.mean() + a.std() / 3)
        vec(f"ttest({L}, {lit(a.mean() + a.std() / 3)})", [r.statistic, r.pvalue], tol=1e-8)
        lo, hi = stats.t.interval(0.95, len(a) - 1, loc=a.mean(), scale=stats.sem(a))
        vec(f"tinterval({L}, 0.95)", [lo, hi])
num("mean([1, 2, 3, 4])", 2.5)
vec("mode([1, 2, 2, 3, 3])", [2, 3])
num("mode([4, 1, 4, 2])", 4)

pairs = [
    ([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]),
    (list(np.round(rng.normal(0, 1, 30), 3)), None),
]
x2 = np.round(rng.normal(0, 1, 30), 3)
pairs[1] = (list(x2), list(np.round(2 * x2 + rng.normal(0, 0.5, 30), 3)))
for xs, ys in pairs:
    a, b = np.array(xs, float), np.array(ys, float)
    num(f"cov({lst(xs)}, {lst(ys)})", np.cov(a, b)[0, 1])
    num(f"corr({lst(xs)}, {lst(ys)})", np.corrcoef(a, b)[0, 1])
    lr = stats.linregress(a, b)
    vec(f"linreg({lst(xs)}, {lst(ys)})", [lr.slope, lr.intercept, lr.rvalue ** 2])
    w = stats.ttest_ind(a, b, equal_var=False)
    vec(f"welch({lst(xs)}, {lst(ys)})", [w.statistic, w.pvalue], tol=1e-8)

# Classification metrics (sklearn).
for _ in range(4):
    y = rng.integers(0, 2, 20)
    yhat = rng.integers(0, 2, 20)
    scores = np.round(rng.random(20), 2)  # ties likely
    num(f"precision({lst(y)}, {lst(yhat)})", metrics.precision_score(y, yhat))
    num(f"recall({lst(y)}, {lst(yhat)})", metrics.recall_score(y, yhat))
    num(f"f1({lst(y)}, {lst(yhat)})", metrics.f1_score(y, yhat))
    num(f"auc({lst(y)}, {lst(scores)})", metrics.roc_auc_score(y, scores))

# The Iris columns (sklearn's copy of Fisher's data).
iris = datasets.load_iris()
cols = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
for i, c in enumerate(cols):
    v = iris.data[:, i]
    num(f"mean(iris.{c})", v.mean())
    num(f"std(iris.{c})", v.std(ddof=1))
    num(f"median(iris.{c})", np.median(v))
    num(f"quantile(iris.{c}, 0.9)", np.quantile(v, 0.9))
num("corr(iris.petal_length, iris.petal_width)", np.corrcoef(iris.data[:, 2], iris.data[:, 3])[0, 1])
num("cov(iris.sepal_length, iris.petal_length)", np.cov(iris.data[:, 0], iris.data[:, 2])[0, 1])
lr = stats.linregress(iris.data[:, 2], iris.data[:, 3])
vec("linreg(iris.petal_length, iris.petal_width)", [lr.slope, lr.intercept, lr.rvalue ** 2])
w = stats.ttest_ind(iris.data[:50, 0], iris.data[50:100, 0], equal_var=False)

# Inputs the calculator must refuse.
for e in ["normcdf(1, 0, 0)", "normcdf(1, 0, -1)", "normcdf(1, 2)", "norminv(0)", "norminv(1.5)",
          "binompmf(2.5, 10, 0.5)", "binompmf(2, 10, 1.5)", "binomcdf(2, -1, 0.5)",
          "poisspmf(2, -1)", "tcdf(1, 0)", "tinv(0.5, -2)", "chi2inv(1, 3)", "var([1])",
          "mean(3)", "quantile([1, 2], 1.5)", "cov([1, 2], [1, 2, 3])", "corr([1, 1, 1], [1, 2, 3])",
          "precision([0, 2], [1, 1])", "precision([1, 0], [0, 0])", "auc([1, 1], [0.2, 0.3])",
          "linreg([1, 1], [2, 3])", "iris.petal", "iris.species", "irs.petal_length",
          "tinterval([1, 2, 3], 1.5)", "ttest([1], 0)"]:
    err(e)

out = {
    "generator": f"numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}",
    "cases": cases,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calc_stats_reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print(f"{len(cases)} cases -> {path}")
