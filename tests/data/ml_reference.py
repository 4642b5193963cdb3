#!/usr/bin/env python3
"""Reference values for the ML library (src/math/ml) and the calculator's ML functions.

Writes tests/data/ml_reference.json with two parts:
- "library": named cases for tests/ml_reference.rs (Ridge, Lasso, LinearRegression coef_ and
  intercept_ on the Iris columns and on small synthetic sets; log_loss; softmax / logsumexp /
  expit / log_expit from scipy.special at entries in the thousands and at 1e±150; huber from
  scipy.special; r2_score; mean_squared_error / mean_absolute_error; numpy.polyfit; KFold splits).
- "calc": expressions for `mathdrill calc` and the value sklearn / scipy / numpy give (number or
  list, a matrix as its rows flattened), or "error": true for an input the calculator must refuse.

Lasso is fitted with tol=1e-12 and a large max_iter so both sides are at the optimum (sklearn's
default tol=1e-4 stops early by design). The Iris columns are read from the project's
data/iris.csv (checked equal to sklearn's load_iris).

Run: python3 tests/data/ml_reference.py   (numpy, scipy, scikit-learn)
"""
import csv
import json
import os

import numpy as np
import scipy
import sklearn
from scipy import special
from sklearn import datasets, linear_model, metrics, model_selection

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

with open(os.path.join(ROOT, "data", "iris.csv")) as f:
    rows = list(csv.DictReader(f))
COLS = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
iris = {c: np.array([float(r[c]) for r in rows]) for c in COLS}
assert np.array_equal(np.column_stack([iris[c] for c in COLS]), datasets.load_iris().data)

rng = np.random.default_rng(20261202)
library = {}


def fl(xs):
    return [float(v) for v in np.ravel(xs)]


# ---- regression on Iris -------------------------------------------------------------------
X3 = np.column_stack([iris["sepal_length"], iris["sepal_width"], iris["petal_length"]])
X1 = iris["petal_length"].reshape(-1, 1)
yw = iris["petal_width"]
IRIS_X3 = ["sepal_length", "sepal_width", "petal_length"]


def fit_case(model, X, y):
    model.fit(X, y)
    return {"coef": fl(model.coef_), "intercept": float(model.intercept_)}


library["iris_linear"] = [
    {"columns": IRIS_X3, **fit_case(linear_model.LinearRegression(), X3, yw)},
    {"columns": ["petal_length"], **fit_case(linear_model.LinearRegression(), X1, yw),
     "r2": float(metrics.r2_score(yw, linear_model.LinearRegression().fit(X1, yw).predict(X1)))},
]
library["iris_ridge"] = [
    {"columns": IRIS_X3, "alpha": a, **fit_case(linear_model.Ridge(alpha=a), X3, yw)}
    for a in [0.0, 0.1, 1.0, 10.0, 1000.0, 1e6]
]
library["iris_lasso"] = [
    {"columns": IRIS_X3, "alpha": a,
     **fit_case(linear_model.Lasso(alpha=a, tol=1e-12, max_iter=1_000_000), X3, yw)}
    for a in [0.001, 0.01, 0.05, 0.1, 0.3, 1.0, 5.0]
]

# ---- small synthetic sets -----------------------------------------------------------------
synthetic = []
for n, p, scale in [(8, 2, 1.0), (20, 3, 1.0), (30, 4, 1e3), (12, 2, 1e-3), (50, 5, 1.0)]:
    X = rng.normal(size=(n, p)) * scale
    w = rng.normal(size=p)
    y = X @ w + 0.7 + 0.3 * rng.normal(size=n) * scale
    case = {"x": [fl(r) for r in X], "y": fl(y),
            "linear": fit_case(linear_model.LinearRegression(), X, y), "ridge": [], "lasso": []}
    for a in [0.5, 5.0]:
        a_r = a * scale * scale  # the penalty's scale follows ‖Xw‖²
        case["ridge"].append({"alpha": a_r, **fit_case(linear_model.Ridge(alpha=a_r), X, y)})
    for a in [0.01, 0.1, 1.0]:
        a_l = a * scale
        case["lasso"].append({"alpha": a_l, **fit_case(
            linear_model.Lasso(alpha=a_l, tol=1e-12, max_iter=1_000_000), X, y)})
    synthetic.append(case)
library["synthetic"] = synthetic

# ---- polynomial fits ----------------------------------------------------------------------
poly = []
for deg in [1, 2, 3, 5]:
    x = np.linspace(-1, 1, 15) + 0.01 * rng.normal(size=15)
    y = np.sin(3 * x) + 0.1 * rng.normal(size=15)
    poly.append({"x": fl(x), "y": fl(y), "degree": deg,
                 "coefficients": fl(np.polynomial.polynomial.polyfit(x, y, deg))})
library["polyfit"] = poly

# ---- losses ------------------------------------------------------------------------------
losses = []
for n in [3, 10, 100]:
    y = rng.normal(size=n) * 10
    yhat = y + rng.normal(size=n) * 3
    losses.append({"y": fl(y), "yhat": fl(yhat),
                   "mse": float(metrics.mean_squared_error(y, yhat)),
                   "mae": float(metrics.mean_absolute_error(y, yhat)),
                   "r2": float(metrics.r2_score(y, yhat)),
                   "huber": {str(d): float(np.mean(special.huber(d, yhat - y))) for d in [0.5, 1.0, 5.0]}})
library["regression_losses"] = losses

binary = []
for y, p in [
    ([1, 0, 1, 1, 0], [0.9, 0.2, 0.6, 0.99, 0.4]),
    ([1, 0, 1, 0], [1.0, 0.0, 0.0, 1.0]),       # clipped at machine epsilon
    ([1, 1, 0], [1e-300, 0.5, 1 - 1e-12]),
    ([0, 1], [1e-7, 1 - 1e-7]),
]:
    binary.append({"y": fl(y), "p": fl(p),
                   "log_loss": float(metrics.log_loss(y, p, labels=[0, 1]))})
for n in [5, 40]:
    y = rng.integers(0, 2, size=n)
    z = rng.normal(size=n) * 4
    binary.append({"y": fl(y), "p": fl(special.expit(z)), "z": fl(z),
                   "log_loss": float(metrics.log_loss(y, special.expit(z), labels=[0, 1]))})
library["binary_log_loss"] = binary

categorical = []
for n, k in [(4, 3), (10, 5)]:
    z = rng.normal(size=(n, k)) * 3
    p = special.softmax(z, axis=1)
    c = rng.integers(0, k, size=n)
    categorical.append({"classes": [int(v) for v in c], "z": [fl(r) for r in z],
                        "p": [fl(r) for r in p],
                        "log_loss": float(metrics.log_loss(c, p, labels=list(range(k))))})
library["categorical_log_loss"] = categorical

# ---- stable functions --------------------------------------------------------------------
vectors = [
    [1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0], [-1000.0, -1000.5, -999.0], [5000.0, -5000.0],
    [1e150, -1e150, 0.0], [1e-150, 2e-150, -3e-150], [-1e150, -1e150], [0.0],
    [700.0, 710.0, 720.0], [-745.0, -740.0], [3.5, 3.5, 3.5, 3.5],
]
library["stable"] = [
    {"z": v, "softmax": fl(special.softmax(np.array(v))),
     "logsumexp": float(special.logsumexp(np.array(v)))} for v in vectors
]
points = [-1e150, -800.0, -745.0, -700.0, -40.0, -1.5, -1e-150, 0.0, 1e-150, 0.3, 20.0, 40.0,
          700.0, 1e150]
library["sigmoid"] = [
    {"x": x, "expit": float(special.expit(x)), "log_expit": float(special.log_expit(x))}
    for x in points
]

# ---- k-fold ------------------------------------------------------------------------------
folds = []
for n, k in [(10, 3), (150, 4), (7, 7), (23, 5), (100, 10)]:
    kf = model_selection.KFold(n_splits=k)
    folds.append({"n": n, "k": k,
                  "validation": [[int(i) for i in test] for _, test in kf.split(np.zeros(n))]})
library["kfold"] = folds

# ---- calculator --------------------------------------------------------------------------
calc = []


def num(expr, value, tol=None):
    c = {"expr": expr, "value": float(value)}
    if tol is not None:
        c["tol"] = tol
    calc.append(c)


def vec(expr, values, tol=None):
    c = {"expr": expr, "value": fl(values)}
    if tol is not None:
        c["tol"] = tol
    calc.append(c)


def err(expr):
    calc.append({"expr": expr, "error": True})


def lst(v):
    return "[" + ", ".join(repr(float(x)) for x in v) + "]"


def mat(m):
    return "[" + "; ".join(" ".join(repr(float(x)) for x in r) for r in m) + "]"


for v in vectors:
    a = np.array(v)
    vec(f"softmax({lst(v)})", special.softmax(a))
    num(f"logsumexp({lst(v)})", special.logsumexp(a))
vec("softmax([1, 2, 3])", special.softmax([1, 2, 3]))
num("logsumexp([1000, 1000])", special.logsumexp([1000, 1000]))
for x in [-700.0, -40.0, -1.5, 0.0, 0.3, 40.0]:
    num(f"sigmoid({x!r})", special.expit(x))
vec("sigmoid([-2, 0, 2, 800])", special.expit([-2, 0, 2, 800]))
vec("sigmoid([-700, -40, 1e-150])", special.expit([-700, -40, 1e-150]))

for c in losses[:2]:
    y, yhat = c["y"], c["yhat"]
    num(f"mse({lst(y)}, {lst(yhat)})", c["mse"])
    num(f"mae({lst(y)}, {lst(yhat)})", c["mae"])
num("mse([1, 2, 3], [1, 2, 5])", metrics.mean_squared_error([1, 2, 3], [1, 2, 5]))
num("mae([1e150, 2e150], [1.5e150, 2e150])",
    metrics.mean_absolute_error([1e150, 2e150], [1.5e150, 2e150]))
for c in binary:
    num(f"bce({lst(c['y'])}, {lst(c['p'])})", c["log_loss"])
for c in categorical:
    k = len(c["p"][0])
    onehot = np.eye(k)[c["classes"]]
    num(f"cce({lst(c['classes'])}, {mat(c['p'])})", c["log_loss"])
    num(f"cce({mat(onehot)}, {mat(c['p'])})", c["log_loss"])
num("cce([0, 1], [0.7 0.3; 0.4 0.6])", metrics.log_loss([0, 1], [[0.7, 0.3], [0.4, 0.6]]))

ridge_expr = "ridge(transpose([iris.sepal_length, iris.sepal_width, iris.petal_length]), iris.petal_width, {a})"
for a in [0, 0.1, 1, 10, 1000]:
    m = linear_model.Ridge(alpha=a).fit(X3, yw)
    vec(ridge_expr.format(a=a), list(m.coef_) + [m.intercept_])
m = linear_model.LinearRegression().fit(X3, yw)
vec("lstsq(transpose([iris.sepal_length, iris.sepal_width, iris.petal_length]), iris.petal_width)",
    list(m.coef_) + [m.intercept_])
m = linear_model.LinearRegression().fit(X1, yw)
vec("lstsq(iris.petal_length, iris.petal_width)", list(m.coef_) + [m.intercept_])
vec("lstsq(transpose([iris.petal_length]), iris.petal_width)", list(m.coef_) + [m.intercept_])
X4 = np.column_stack([iris[c] for c in ["sepal_length", "sepal_width", "petal_length", "petal_width"]])
m = linear_model.Ridge(alpha=2.5).fit(X4[:, :3], X4[:, 3])
vec("ridge(transpose([iris.sepal_length, iris.sepal_width, iris.petal_length]), iris.petal_width, 2.5)",
    list(m.coef_) + [m.intercept_])
for case in synthetic[:3]:
    X, y = np.array(case["x"]), np.array(case["y"])
    m = linear_model.LinearRegression().fit(X, y)
    vec(f"lstsq({mat(X)}, {lst(y)})", list(m.coef_) + [m.intercept_], tol=1e-8)
    a = case["ridge"][0]["alpha"]
    m = linear_model.Ridge(alpha=a).fit(X, y)
    vec(f"ridge({mat(X)}, {lst(y)}, {a!r})", list(m.coef_) + [m.intercept_], tol=1e-8)
m = linear_model.LinearRegression().fit([[0], [1], [2]], [1, 3, 4])
vec("lstsq([0; 1; 2], [1, 3, 4])", list(m.coef_) + [m.intercept_])
vec("lstsq([0, 1, 2], [1, 3, 4])", list(m.coef_) + [m.intercept_])

# Least squares is scale-equivariant: X·s and y·t give coefficients ·t/s and intercept ·t. The
# reference is sklearn's fit at scale 1 times the exact factors (LAPACK at 1e±150 is not the
# point of the check: the calculator must fit there like near 1).
m = linear_model.LinearRegression().fit([[0], [1], [2], [4]], [1, 3, 4, 9])
for sx, sy in [(1e150, 1e-150), (1e-150, 1e150), (1e150, 1e150)]:
    xs = lst([v * sx for v in [0, 1, 2, 4]])
    ys = lst([v * sy for v in [1, 3, 4, 9]])
    vec(f"lstsq({xs}, {ys})", [m.coef_[0] * sy / sx, m.intercept_ * sy], tol=1e-12)

for bad in [
    "softmax([])", "softmax(3)", "logsumexp([[1, 2], [3, 4]])", "mse([1, 2], [1, 2, 3])",
    "mae([1, 2], 3)", "bce([1, 0], [1.2, 0.5])", "bce([1, 0], [-0.1, 0.5])", "bce([2, 0], [0.5, 0.5])",
    "cce([0, 3], [0.7 0.3; 0.4 0.6])", "cce([0, 1], [0.7 0.4; 0.4 0.6])",
    "cce([1 0; 0 1], [0.7 0.3 0; 0.4 0.6 0])", "cce([0, 1, 1], [0.7 0.3; 0.4 0.6])",
    "cce([0.5, 1], [0.7 0.3; 0.4 0.6])",
    "ridge([1 2; 3 4; 5 7], [1, 2, 3], -1)", "ridge([1 2; 3 4; 5 7], [1, 2], 1)",
    "ridge([1 2; 3 4; 5 7], [1, 2, 3], [1, 2])",
    "lstsq([1 2; 2 4; 3 6], [1, 2, 4])", "lstsq([1 1; 2 2; 3 3; 4 4], [1, 2, 4, 3])",
    "lstsq([1 2; 3 4], [1, 2])", "lstsq([1; 1; 1], [1, 2, 3])",
    "lstsq(transpose([iris.petal_length, 2*iris.petal_length]), iris.petal_width)",
    "sigmoid([1 2; 3 4])", "ridge([1e200; 2e200; 3e200], [1, 2, 4], 1)", "softmax([1, 2], [3])", "ridge([1 2; 3 4; 5 7], [1, 2, 3])",
]:
    err(bad)

out = {
    "generated_by": "tests/data/ml_reference.py",
    "versions": {"numpy": np.__version__, "scipy": scipy.__version__,
                 "sklearn": sklearn.__version__},
    "library": library,
    "calc": calc,
}
with open(os.path.join(HERE, "ml_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(len(calc), "calc cases")
