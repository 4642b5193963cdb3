#!/usr/bin/env python3
"""Reference values for `mathdrill calc`, computed with numpy (and Python's math module).

Regenerate with:  python3 tests/data/calc_reference.py > tests/data/calc_reference.json
(numpy 2.x; the seed is fixed, so the file only changes if numpy's generator does).
Each case: {"expr": the calculator input, "type": number|vector|matrix, "value": numpy's result}.
"""
import json, math
import numpy as np

rng = np.random.default_rng(20261125)
cases = []

def fmt(x):
    """A number as calculator input: integers plainly, reals with full precision."""
    if float(x).is_integer():
        return str(int(x))
    return repr(float(x))

def mat(a, style):
    rows = [[fmt(x) for x in r] for r in a]
    if style == 0:
        return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
    return "[" + "; ".join(" ".join(r) for r in rows) + "]"

def vec(v):
    return "[" + ", ".join(fmt(x) for x in v) + "]"

def add(expr, value):
    value = np.asarray(value, dtype=float)
    kind = {0: "number", 1: "vector", 2: "matrix"}[value.ndim]
    cases.append({"expr": expr, "type": kind, "value": value.tolist()})

def int_matrix(n, m=None):
    return rng.integers(-9, 10, size=(n, m or n)).astype(float)

def real_matrix(n, m=None):
    return np.round(rng.normal(size=(n, m or n)) * 4, 3)

for i in range(12):
    n = 2 + i % 5
    a = int_matrix(n) if i % 2 == 0 else real_matrix(n)
    add(f"det({mat(a, i % 2)})", np.linalg.det(a))
for i in range(10):
    n = 2 + i % 4
    a = real_matrix(n) + n * 4 * np.eye(n) if i % 2 else int_matrix(n) + 20 * np.eye(n)
    add(f"inv({mat(a, (i // 2) % 2)})", np.linalg.inv(a))
for i in range(6):
    a, b = real_matrix(3, 2 + i % 3), real_matrix(2 + i % 3, 4)
    add(f"{mat(a, 0)} * {mat(b, 1)}", a @ b)
    v = np.round(rng.normal(size=4) * 3, 2)
    add(f"{mat(b, 0)} * {vec(v)}", b @ v)
    add(f"transpose({mat(a, 1)})", a.T)
    add(f"{mat(a, 0)}'", a.T)
for i in range(5):
    u, w = np.round(rng.normal(size=3 + i) * 5, 3), np.round(rng.normal(size=3 + i) * 5, 3)
    add(f"dot({vec(u)}, {vec(w)})", u @ w)
    add(f"norm({vec(u)})", np.linalg.norm(u))
    add(f"{vec(u)} + 2*{vec(w)}", u + 2 * w)
    a = real_matrix(3)
    add(f"norm({mat(a, 0)})", np.linalg.norm(a))
    add(f"trace({mat(a, 1)})", np.trace(a))
    m = int_matrix(3) / 3
    add(f"{mat(np.round(m * 3), 0)}^3", np.linalg.matrix_power(np.round(m * 3), 3))
    add(f"inv({mat(np.round(m * 3) + 30 * np.eye(3), 1)}) * {mat(np.round(m * 3) + 30 * np.eye(3), 0)}", np.eye(3))

scalars = {
    "sqrt(2)/2": math.sqrt(2) / 2, "2pi/3": 2 * math.pi / 3, "e^-1": math.exp(-1), "ln(2)": math.log(2),
    "12.5%": 0.125, "-2^2": -4.0, "2^3^2": 512.0, "1/2x": None, "log10(1000)": 3.0, "3/4 - 1/6": 3 / 4 - 1 / 6,
    "sin(pi/6) + cos(1.2)^2": math.sin(math.pi / 6) + math.cos(1.2) ** 2, "exp(2.5)*atan(0.3)": math.exp(2.5) * math.atan(0.3),
    "-2.5e-3": -2.5e-3, "sqrt(1/3)*3": math.sqrt(1 / 3) * 3, "tanh(0.7) - sigmoid(0.2)": math.tanh(0.7) - 1 / (1 + math.exp(-0.2)),
    "abs(-7/3)": 7 / 3, "2^-3": 0.125, "(1 + 1/1000)^1000": (1 + 1 / 1000) ** 1000,
}
for expr, value in scalars.items():
    if value is not None:
        add(expr, value)

print(json.dumps({"generator": "numpy " + np.__version__, "cases": cases}, indent=1))
