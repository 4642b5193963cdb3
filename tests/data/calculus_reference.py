#!/usr/bin/env python3
"""Reference derivatives for mathdrill's symbolic differentiation and the calculator's diff, grad,
jacobian and hessian, computed with sympy.

Regenerate with:  python3 tests/data/calculus_reference.py > tests/data/calculus_reference.json
(sympy 1.14; no randomness: the points are listed below).

Sections:
- "derivatives": {"f": formula in the answer language, "var": variable, "derivative": sympy's
  derivative written in the answer language (for reading), "points": [x...], "values": f'(x) at
  each point (other variables, if any, are fixed by "fixed")}.
- "gradients", "jacobians", "hessians": {"expr": the calculator input, "value": sympy's value at
  the point, exact then converted to float}.
- "refused": calculator inputs that must be refused (undefined at the point, wrong usage).
"""
import json
import sympy as sp

x, y, z, t = sp.symbols("x y z t", real=True)
SYMBOLS = {"x": x, "y": y, "z": z, "t": t, "e": sp.E, "pi": sp.pi,
           "ln": sp.log, "log10": lambda a: sp.log(a, 10), "log2": lambda a: sp.log(a, 2),
           "sqrt": sp.sqrt, "exp": sp.exp, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
           "asin": sp.asin, "acos": sp.acos, "atan": sp.atan, "sinh": sp.sinh, "cosh": sp.cosh,
           "tanh": sp.tanh, "abs": sp.Abs, "sigmoid": lambda a: 1 / (1 + sp.exp(-a))}


def parse(text):
    """An answer-language formula as sympy (explicit `*` and `^` only)."""
    return sp.sympify(text.replace("^", "**"), locals=SYMBOLS)


def ours(expr):
    """A sympy expression in the answer language."""
    s = sp.sstr(expr).replace("**", "^").replace("log(", "ln(").replace("Abs(", "abs(")
    return s.replace("E^", "e^").replace("exp(", "exp(")


# (formula, variable, points, fixed other variables)
DERIVATIVES = [
    ("x^3 - 2*x^2 + x - 5", "x", [-2, 0.5, 3], {}),
    ("x^7", "x", [-1.5, 0.3, 2], {}),
    ("x^(-2)", "x", [-3, 0.5, 4], {}),
    ("x^(1/3)", "x", [0.2, 1, 8], {}),
    ("5*x^4 - 3/x + 7", "x", [-1, 0.7, 2.5], {}),
    ("sqrt(x)", "x", [0.25, 2, 9], {}),
    ("sqrt(x^2 + 1)", "x", [-2, 0, 1.5], {}),
    ("(3*x + 1)^5", "x", [-1, 0, 0.4], {}),
    ("x^2*sin(x)", "x", [-1, 0.8, 2], {}),
    ("x*exp(x)", "x", [-2, 0, 1.2], {}),
    ("exp(x)*cos(x)", "x", [-1, 0.5, 3], {}),
    ("(x + 1)/(x - 1)", "x", [-3, 0, 2.5], {}),
    ("sin(x)/x", "x", [-2, 0.5, 4], {}),
    ("x^2/(x^2 + 1)", "x", [-1, 0.3, 2], {}),
    ("sin(x^2)", "x", [-1.2, 0.5, 2], {}),
    ("cos(3*x + 1)", "x", [-1, 0, 1.1], {}),
    ("tan(x)", "x", [-1, 0.2, 1.3], {}),
    ("tan(2*x)^2", "x", [-0.3, 0.1, 0.6], {}),
    ("exp(-x^2/2)", "x", [-1, 0.4, 2], {}),
    ("e^(2*x)", "x", [-1, 0, 0.7], {}),
    ("2^x", "x", [-2, 0, 3.5], {}),
    ("10^(x^2)", "x", [-0.5, 0.1, 0.8], {}),
    ("ln(x)", "x", [0.1, 1, 7], {}),
    ("ln(x^2 + 1)", "x", [-2, 0, 3], {}),
    ("ln(sin(x))", "x", [0.3, 1, 2.5], {}),
    ("log10(x)", "x", [0.5, 2, 100], {}),
    ("log2(3*x)", "x", [0.5, 2, 10], {}),
    ("x*ln(x) - x", "x", [0.2, 1, 5], {}),
    ("x^x", "x", [0.3, 1, 2.2], {}),
    ("x^sin(x)", "x", [0.5, 1, 2], {}),
    ("asin(x)", "x", [-0.5, 0, 0.9], {}),
    ("acos(2*x)", "x", [-0.3, 0, 0.4], {}),
    ("atan(x^2)", "x", [-2, 0.5, 3], {}),
    ("sinh(x)*cosh(x)", "x", [-1, 0, 1.5], {}),
    ("tanh(3*x)", "x", [-0.5, 0, 0.9], {}),
    ("abs(x^3 - 1)", "x", [-2, 0.5, 2], {}),
    ("sigmoid(x)", "x", [-3, 0, 2], {}),
    ("sigmoid(2*x - 1)", "x", [-1, 0.5, 4], {}),
    ("sin(cos(tan(x)))", "x", [-0.7, 0.2, 1], {}),
    ("exp(sin(x))*ln(x^2 + 2)/(1 + x^4)", "x", [-1.5, 0.3, 2], {}),
    ("(x^2 + 1)^3*(2*x - 1)^2", "x", [-1, 0.5, 1.3], {}),
    ("x^2*y + y^3*sin(x)", "x", [-1, 0.5, 2], {"y": 1.7}),
    ("x^2*y + y^3*sin(x)", "y", [-1, 0.5, 2], {"x": 0.9}),
    ("exp(x*y)/(1 + y^2)", "y", [-1, 0, 2.5], {"x": -0.6}),
    ("1e150*x^2", "x", [1e-100, 2, 3e50], {}),
    ("1e-150*exp(x)", "x", [-5, 0, 300], {}),
    ("x^2", "x", [1e150, -1e-150, 1e100], {}),
]

# (formula, variables, point)
GRADIENTS = [
    ("x^2*y + y^3", ["x", "y"], [2, -1]),
    ("exp(x*y)*sin(z)", ["x", "y", "z"], [0.5, -1, 1.2]),
    ("ln(x^2 + y^2)", ["x", "y"], [3, 4]),
    ("x*y*z + x^2/z", ["x", "y", "z"], [1, 2, 0.5]),
    ("sqrt(x^2 + y^2)", ["x", "y"], [-3, 4]),
    ("atan(y/x)", ["x", "y"], [1, 1]),
]
JACOBIANS = [
    (["x*y", "x + y"], ["x", "y"], [1, 2]),
    (["x^2 - y^2", "2*x*y"], ["x", "y"], [1.5, -0.5]),
    (["x*cos(y)", "x*sin(y)"], ["x", "y"], [2, 0.7]),
    (["x*y*z", "x + y + z", "exp(x - z)"], ["x", "y", "z"], [1, 2, 3]),
    (["sin(x*y)", "y^2", "x/y"], ["x", "y"], [0.5, 2]),
]
HESSIANS = [
    ("x^2*y + y^3", ["x", "y"], [2, -1]),
    ("x^3 - 3*x*y^2", ["x", "y"], [1, 2]),
    ("exp(x*y)", ["x", "y"], [0.5, -1]),
    ("(x - 1)^2 + 100*(y - x^2)^2", ["x", "y"], [1, 1]),
    ("x*y*z + x^2*z^2", ["x", "y", "z"], [1, -2, 0.5]),
    ("ln(1 + x^2 + y^2)", ["x", "y"], [0.3, -0.4]),
]


def num(v):
    return float(sp.N(v, 30))


def fmt(v):
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))


def vec(items, f=str):
    return "[" + ", ".join(f(i) for i in items) + "]"


def main():
    out = {"generator": f"sympy {sp.__version__}", "derivatives": [], "gradients": [],
           "jacobians": [], "hessians": []}
    for f, var, points, fixed in DERIVATIVES:
        fe = parse(f)
        d = sp.diff(fe, SYMBOLS[var])
        subs = {SYMBOLS[k]: sp.Rational(repr(v)) for k, v in fixed.items()}
        values = [num(d.subs(subs).subs(SYMBOLS[var], sp.Rational(repr(p)))) for p in points]
        readable = d.replace(sp.sign, lambda a: a / sp.Abs(a))
        out["derivatives"].append({"f": f, "var": var, "derivative": ours(readable),
                                   "points": points, "fixed": fixed, "values": values})
    for f, vars_, point in GRADIENTS:
        fe = parse(f)
        at = {SYMBOLS[v]: sp.Rational(repr(p)) for v, p in zip(vars_, point)}
        value = [num(sp.diff(fe, SYMBOLS[v]).subs(at)) for v in vars_]
        out["gradients"].append({"expr": f"grad({f}, {vec(vars_)}, {vec(point, fmt)})",
                                 "value": value})
    for fs, vars_, point in JACOBIANS:
        at = {SYMBOLS[v]: sp.Rational(repr(p)) for v, p in zip(vars_, point)}
        value = [[num(sp.diff(parse(f), SYMBOLS[v]).subs(at)) for v in vars_] for f in fs]
        out["jacobians"].append({"expr": f"jacobian({vec(fs)}, {vec(vars_)}, {vec(point, fmt)})",
                                 "value": value})
    for f, vars_, point in HESSIANS:
        fe = parse(f)
        at = {SYMBOLS[v]: sp.Rational(repr(p)) for v, p in zip(vars_, point)}
        value = [[num(sp.diff(fe, SYMBOLS[a], SYMBOLS[b]).subs(at)) for b in vars_]
                 for a in vars_]
        out["hessians"].append({"expr": f"hessian({f}, {vec(vars_)}, {vec(point, fmt)})",
                                "value": value})
    json.dump(out, __import__("sys").stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
