"""Reference values of g(x) = (1 - cos x)/x^2 for the numerical_stability demo (written to
cancellation_reference.json beside this file).

Each x is a double (written with repr, so Rust parses the same double); g is evaluated at that
exact double with mpmath at 60 significant digits and written with 30, far beyond f64, so the
demo's double-double series can be checked to better than one unit in the last place. In f64 the
naive formula cancels: 1 - cos x keeps only the rounding error of cos x once x is small.

Run: python3 tests/data/cancellation_reference.py   (mpmath 1.3)
"""
import json
import os

import mpmath

mpmath.mp.dps = 60

XS = [1.0, 0.7234567, 0.5, 0.1, 0.0123, 1e-3, 1e-4, 3.3e-5, 1e-5, 1e-6, 1e-7, 2.5e-8,
      1.5e-8, 1e-8, 1e-9, 1e-10]


def g(x):
    x = mpmath.mpf(x)  # the exact double
    return (1 - mpmath.cos(x)) / (x * x)


cases = [{"x": repr(x), "g": mpmath.nstr(g(x), 30)} for x in XS]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cancellation_reference.json")
with open(out, "w") as f:
    json.dump({"source": "mpmath %s, mp.dps = 60" % mpmath.__version__, "cases": cases}, f,
              indent=1)
    f.write("\n")
