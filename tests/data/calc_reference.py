#!/usr/bin/env python3
"""Reference values for `mathdrill calc`, computed with numpy (and Python's math module).

Regenerate with:  python3 tests/data/calc_reference.py > tests/data/calc_reference.json
(numpy 2.x; the seed is fixed, so the file only changes if numpy's generator does).
Each case: {"expr": the calculator input, "type": number|vector|matrix|set|null|eigvec, "value": numpy's
result} (set, null and eigvec are described above their cases).
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

# --- Matrix functions beyond elimination (issue 3): a second generator, so the cases above keep
# their numbers. Extra case types, checked by tests/calc_reference.rs:
#   "set":    the calculator's set, in order, each element [re, im] (eig: sorted by real part,
#             largest first; a complex pair +im first, then its conjugate);
#   "null":   a basis of the null space: "nullity" vectors v, each with A·v ≈ 0 ("matrix" is A);
#   "eigvec": unit columns v with A·v = λv for the λ of "eigenvalues", in order ("matrix" is A).
rng = np.random.default_rng(20261126)

def add_set(expr, values):
    cases.append({"expr": expr, "type": "set", "value": [[float(np.real(z)), float(np.imag(z))] for z in values]})

def eig_order(values):
    """Descending by real part; a conjugate pair +im first, then -im, before a real with the same real part."""
    return sorted(values, key=lambda z: (-np.real(z), -abs(np.imag(z)), -np.imag(z)))

def unimodular(n):
    """An integer matrix with det 1: a product of integer shears."""
    p = np.eye(n)
    for _ in range(3 * n):
        i, j = rng.choice(n, size=2, replace=False)
        e = np.eye(n)
        e[i, j] = rng.integers(-2, 3)
        p = p @ e
    return p

def spectral(d):
    """P·diag(d)·P⁻¹ with P unimodular: an integer matrix with eigenvalues d."""
    p = unimodular(len(d))
    return np.round(p @ np.diag(d) @ np.round(np.linalg.inv(p)))

def low_rank_int(m, n, r):
    return rng.integers(-4, 5, size=(m, r)).astype(float) @ rng.integers(-4, 5, size=(r, n)).astype(float)

# rank
for i in range(8):
    m, n = 2 + i % 4, 3 + i % 3
    r = 1 + i % min(m, n)
    a = low_rank_int(m, n, r)
    add(f"rank({mat(a, i % 2)})", np.linalg.matrix_rank(a))
for i in range(4):
    n = 3 + i
    # Rank 2: rows are combinations of two rows (3 decimals, so the typed matrix is exactly rank 2).
    two = real_matrix(2, n)
    a = np.round(rng.integers(-3, 4, size=(n, 2)) @ two, 3)
    add(f"rank({mat(a, 0)})", np.linalg.matrix_rank(a))
    add(f"rank({mat(real_matrix(n), 1)})", np.linalg.matrix_rank(real_matrix(n)))

# solve
for i in range(10):
    n = 2 + i % 5
    a = int_matrix(n) + 20 * np.eye(n) if i % 2 else real_matrix(n) + 4 * n * np.eye(n)
    b = np.round(rng.normal(size=n) * 5, 2)
    add(f"solve({mat(a, i % 2)}, {vec(b)})", np.linalg.solve(a, b))
# Large cases use one-digit integers in the "[1 2; 3 4]" style: inputs are limited to 2000 characters.
a = int_matrix(20) + 30 * np.eye(20)
b = rng.integers(-9, 10, size=20).astype(float)
add(f"solve({mat(a, 1)}, {vec(b)})", np.linalg.solve(a, b))

# null
def add_null(a, style):
    cases.append({"expr": f"null({mat(a, style)})", "type": "null", "matrix": a.tolist(),
                  "nullity": int(a.shape[1] - np.linalg.matrix_rank(a))})
for i in range(8):
    m, n = 2 + i % 3, 3 + i % 4
    add_null(low_rank_int(m, n, 1 + i % 2), i % 2)
for i in range(3):
    add_null(real_matrix(2 + i, 5 + i), 0)
add_null(int_matrix(3) + 30 * np.eye(3), 1)

# eig: symmetric, non-symmetric with real spectra, integer spectra (exact), complex pairs
for i in range(10):
    n = 2 + i % 7
    b = real_matrix(n)
    a = b + b.T
    add_set(f"eig({mat(a, i % 2)})", eig_order(np.linalg.eigvalsh(a)))
for n in (12, 20):
    b = int_matrix(n)
    add_set(f"eig({mat(b + b.T, 1)})", eig_order(np.linalg.eigvalsh(b + b.T)))
for i in range(8):
    n = 2 + i % 5
    d = np.sort(rng.choice(np.arange(-9, 10), size=n, replace=False)).astype(float)
    a = spectral(d)
    add_set(f"eig({mat(a, i % 2)})", eig_order(np.linalg.eigvals(a)))
for i in range(6):
    n = 2 + i % 5
    p = np.eye(n) + 0.3 * real_matrix(n) / 4
    d = np.round(rng.normal(size=n) * 4, 3)
    a = p @ np.diag(d) @ np.linalg.inv(p)
    add_set(f"eig({mat(a, 0)})", eig_order(np.linalg.eigvals(a)))
for i in range(8):
    n = 2 + i % 6
    a = real_matrix(n)
    add_set(f"eig({mat(a, i % 2)})", eig_order(np.linalg.eigvals(a)))
a = int_matrix(20)
add_set(f"eig({mat(a, 1)})", eig_order(np.linalg.eigvals(a)))
rot = np.array([[0.0, -2.0, 1.0], [2.0, 0.0, 3.0], [0.0, 0.0, 5.0]])
add_set(f"eig({mat(rot, 0)})", eig_order(np.linalg.eigvals(rot)))

# eigvec: checked as A·v = λv with |v| = 1 (signs are the library's convention)
def add_eigvec(a, style):
    vals = eig_order(np.linalg.eigvals(a))
    assert max(abs(np.imag(vals))) == 0 or np.allclose(np.imag(vals), 0)
    cases.append({"expr": f"eigvec({mat(a, style)})", "type": "eigvec", "matrix": a.tolist(),
                  "eigenvalues": [float(np.real(z)) for z in vals]})
for i in range(6):
    n = 2 + i % 5
    b = real_matrix(n)
    add_eigvec(b + b.T, i % 2)
for i in range(6):
    n = 2 + i % 4
    d = rng.choice(np.arange(-9, 10), size=n, replace=False).astype(float)
    add_eigvec(spectral(d), i % 2)
add_eigvec(spectral(np.array([2.0, 2.0, 5.0])), 0)          # a repeated eigenvalue, diagonalizable
add_eigvec(spectral(np.array([-1.0, 3.0, 3.0, 3.0])), 1)
for i in range(3):
    n = 3 + i
    p = np.eye(n) + 0.3 * real_matrix(n) / 4
    a = p @ np.diag(np.round(rng.normal(size=n) * 4, 3)) @ np.linalg.inv(p)
    add_eigvec(a, 0)

# svd (singular values), cond
for i in range(10):
    m, n = 2 + i % 5, 2 + (i * 3) % 6
    a = real_matrix(m, n) if i % 2 else int_matrix(m, n)
    add(f"svd({mat(a, i % 2)})", np.linalg.svd(a, compute_uv=False))
for a in (low_rank_int(5, 4, 2), low_rank_int(3, 6, 1), int_matrix(20, 18), int_matrix(8, 40)):
    add(f"svd({mat(a, 1)})", np.linalg.svd(a, compute_uv=False))
for i in range(8):
    m, n = 2 + i % 4, 2 + (i * 5) % 4
    a = real_matrix(m, n) if i % 2 else int_matrix(m, n)
    add(f"cond({mat(a, i % 2)})", np.linalg.cond(a))

# cross, proj
for i in range(5):
    u, w = np.round(rng.normal(size=3) * 5, 3), np.round(rng.normal(size=3) * 5, 3)
    add(f"cross({vec(u)}, {vec(w)})", np.cross(u, w))
    u, w = np.round(rng.normal(size=2 + i) * 5, 3), np.round(rng.normal(size=2 + i) * 5, 3)
    add(f"proj({vec(u)}, {vec(w)})", (u @ w) / (w @ w) * w)

# matrix powers, identity, diag
for i, k in enumerate([2, 3, 4, 5, 7, 0, -1, -2]):
    n = 2 + i % 4
    a = int_matrix(n) / 3 if i % 2 else real_matrix(n) / 4
    if k < 0:
        a = a + 3 * np.eye(n)
    a = np.round(a, 4)
    add(f"{mat(a, i % 2)}^{k}" if k >= 0 else f"{mat(a, i % 2)}^({k})", np.linalg.matrix_power(a, k))
for n in (1, 3, 6):
    add(f"identity({n})", np.eye(n))
    add(f"eye({n})", np.eye(n))
v = np.round(rng.normal(size=4) * 3, 2)
add(f"diag({vec(v)})", np.diag(v))
a = real_matrix(3, 4)
add(f"diag({mat(a, 0)})", np.diag(a))

# --- Scaled, ill-conditioned and near-singular matrices (issue 7): a third generator, so the cases
# above keep their numbers. Optional fields, read by tests/calc_reference.rs:
#   "tol":   the relative tolerance (default 1e-9), "scale": what it is relative to (default the
#            largest |entry| of the result, at least 1); for tiny results the scale is given.
#   type "error": the calculator must refuse the input with a message containing "contains".
rng = np.random.default_rng(20261201)

def add_scaled(expr, value, tol, scale=None):
    value = np.asarray(value, dtype=float)
    kind = {0: "number", 1: "vector", 2: "matrix"}[value.ndim]
    if scale is None:
        scale = float(np.max(np.abs(value))) if value.size else 1.0
    cases.append({"expr": expr, "type": kind, "value": value.tolist(), "tol": tol, "scale": scale})

def add_error(expr, contains):
    cases.append({"expr": expr, "type": "error", "contains": contains})

def safe_norm(x):
    """The 2-norm without overflow or underflow (numpy's squares overflow at 1e170)."""
    x = np.asarray(x, dtype=float)
    m = float(np.max(np.abs(x)))
    return 0.0 if m == 0 else m * float(np.linalg.norm(x / m))

def hadamard(a):
    """Hadamard's bound on |det A|: the product of the row norms (what det's rounding is relative to)."""
    return float(np.exp(sum(np.log(safe_norm(r)) for r in a)))

def add_det(a, style):
    """det A, or an expected error when |det A| is outside the range of doubles (slogdet tells)."""
    sign, logdet = np.linalg.slogdet(a)
    expr = f"det({mat(a, style)})"
    if abs(logdet / np.log(10)) > 307:
        add_error(expr, "outside the range")
    else:
        add_scaled(expr, sign * np.exp(logdet), 1e-13, hadamard(a))

base = np.array([[1.0, -5.0], [3.0, -8.0]])
for s in (1e-150, 1e-100, 1e-11, 1e5, 1e100, 1e150):
    a = np.pi * s * base
    add_det(a, 0)
    add_scaled(f"inv({mat(a, 1)})", np.linalg.inv(a), 1e-13)
    b = np.array([1.0, 1.0])
    add_scaled(f"solve({mat(a, 0)}, {vec(b)})", np.linalg.solve(a, b), 1e-13)
    add(f"rank({mat(a, 1)})", np.linalg.matrix_rank(a))
    add_scaled(f"svd({mat(a, 0)})", np.linalg.svd(a, compute_uv=False), 1e-13)
    add_scaled(f"cond({mat(a, 1)})", np.linalg.cond(a), 1e-12)
    add_scaled(f"norm({mat(a, 0)})", safe_norm(a), 1e-14)
for s in (1e-170, 1e-150, 1e150, 1e170):
    v = np.array([3.0, 4.0, 12.0]) * s
    add_scaled(f"norm({vec(v)})", safe_norm(v), 1e-14)
for i, s in enumerate((1e-150, 1e-100, 1e-11, 1e100, 1e150, 1e160)):
    n = 2 + i % 4
    b = real_matrix(n)
    sym = (b + b.T) * s
    vals = eig_order(np.linalg.eigvalsh(sym))
    cases.append({"expr": f"eig({mat(sym, i % 2)})", "type": "set", "tol": 1e-12,
                  "scale": float(np.max(np.abs(vals))),
                  "value": [[float(np.real(z)), float(np.imag(z))] for z in vals]})
    d = np.sort(rng.choice(np.arange(-9, 10), size=n, replace=False)).astype(float)
    a = spectral(d) * s
    vals = eig_order(np.linalg.eigvals(a))
    cases.append({"expr": f"eig({mat(a, 0)})", "type": "set", "tol": 1e-9,
                  "scale": float(np.max(np.abs(vals))),
                  "value": [[float(np.real(z)), float(np.imag(z))] for z in vals]})
    g = real_matrix(n + 1, n) * s
    add_scaled(f"svd({mat(g, 1)})", np.linalg.svd(g, compute_uv=False), 1e-12)
    add_det(g[:n], 0)
# The examples.
a = np.array([[123456.78901234567, 2.0], [3.0, 4.0]])
add_scaled(f"inv({mat(a, 0)})", np.linalg.inv(a), 1e-13)
add_scaled("det([1e-20 0; 0 1])", 1e-20, 1e-13)
add_scaled("det([[1e308, 1], [1, 1]])", np.linalg.det(np.array([[1e308, 1.0], [1.0, 1.0]])), 1e-13)
a = np.array([[1.0, 2.0], [3.0, 4.0]]) * 1e160
vals = eig_order(np.linalg.eigvals(a))
cases.append({"expr": "eig([1 2; 3 4]*1e160)", "type": "set", "tol": 1e-12, "scale": float(np.max(np.abs(vals))),
              "value": [[float(np.real(z)), float(np.imag(z))] for z in vals]})
cases.append({"expr": "eig([0 1e160; 1e160 0])", "type": "set", "tol": 1e-12, "scale": 1e160,
              "value": [[1e160, 0.0], [-1e160, 0.0]]})
add_scaled("svd(1e77*[1 -5; 3 -8])", np.linalg.svd(1e77 * base, compute_uv=False), 1e-13)
add_scaled("norm([3e-170, 4e-170])", 5e-170, 1e-14)
for e in ("eigvec([1e155 0; 1 1])", "eigvec([1 2; 3 4]*1e160)"):
    m = np.array([[1e155, 0.0], [1.0, 1.0]]) if "155" in e else np.array([[1.0, 2.0], [3.0, 4.0]]) * 1e160
    cases.append({"expr": e, "type": "eigvec", "matrix": m.tolist(),
                  "eigenvalues": [float(np.real(z)) for z in eig_order(np.linalg.eigvals(m))]})
# Ill-conditioned: Hilbert matrices (cond 1e5 … 1e10); the tolerance follows the condition number.
for n in (4, 5, 6, 7):
    h = np.array([[1.0 / (i + j + 1) for j in range(n)] for i in range(n)])
    c = np.linalg.cond(h)
    add_scaled(f"inv({mat(h, n % 2)})", np.linalg.inv(h), 1e-14 * c)
    add_scaled(f"det({mat(h, 0)})", np.linalg.det(h), 1e-14 * c, abs(np.linalg.det(h)))
    add_scaled(f"cond({mat(h, 1)})", c, 1e-14 * c)
    add(f"rank({mat(h, 0)})", np.linalg.matrix_rank(h))
# Near-singular: U·diag(1, 1, δ)·Vᵀ with orthogonal U, V, so det = ±δ (1e-9 … 1e-17) and the
# rank is numpy's matrix_rank. Below the tolerance (3·ε ≈ 6.7e-16) inv and solve refuse.
def orthogonal(n):
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return q
for delta in (1e-9, 1e-11, 1e-13, 1e-15, 1e-17):
    a = orthogonal(3) @ np.diag([1.0, 0.5, delta]) @ orthogonal(3).T
    add_scaled(f"det({mat(a, 0)})", np.linalg.det(a), 1e-15, hadamard(a))
    r = int(np.linalg.matrix_rank(a))
    add(f"rank({mat(a, 1)})", r)
    if r == 3:
        add_scaled(f"inv({mat(a, 0)})", np.linalg.inv(a), 1e-15 / delta * 10)
        add_scaled(f"cond({mat(a, 1)})", np.linalg.cond(a), 1e-15 / delta * 10)
    else:
        add_error(f"inv({mat(a, 0)})", "singular")
        add_error(f"cond({mat(a, 1)})", "singular")
        add_error(f"solve({mat(a, 0)}, [1, 2, 3])", "solution")
    for s in (1e-100, 1e100):
        add(f"rank({mat(a * s, 0)})", np.linalg.matrix_rank(a * s))

print(json.dumps({"generator": "numpy " + np.__version__, "cases": cases}, indent=1))
