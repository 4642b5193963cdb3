#!/usr/bin/env python3
"""Reference values for `math::prob::distributions`, computed with scipy.stats and checked with mpmath.

Regenerate with:  python3 tests/data/prob_reference.py > tests/data/prob_reference.json
(scipy 1.17, mpmath 1.3; no randomness.)

Each case: {"dist", "params", "fn", "x", "value"} where
  dist   bernoulli [p] | binomial [n, p] | geometric [p] (trials until the first success, scipy's
         geom) | poisson [lambda] | uniform [a, b] | normal [mu, sigma] | exponential [rate]
         (scipy's scale is 1/rate) | t [df] | chi2 [df]
  fn     pmf | pdf | cdf | sf | ppf | isf | mean | var   (x is null for mean and var)
  value  scipy's result.
Every pmf/pdf/cdf/sf value is also computed with mpmath at 40 digits (directly from the formulas:
sums of exact pmf terms for the discrete cdfs, erfc, the regularized incomplete beta and gamma
functions); the file holds mpmath's value rounded to a double. scipy's must agree with it to 1e-6 or the
script stops (a wrong formula here); a difference above 1e-9 is printed as a note. scipy is not
always right to 1e-9: its t cdf at df = 1, t = -1e-8 is 0.49999999526 where the exact value
is 1/2 - atan(1e-8)/pi = 0.49999999682 (3e-9 off), and its Poisson pmf at lambda = 1e4,
k = 9700 is 2.3e-11 off. Every
ppf/isf is checked by putting scipy's answer back into mpmath's cdf/sf (continuous) or by the
defining inequalities cdf(k-1) < p <= cdf(k) (discrete; where scipy's answer fails them, being
one off at a rounding tie, the exact answer is stored and a note printed); where a continuous one
fails (scipy's chi2 quantiles at df >= 1e7 are off by up to 1e-3 in probability), Newton steps
in mpmath from scipy's answer give the stored value. So the file is right
to ~1e-11 whatever scipy's own accuracy.
Extreme parameters on purpose: binomial n = 1e4 and 1e6 with tiny and large p, Poisson 1e-3 and
1e4, t with df = 1, 2.5 and 1e3, 1e6 ... 1e12 (StudentT::MAX_DF), normal tails at z = +-8 and
+-37, chi2 with df = 1, 1000 and 1e7 ... 1e10 (ChiSquared::MAX_DF), and quantiles at p = 1e-12
and 1 - 1e-12.
"""
import functools, json, math, sys
import mpmath as mp
import scipy
from scipy import stats

mp.mp.dps = 40
cases = []

def scipy_dist(dist, params):
    if dist == "bernoulli": return stats.bernoulli(params[0])
    if dist == "binomial": return stats.binom(params[0], params[1])
    if dist == "geometric": return stats.geom(params[0])
    if dist == "poisson": return stats.poisson(params[0])
    if dist == "uniform": return stats.uniform(loc=params[0], scale=params[1] - params[0])
    if dist == "normal": return stats.norm(loc=params[0], scale=params[1])
    if dist == "exponential": return stats.expon(scale=1.0 / params[0])
    if dist == "t": return stats.t(params[0])
    if dist == "chi2": return stats.chi2(params[0])
    raise ValueError(dist)

DISCRETE = {"bernoulli", "binomial", "geometric", "poisson"}

# ---- mpmath versions of pmf/pdf, cdf, sf ----------------------------------------------------

def mp_discrete_pmf(dist, params, k):
    k = int(k)
    if dist == "bernoulli":
        p = mp.mpf(params[0])
        return {0: 1 - p, 1: p}.get(k, mp.mpf(0))
    if dist == "binomial":
        n, p = int(params[0]), mp.mpf(params[1])
        if k < 0 or k > n: return mp.mpf(0)
        return mp.binomial(n, k) * p**k * (1 - p)**(n - k)
    if dist == "geometric":
        p = mp.mpf(params[0])
        return (1 - p)**(k - 1) * p if k >= 1 else mp.mpf(0)
    if dist == "poisson":
        lam = mp.mpf(params[0])
        return lam**k * mp.exp(-lam) / mp.factorial(k) if k >= 0 else mp.mpf(0)

def mp_window_sum(dist, params, lo, hi):
    """Sum of pmf over [lo, hi], exactly term by term (mp recurrence) over the part of the range
    within 60 standard deviations + 200 of the mean: the rest is below 1e-400 relative."""
    if dist in ("bernoulli", "geometric"):
        if dist == "geometric":
            p = mp.mpf(params[0]); q = 1 - p
            lo = max(lo, 1)
            if hi is None: return q**(lo - 1)
            return q**(lo - 1) - q**hi if hi >= lo else mp.mpf(0)
        return sum(mp_discrete_pmf(dist, params, k) for k in range(max(lo, 0), min(hi, 1) + 1))
    if dist == "binomial":
        n, p = int(params[0]), float(params[1]); top = n
    else:
        n, p = None, None; top = None
    mean = params[0] * params[1] if dist == "binomial" else params[0]
    var = mean * (1 - params[1]) if dist == "binomial" else params[0]
    width = int(60 * math.sqrt(var) + 200)
    a = max(lo, int(mean) - width, 0)
    b = int(mean) + width if hi is None else min(hi, int(mean) + width)
    if top is not None: b = min(b, top)
    if a > b: return mp.mpf(0)
    term = mp_discrete_pmf(dist, params, a)
    total = mp.mpf(0)
    for k in range(a, b + 1):
        total += term
        if dist == "binomial":
            pp = mp.mpf(params[1])
            term = term * (n - k) / (k + 1) * pp / (1 - pp)
        else:
            term = term * mp.mpf(params[0]) / (k + 1)
    return total

def mp_cont(dist, params, fn, x):
    x = mp.mpf(x)
    if dist == "uniform":
        a, b = mp.mpf(params[0]), mp.mpf(params[1])
        if fn == "pdf": return 1 / (b - a) if a <= x <= b else mp.mpf(0)
        c = min(max((x - a) / (b - a), 0), 1)
        return c if fn == "cdf" else 1 - c
    if dist == "normal":
        mu, s = mp.mpf(params[0]), mp.mpf(params[1])
        z = (x - mu) / s
        if fn == "pdf": return mp.exp(-z * z / 2) / (s * mp.sqrt(2 * mp.pi))
        if fn == "cdf": return mp.erfc(-z / mp.sqrt(2)) / 2
        return mp.erfc(z / mp.sqrt(2)) / 2
    if dist == "exponential":
        lam = mp.mpf(params[0])
        if x < 0: return {"pdf": 0, "cdf": 0, "sf": 1}[fn]
        if fn == "pdf": return lam * mp.exp(-lam * x)
        if fn == "cdf": return -mp.expm1(-lam * x)
        return mp.exp(-lam * x)
    if dist == "t":
        nu = mp.mpf(params[0])
        if fn == "pdf":
            return mp.exp(mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2)) / mp.sqrt(nu * mp.pi) * (1 + x * x / nu) ** (-(nu + 1) / 2)
        tail = mp.betainc(nu / 2, mp.mpf(1) / 2, 0, nu / (nu + x * x), regularized=True) / 2
        # P(T > |x|) = tail, taken directly in the tail that it is (1 - tail would lose it).
        if fn == "cdf": return tail if x < 0 else 1 - tail
        return tail if x > 0 else 1 - tail
    if dist == "chi2":
        k = mp.mpf(params[0]) / 2
        if x <= 0: return {"pdf": 0, "cdf": 0, "sf": 1}[fn]
        if fn == "pdf": return mp.exp((k - 1) * mp.log(x) - x / 2 - k * mp.log(2) - mp.loggamma(k))
        if k > 1e5: return mp_gamma_large(k, x / 2)[0 if fn == "cdf" else 1]
        if fn == "cdf": return mp.gammainc(k, 0, x / 2, regularized=True)
        return mp.gammainc(k, x / 2, mp.inf, regularized=True)
    raise ValueError(dist)

@functools.lru_cache(maxsize=None)
def mp_gamma_large(a, x):
    """(P(a, x), Q(a, x)) for huge a (chi2 with df > 2e5), where mpmath's lower gammainc gives
    up (its hypergeometric series needs more than its default term limit). The smaller side is
    computed directly: below the mean P = x^a e^-x / Gamma(a+1) * 1F1(1; a+1; x) (every term
    positive; at 80 digits, as a*log(x) ~ 1e11 takes 12 of them), above it Q by mpmath's upper
    gammainc (which does converge; the two agree to 20 digits at a = 5e9, x = a + 3*sqrt(a),
    checked with 160 digits); the other side is one minus it."""
    if x < a:
        with mp.workdps(80):
            p = mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * mp.hyp1f1(1, a + 1, x, maxterms=10**8)
            return +p, 1 - p
    q = mp.gammainc(a, x, mp.inf, regularized=True)
    return 1 - q, q

def mp_value(dist, params, fn, x):
    if dist in DISCRETE:
        k = math.floor(x)
        if fn == "pmf": return mp_discrete_pmf(dist, params, x)
        if fn == "cdf": return mp_window_sum(dist, params, -1, k) if dist != "geometric" else 1 - mp_window_sum(dist, params, k + 1, None)
        if fn == "sf":
            hi = 1 if dist == "bernoulli" else (int(params[0]) if dist == "binomial" else None)
            return mp_window_sum(dist, params, k + 1, hi)
    return mp_cont(dist, params, fn, x)

worst = [0.0, ""]

def agree(got, ref, what, limit=1e-6):
    """scipy's value against mpmath's: they must agree to `limit` (a wrong formula here);
    the largest difference is reported on stderr."""
    got = mp.mpf(got)
    if ref == 0 and got == 0: return
    if ref < mp.mpf("1e-307") and abs(got) < 1e-307: return  # both below f64's normal range
    rel = float(abs(got - ref) / abs(ref))
    if rel > worst[0]: worst[:] = [rel, what]
    if rel > limit:
        sys.exit(f"scipy and mpmath disagree on {what}: scipy {got}, mpmath {mp.nstr(ref, 17)}, rel {rel:.3g}")
    if rel > 1e-9:
        print(f"note: {what}: scipy {float(got)!r} is off by {rel:.3g}; mpmath {mp.nstr(ref, 17)}", file=sys.stderr)

def add(dist, params, fn, x=None):
    d = scipy_dist(dist, params)
    if fn == "mean": v = d.mean()
    elif fn == "var": v = d.var()
    else: v = getattr(d, fn)(x)
    v = float(v)
    what = f"{dist}{params}.{fn}({x})"
    if fn in ("pmf", "pdf", "cdf", "sf"):
        ref = mp_value(dist, params, fn, x)
        # scipy's chi2 at df >= 1e7 is off by up to 17% twenty standard deviations out (cdf 2.04e-89
        # for 2.444e-89 at df 1e9, where cdf/pdf ~ 2*sqrt(df/2)/20 confirms mpmath); not a check there.
        huge_chi2 = dist == "chi2" and params[0] >= 1e7
        agree(v, ref, what, 1.0 if huge_chi2 else 1e-6)
        v = float(ref)  # the 40-digit value, rounded once
    elif fn in ("ppf", "isf"):
        v = check_inverse(dist, params, fn, x, v, what)
    cases.append({"dist": dist, "params": params, "fn": fn, "x": x, "value": v})

def discrete_inverse_ok(dist, params, fn, prob, k):
    if fn == "ppf":   # smallest k with cdf(k) >= p
        return mp_value(dist, params, "cdf", k) >= prob and (k == support_lo(dist) or mp_value(dist, params, "cdf", k - 1) < prob)
    # isf: smallest k with sf(k) <= q
    return mp_value(dist, params, "sf", k) <= prob and (k == support_lo(dist) or mp_value(dist, params, "sf", k - 1) > prob)

def exact_discrete_inverse(dist, params, fn, prob, k):
    """The smallest j with cdf(j) >= p (ppf) or sf(j) <= q (isf), in exact arithmetic: doubling
    steps from k to a bracket, then bisection."""
    lo_support = support_lo(dist)
    def reached(j):
        if fn == "ppf": return mp_value(dist, params, "cdf", j) >= prob
        return mp_value(dist, params, "sf", j) <= prob
    if reached(k):
        yes, step = k, 1
        while True:
            j = max(yes - step, lo_support)
            if j == yes: return yes
            if reached(j): yes, step = j, step * 2
            else: no = j; break
    else:
        no, step = k, 1
        while not reached(no + step): no, step = no + step, step * 2
        yes = no + step
    while yes - no > 1:
        mid = (yes + no) // 2
        if reached(mid): yes = mid
        else: no = mid
    return yes

def check_inverse(dist, params, fn, prob, v, what):
    """Returns the checked value: scipy's, or where scipy's fails the definition in exact
    arithmetic (its own cdf rounds at a tie), the exact answer next to it."""
    if dist in DISCRETE:
        k = int(v)
        if discrete_inverse_ok(dist, params, fn, prob, k): return v
        j = exact_discrete_inverse(dist, params, fn, prob, k)
        print(f"note: {what}: scipy {k}, exact {j}", file=sys.stderr)
        return float(j)
    tailfn = "cdf" if fn == "ppf" else "sf"
    back = mp_value(dist, params, tailfn, v)
    # cdf(ppf(p)) = p up to the rounding of ppf(p) to a double: allow 1e-11 plus that rounding.
    dens = mp_value(dist, params, "pdf", v)
    slack = 1e-11 * prob + float(dens) * abs(v) * 4e-16
    if abs(back - prob) <= slack:
        return v
    # scipy is off (its chi2 quantile at df >= 1e7): Newton steps in mpmath from its answer,
    # x <- x -+ (tail(x) - p)/pdf(x), until the 40-digit tail is p to 1e-15.
    x = mp.mpf(v)
    for _ in range(20):
        back = mp_value(dist, params, tailfn, x)
        if abs(back - prob) <= mp.mpf(1e-15) * prob:
            print(f"note: {what}: scipy {v!r}, exact {float(x)!r}", file=sys.stderr)
            return float(x)
        step = (back - prob) / mp_value(dist, params, "pdf", x)
        x = x - step if tailfn == "cdf" else x + step
    sys.exit(f"{what} = {v}: mpmath {tailfn} there is {mp.nstr(back, 17)}")

def support_lo(dist):
    return 1 if dist == "geometric" else 0

PROBS = [1e-12, 1e-6, 0.025, 0.3, 0.5, 0.975, 1 - 1e-12]
TAILS = [1e-12, 1e-6, 0.025, 0.3]

def moments(dist, params):
    add(dist, params, "mean"); add(dist, params, "var")

# ---- discrete ------------------------------------------------------------------------------
for p in [0.0, 0.3, 1.0]:
    for k in [-1, 0, 1, 2]:
        add("bernoulli", [p], "pmf", k)
        add("bernoulli", [p], "cdf", k)
        add("bernoulli", [p], "sf", k)
    moments("bernoulli", [p])
    for q in [0.3, 0.5, 0.8]:
        add("bernoulli", [p], "ppf", q)

BINOMIAL = [(10, 0.3), (20, 0.5), (10**4, 1e-3), (10**4, 0.5), (10**4, 0.999), (10**4, 1e-10),
            (10**6, 1e-6), (10**6, 1e-9), (10**6, 0.5), (10**6, 0.999999), (10**6, 0.02)]
for n, p in BINOMIAL:
    mean, sd = n * p, math.sqrt(n * p * (1 - p))
    ks = sorted({0, 1, 2, n - 1, n} | {int(mean + z * sd) for z in [-30, -10, -3, -1, 0, 1, 3, 10, 30]})
    for k in ks:
        if 0 <= k <= n:
            for fn in ("pmf", "cdf", "sf"):
                add("binomial", [n, p], fn, k)
    moments("binomial", [n, p])
    for q in PROBS: add("binomial", [n, p], "ppf", q)
    for q in TAILS: add("binomial", [n, p], "isf", q)

for lam in [1e-3, 0.5, 3.7, 100.0, 1e4]:
    sd = math.sqrt(lam)
    ks = sorted({0, 1, 2, 5} | {int(lam + z * sd) for z in [-30, -10, -3, -1, 0, 1, 3, 10, 30]})
    for k in ks:
        if k >= 0:
            for fn in ("pmf", "cdf", "sf"):
                add("poisson", [lam], fn, k)
    moments("poisson", [lam])
    for q in PROBS: add("poisson", [lam], "ppf", q)
    for q in TAILS: add("poisson", [lam], "isf", q)

for p in [1e-6, 0.01, 0.3, 0.9, 1.0]:
    for k in [1, 2, 10, 1000, 10**6]:
        for fn in ("pmf", "cdf", "sf"):
            add("geometric", [p], fn, k)
    moments("geometric", [p])
    for q in PROBS: add("geometric", [p], "ppf", q)
    for q in TAILS: add("geometric", [p], "isf", q)

# ---- continuous ----------------------------------------------------------------------------
for a, b in [(0.0, 1.0), (-3.0, 5.0), (1e-150, 3e-150), (-1e150, 1e150)]:
    for t in [-0.5, 0.0, 0.25, 0.5, 1.0, 1.5]:
        x = a + t * (b - a)
        for fn in ("pdf", "cdf", "sf"):
            add("uniform", [a, b], fn, x)
    moments("uniform", [a, b])
    for q in PROBS: add("uniform", [a, b], "ppf", q)
    for q in TAILS: add("uniform", [a, b], "isf", q)

for mu, s in [(0.0, 1.0), (100.0, 15.0), (-2.5, 1e-150), (1e150, 1e150)]:
    for z in [-37.0, -8.0, -2.5, -1.0, -1e-8, 0.3, 1.0, 1.96, 8.0, 37.0]:
        x = mu + z * s
        for fn in ("pdf", "cdf", "sf"):
            add("normal", [mu, s], fn, x)
    moments("normal", [mu, s])
    for q in PROBS: add("normal", [mu, s], "ppf", q)
    for q in TAILS + [1e-100, 1e-300]: add("normal", [mu, s], "isf", q)

for lam in [1.0, 0.25, 1e-150, 1e150]:
    for t in [0.0, 1e-10, 0.5, 1.0, 3.0, 50.0, 700.0]:
        x = t / lam
        for fn in ("pdf", "cdf", "sf"):
            add("exponential", [lam], fn, x)
    moments("exponential", [lam])
    for q in PROBS: add("exponential", [lam], "ppf", q)
    for q in TAILS + [1e-300]: add("exponential", [lam], "isf", q)

# df = 1e3 is where the large-df expansion begins (t^2 <= (e-1)*df: |t| <= 41.4 there, so 41
# and 42 sit on either side); 1e7 ... 1e12 reach MAX_DF, where rounding x = df/(df + t^2) once
# cost the old route 4e-5.
for df in [1.0, 2.5, 5.0, 30.0, 1e3, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12]:
    edge = [-42.0, -41.0, 41.0, 42.0] if df == 1e3 else []
    # At df >= 1e11, t = +-1e5 has a tail of e^-5e9 (0 in f64, and mpmath's betainc gives up).
    edge += [-1e5, 1e5] if df < 1e11 else []
    for x in sorted([-37.0, -10.0, -2.5, -2.0, -1.0, -1e-8, 0.0, 0.1, 1.0, 2.0, 4.0, 10.0, 37.0] + edge):
        for fn in ("pdf", "cdf", "sf"):
            add("t", [df], fn, x)
    if df > 2: moments("t", [df])
    for q in PROBS: add("t", [df], "ppf", q)
    for q in TAILS + [1e-100]: add("t", [df], "isf", q)

for df in [1.0, 2.0, 2.5, 10.0, 1000.0]:
    sd = math.sqrt(2 * df)
    for x in sorted({1e-10, 0.01 * df, 0.5 * df, df, 2 * df, df + 10 * sd, df + 40 * sd}):
        for fn in ("pdf", "cdf", "sf"):
            add("chi2", [df], fn, x)
    moments("chi2", [df])
    for q in PROBS: add("chi2", [df], "ppf", q)
    for q in TAILS + [1e-100]: add("chi2", [df], "isf", q)

# Huge df up to MAX_DF = 1e10, where a prefactor through ln Gamma lost 1e-5: points within
# +-20 standard deviations (further out the probabilities leave f64's range).
for df in [1e7, 1e8, 1e9, 1e10]:
    sd = math.sqrt(2 * df)
    for x in [df - 20 * sd, df - 3 * sd, df - sd, df - 1.0, df, df + sd, df + 3 * sd, df + 20 * sd]:
        for fn in ("pdf", "cdf", "sf"):
            add("chi2", [df], fn, x)
    moments("chi2", [df])
    for q in PROBS: add("chi2", [df], "ppf", q)
    for q in TAILS + [1e-100]: add("chi2", [df], "isf", q)

print(f"largest scipy-mpmath difference: {worst[0]:.3g} at {worst[1]}", file=sys.stderr)
print(f"{len(cases)} cases", file=sys.stderr)
json.dump({"generator": f"scipy {scipy.__version__}, mpmath {mp.__version__}", "cases": cases},
          sys.stdout, indent=1)
print()
