#!/usr/bin/env python3
"""Reference values for the descriptive statistics and classification metrics of mathdrill
(src/math/stats), computed with numpy, scipy and scikit-learn, plus exact values with Python's
fractions (mean, variances, covariance) and decimal (standard deviations) as an independent check
where numpy itself rounds or overflows (data at 1e±300, data with a large offset).

Regenerate with:  python3 tests/data/stats_reference.py > tests/data/stats_reference.json
(numpy 2.x, scipy 1.x, scikit-learn 1.x; the seed is fixed). The Rust side is tests/stats_reference.rs.

Conventions recorded: var/std with ddof 0 and 1; np.quantile's default method "linear" (type 7);
np.cov (ddof 1) and bias=True (ddof 0); np.histogram(x, bins=k); scipy.stats.linregress;
sklearn precision/recall/f1 with zero_division 0 and 1; roc_auc_score; roc_curve with
drop_intermediate=False. Iris comes from sklearn.datasets.load_iris (not from data/iris.csv, so
the Rust test checks the shipped file too).
"""
import json, math, sys
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np
from scipy import stats
from sklearn import metrics
from sklearn.datasets import load_iris

getcontext().prec = 60
rng = np.random.default_rng(20260812)
QS = [0.0, 0.1, 0.25, 0.3, 0.5, 0.75, 0.9, 0.99, 1.0]


def f(x):
    """A float for JSON, or None for nan/inf (numpy overflowed)."""
    x = float(x)
    return x if math.isfinite(x) else None


def exact_moments(xs, ys):
    """Mean, variances, sds, covariances, r and the least-squares line from the exact rational
    values of the floats (square roots in 60-digit decimal)."""
    X = [Fraction(x) for x in xs]
    Y = [Fraction(y) for y in ys]
    n = len(X)
    mx, my = sum(X) / n, sum(Y) / n
    ssx = sum((x - mx) ** 2 for x in X)
    sxy = sum((x - mx) * (y - my) for x, y in zip(X, Y))

    def flt(q):
        try:
            return f(q)
        except OverflowError:
            return None

    def sqrt(q):
        return float((Decimal(q.numerator) / Decimal(q.denominator)).sqrt())

    out = {"mean": flt(mx), "var0": flt(ssx / n), "std0": sqrt(ssx / n)}
    if n > 1:
        out.update(var1=flt(ssx / (n - 1)), std1=sqrt(ssx / (n - 1)), cov1=flt(sxy / (n - 1)))
    out["cov0"] = flt(sxy / n)
    ssy = sum((y - my) ** 2 for y in Y)
    if ssx > 0 and ssy > 0:
        r = Decimal(sxy.numerator) / Decimal(sxy.denominator) / (
            (Decimal(ssx.numerator) / Decimal(ssx.denominator))
            * (Decimal(ssy.numerator) / Decimal(ssy.denominator))).sqrt()
        slope = sxy / ssx
        out.update(corr=float(r), rvalue=float(r), slope=flt(slope),
                   intercept=flt(my - slope * mx),
                   intercept_scale=flt(abs(my) + abs(slope * mx)))
    return out


def modes(xs):
    values, counts = np.unique(xs, return_counts=True)
    return [float(v) for v in values[counts == counts.max()]], int(counts.max())


def describe(name, x, y, bins=(5, 10)):
    x, y = np.asarray(x, float), np.asarray(y, float)
    with np.errstate(all="ignore"):
        case = {
            "name": name,
            "x": x.tolist(),
            "y": y.tolist(),
            "mean": f(np.mean(x)),
            "median": f(np.median(x)),
            "var0": f(np.var(x)),
            "std0": f(np.std(x)),
            "quantiles": [f(v) for v in np.quantile(x, QS)],
            "histograms": [],
            "exact": exact_moments(x, y),
        }
        case["modes"], case["mode_count"] = modes(x)
        if len(x) > 1:
            case.update(
                var1=f(np.var(x, ddof=1)),
                std1=f(np.std(x, ddof=1)),
                cov1=f(np.cov(x, y)[0, 1]),
                cov0=f(np.cov(x, y, bias=True)[0, 1]),
            )
            if np.ptp(x) > 0 and np.ptp(y) > 0:
                r = np.corrcoef(x, y)[0, 1]
                lr = stats.linregress(x, y)
                case.update(corr=f(r), slope=f(lr.slope), intercept=f(lr.intercept),
                            rvalue=f(lr.rvalue))
        for k in bins:
            if math.isfinite(np.ptp(x)):
                counts, edges = np.histogram(x, bins=k)
                case["histograms"].append(
                    {"bins": k, "edges": edges.tolist(), "counts": counts.tolist()})
    return case


cases = []
x = rng.normal(10, 3, 50)
cases.append(describe("normal n=50", x, 2 * x + rng.normal(0, 2, 50)))
xi = rng.integers(0, 10, 15).astype(float)
cases.append(describe("integers with ties n=15", xi, rng.integers(0, 5, 15)))
cases.append(describe("n=2", [3.0, 8.0], [1.0, -1.0]))
cases.append(describe("n=1", [4.5], [2.0]))
cases.append(describe("constant", [2.0] * 6, [1, 2, 3, 4, 5, 6]))
u = rng.uniform(-1, 1, 200)
cases.append(describe("uniform n=200 negative correlation", u, -u + rng.uniform(0, 0.5, 200)))
off = 1e9 + np.round(rng.normal(0, 1, 100), 3)
cases.append(describe("offset 1e9 + N(0,1)", off, off - 1e9 + rng.normal(0, 1, 100)))
big = 1e15 + rng.integers(0, 100, 40).astype(float)
cases.append(describe("offset 1e15 + integers", big, rng.normal(size=40)))
base = rng.normal(0, 1, 30)
for k in (-300, -150, 150, 300):
    s = 10.0 ** k
    cases.append(describe(f"scale 1e{k}", base * s, (base + rng.normal(0, 1, 30)) / s))
cases.append(describe("skewed with outliers", np.concatenate([rng.exponential(1, 40), [15, 22]]),
                      rng.normal(size=42)))

classification = []


def classify(name, y, pred, scores):
    y, pred, scores = np.asarray(y), np.asarray(pred), np.asarray(scores, float)
    case = {"name": name, "y": y.tolist(), "pred": pred.tolist(), "scores": scores.tolist()}
    for zd in (0, 1):
        case[f"precision_zd{zd}"] = metrics.precision_score(y, pred, zero_division=zd)
        case[f"recall_zd{zd}"] = metrics.recall_score(y, pred, zero_division=zd)
        case[f"f1_zd{zd}"] = metrics.f1_score(y, pred, zero_division=zd)
    case["accuracy"] = metrics.accuracy_score(y, pred)
    tn, fp, fn, tp = metrics.confusion_matrix(y, pred, labels=[0, 1]).ravel()
    case["confusion"] = {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)}
    if 0 < y.sum() < len(y):
        case["roc_auc"] = metrics.roc_auc_score(y, scores)
        fpr, tpr, thr = metrics.roc_curve(y, scores, drop_intermediate=False)
        case["roc"] = {"fpr": fpr.tolist(), "tpr": tpr.tolist(),
                       "thresholds": [f(t) for t in thr]}
    classification.append(case)


for n in (12, 50, 300):
    y = rng.integers(0, 2, n)
    scores = np.round(np.clip(0.3 * y + rng.uniform(0, 0.7, n), 0, 1), 1)  # ties on purpose
    classify(f"random n={n}", y, (scores >= 0.5).astype(int), scores)
y = rng.integers(0, 2, 40)
classify("continuous scores", y, rng.integers(0, 2, 40), y + rng.normal(0, 1.2, 40))
classify("no predicted positives", [1, 0, 1, 0, 0], [0, 0, 0, 0, 0], [0.9, 0.1, 0.4, 0.4, 0.2])
classify("no positives at all", [0, 0, 0], [0, 0, 0], [0.3, 0.2, 0.1])
classify("perfect", [0, 0, 1, 1], [0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])
classify("all tied scores", [0, 1, 0, 1, 1], [1, 1, 1, 1, 1], [0.5] * 5)
classify("tiny score gaps", [0, 1, 0, 1], [0, 1, 0, 1], [1e-300, 2e-300, 1.0 + 2**-52, 1.0])

iris = load_iris()
names = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
columns = {}
for j, name in enumerate(names):
    c = iris.data[:, j]
    columns[name] = {
        "mean": np.mean(c), "std1": np.std(c, ddof=1), "var0": np.var(c),
        "median": np.median(c), "q1": np.quantile(c, 0.25), "q3": np.quantile(c, 0.75),
        "min": c.min(), "max": c.max(),
    }
pl, pw = iris.data[:, 2], iris.data[:, 3]
lr = stats.linregress(pl, pw)
counts, edges = np.histogram(pl, bins=10)
species = {}
for t, s in enumerate(iris.target_names):
    rows = iris.data[iris.target == t]
    species[str(s)] = {"count": int(len(rows)), "petal_length_mean": float(rows[:, 2].mean()),
                       "petal_length_std1": float(rows[:, 2].std(ddof=1))}
iris_ref = {
    "rows": int(iris.data.shape[0]),
    "columns": {k: {s: float(v) for s, v in d.items()} for k, d in columns.items()},
    "corr_petal_length_petal_width": float(np.corrcoef(pl, pw)[0, 1]),
    "cov1_petal_length_petal_width": float(np.cov(pl, pw)[0, 1]),
    "linregress_petal_width_on_length": {"slope": lr.slope, "intercept": lr.intercept,
                                         "rvalue": lr.rvalue},
    "histogram_petal_length": {"bins": 10, "edges": edges.tolist(), "counts": counts.tolist()},
    "species": species,
}

json.dump({"quantile_qs": QS, "descriptive": cases, "classification": classification,
           "iris": iris_ref}, sys.stdout, indent=1)
print()
