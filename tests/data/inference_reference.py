#!/usr/bin/env python3
"""Reference values for `math::stats::inference`, computed with scipy.stats and statsmodels.

Regenerate with:  python3 tests/data/inference_reference.py > tests/data/inference_reference.json
(scipy 1.17, statsmodels 0.15, numpy 2.x, mpmath 1.3; the seed is fixed.)

Cases (field "fn"):
  standard_error     sigma/sqrt(n)
  z_interval         scipy norm.interval(confidence, loc=mean, scale=sigma/sqrt(n))
  t_interval         scipy t.interval(confidence, n-1, loc=mean, scale=sem) from "data"
  t_interval_summary the same from (n, mean, sd) with sd = std(data, ddof=1)
  wald               statsmodels proportion_confint(x, n, 1-confidence, method="normal")
                     (only cases inside [0, 1], where statsmodels does not clip)
  z_test             known sigma: z = (mean-mu0)/(sigma/sqrt(n)); p from scipy norm.cdf/sf
  t_test             scipy ttest_1samp(data, mu0, alternative)
  t_test_summary     the same test from (n, mean, sd)
  welch, pooled      scipy ttest_ind(a, b, equal_var=False/True, alternative)
  welch_summary,     scipy ttest_ind_from_stats(...)
  pooled_summary
  proportion_test    statsmodels proportions_ztest(x, n, p0, alternative, prop_var=p0)
  power              statsmodels normal_power((mu-mu0)/sigma, n, alpha, alternative), checked
                     against mpmath at 400 digits, which the file holds; type_two = 1 - power at
                     400 digits, so a type II error of 1e-180 keeps its digits
  bonferroni, holm   statsmodels multipletests(p, alpha, method): reject, pvals_corrected
  fwer               1 - (1 - alpha)^m at 40 digits (mpmath)
Alternatives are scipy's names ("two-sided", "less", "greater"; statsmodels' "smaller"/"larger"
are mapped). Every t-test p-value is also computed with mpmath (regularized incomplete beta, 40
digits): the file holds mpmath's value, and the script stops if scipy's differs by more than 1e-9.
Data come at three scales (x1, x1e150, x1e-150) and sizes 2 to 1000, with p-values down to 1e-40.
"""
import json, sys
import numpy as np
import mpmath as mp
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest
from statsmodels.stats.power import normal_power
from statsmodels.stats.multitest import multipletests

mp.mp.dps = 40
rng = np.random.default_rng(20261202)
cases = []
SM = {"two-sided": "two-sided", "less": "smaller", "greater": "larger"}
ALTS = ["two-sided", "less", "greater"]

def add(**kw):
    cases.append(kw)

def mp_t_p(t, df, alt):
    """p-value of t under t(df), at 40 digits."""
    t, df = mp.mpf(float(t)), mp.mpf(float(df))
    tail = mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2  # P(T > |t|)
    upper = tail if t > 0 else 1 - tail      # P(T > t)
    if alt == "greater": return upper
    if alt == "less": return 1 - upper
    return min(2 * tail, mp.mpf(1))

def checked_p(scipy_p, t, df, alt, what):
    ref = mp_t_p(t, df, alt)
    if ref != 0 and abs(scipy_p - ref) / ref > 1e-9:
        sys.exit(f"{what}: scipy p {scipy_p} vs mpmath {mp.nstr(ref, 17)}")
    return float(ref)

def datasets():
    out = []
    for n in [2, 3, 5, 12, 40, 1000]:
        x = np.round(rng.normal(10, 3, size=n), 3)
        out.append(x)
    out.append(np.round(rng.normal(50, 1, size=30), 2))   # far from mu0 = 0: tiny p-values
    return out

# ---- one sample -----------------------------------------------------------------------------
for i, x in enumerate(datasets()):
    for scale in [1.0, 1e150, 1e-150]:
        xs = x * scale
        n, mean, sd = len(xs), float(np.mean(xs)), float(np.std(xs, ddof=1))
        mu0 = (9.0 if i < 6 else 0.0) * scale
        for alt in ALTS:
            r = stats.ttest_1samp(xs, mu0, alternative=alt)
            p = checked_p(r.pvalue, r.statistic, r.df, alt, f"ttest_1samp {i} {scale} {alt}")
            add(fn="t_test", data=xs.tolist(), mu0=mu0, alternative=alt,
                statistic=float(r.statistic), p_value=p, df=float(r.df))
            add(fn="t_test_summary", n=n, mean=mean, sd=sd, mu0=mu0, alternative=alt,
                statistic=float(r.statistic), p_value=p, df=float(r.df))
        for conf in [0.9, 0.95, 0.99]:
            sem = sd / np.sqrt(n)
            lo, hi = stats.t.interval(conf, n - 1, loc=mean, scale=sem)
            add(fn="t_interval", data=xs.tolist(), confidence=conf, lower=float(lo), upper=float(hi))
            add(fn="t_interval_summary", n=n, mean=mean, sd=sd, confidence=conf, lower=float(lo), upper=float(hi))

for mean, sigma, n, mu0 in [(103.2, 15.0, 25, 100.0), (-0.4, 2.0, 9, 0.0), (5.0, 1.0, 400, 4.5),
                            (1e150, 3e149, 16, 0.9e150), (2.5e-150, 1e-150, 4, 1e-150)]:
    add(fn="standard_error", sigma=sigma, n=n, value=float(sigma / np.sqrt(n)))
    for conf in [0.8, 0.95, 0.999]:
        lo, hi = stats.norm.interval(conf, loc=mean, scale=sigma / np.sqrt(n))
        add(fn="z_interval", mean=mean, sigma=sigma, n=n, confidence=conf, lower=float(lo), upper=float(hi))
    z = (mean - mu0) / (sigma / np.sqrt(n))
    for alt in ALTS:
        p = {"less": stats.norm.cdf(z), "greater": stats.norm.sf(z), "two-sided": 2 * stats.norm.sf(abs(z))}[alt]
        add(fn="z_test", mean=mean, mu0=mu0, sigma=sigma, n=n, alternative=alt, statistic=float(z), p_value=float(p))

# ---- two samples ----------------------------------------------------------------------------
pairs = [(rng.normal(10, 2, 8), rng.normal(12, 2, 11)),
         (rng.normal(0, 1, 30), rng.normal(0.3, 4, 6)),
         (rng.normal(5, 1, 2), rng.normal(5, 1, 3)),
         (rng.normal(100, 10, 200), rng.normal(96, 25, 150)),
         (rng.normal(0, 1, 40), rng.normal(3, 1, 40))]          # tiny p-values
# At scale 1e150 scipy's Welch df overflows ((s^2/n)^2 = 1e600) and comes back as 1. The t
# statistic, the df and the p-value do not depend on the units, so the 1e150 cases carry the
# values scipy computes for the same data at scale 1.
for j, (a, b) in enumerate(pairs):
    a, b = np.round(a, 3), np.round(b, 3)
    for equal_var, name in [(False, "welch"), (True, "pooled")]:
        for alt in ALTS:
            r = stats.ttest_ind(a, b, equal_var=equal_var, alternative=alt)
            p = checked_p(r.pvalue, r.statistic, r.df, alt, f"{name} {j} {alt}")
            sa = [len(a), float(np.mean(a)), float(np.std(a, ddof=1))]
            sb = [len(b), float(np.mean(b)), float(np.std(b, ddof=1))]
            r2 = stats.ttest_ind_from_stats(sa[1], sa[2], sa[0], sb[1], sb[2], sb[0], equal_var=equal_var, alternative=alt)
            if abs(r2.statistic - r.statistic) > 1e-12 * abs(r.statistic):
                sys.exit(f"{name} {j}: from stats {r2.statistic} vs from data {r.statistic}")
            for scale in [1.0, 1e150]:
                xa, xb = a * scale, b * scale
                sa = [len(xa), float(np.mean(xa)), float(np.std(xa, ddof=1))]
                sb = [len(xb), float(np.mean(xb)), float(np.std(xb, ddof=1))]
                add(fn=name, a=xa.tolist(), b=xb.tolist(), alternative=alt,
                    statistic=float(r.statistic), p_value=p, df=float(r.df))
                add(fn=name + "_summary", a=sa, b=sb, alternative=alt,
                    statistic=float(r.statistic), p_value=p, df=float(r.df))

# ---- proportions ----------------------------------------------------------------------------
for x, n in [(40, 100), (13, 20), (512, 1000), (3, 50), (9000, 10000)]:
    for conf in [0.9, 0.95, 0.99]:
        lo, hi = proportion_confint(x, n, alpha=1 - conf, method="normal")
        if 0 < lo and hi < 1:
            add(fn="wald", successes=x, n=n, confidence=conf, lower=float(lo), upper=float(hi))
    for p0 in [0.5, 0.1, 0.85]:
        for alt in ALTS:
            z, p = proportions_ztest(x, n, value=p0, alternative=SM[alt], prop_var=p0)
            add(fn="proportion_test", successes=x, n=n, p0=p0, alternative=alt, statistic=float(z), p_value=float(p))

# ---- power ----------------------------------------------------------------------------------
def mp_power(mu0, mu, sigma, n, alpha, alt):
    """At 400 digits, so that 1 - power keeps the digits of a type II error of 1e-300."""
    with mp.workdps(400):
        return +_mp_power(mu0, mu, sigma, n, alpha, alt)

def _mp_power(mu0, mu, sigma, n, alpha, alt):
    d = (mp.mpf(mu) - mu0) / (mp.mpf(sigma) / mp.sqrt(n))
    def isf(q): return -mp.sqrt(2) * mp.erfinv(2 * mp.mpf(q) - 1)  # upper point z with P(Z > z) = q
    Phi = mp.ncdf
    if alt == "greater": return 1 - Phi(isf(alpha) - d)
    if alt == "less": return Phi(-isf(alpha) - d)
    c = isf(mp.mpf(alpha) / 2)
    return Phi(-c - d) + 1 - Phi(c - d)

for mu0, sigma, n, alpha in [(100.0, 15.0, 25, 0.05), (0.0, 1.0, 10, 0.01), (50.0, 8.0, 100, 0.1)]:
    for mu in [mu0 - 3 * sigma, mu0 - 0.5 * sigma, mu0, mu0 + 0.1 * sigma, mu0 + 0.6 * sigma, mu0 + 2 * sigma]:
        for alt in ALTS:
            pw = normal_power((mu - mu0) / sigma, n, alpha, alternative=SM[alt])
            ref = mp_power(mu0, mu, sigma, n, alpha, alt)
            if abs(pw - ref) > 1e-12 * max(ref, mp.mpf("1e-300")) and abs(pw - ref) > 1e-15:
                sys.exit(f"statsmodels power {pw} vs mpmath {ref}")
            with mp.workdps(400):
                beta = 1 - ref
            add(fn="power", mu0=mu0, mu=mu, sigma=sigma, n=n, alpha=alpha, alternative=alt,
                power=float(ref), type_two=float(beta))

# ---- multiple testing -----------------------------------------------------------------------
pv_sets = [[0.01, 0.04, 0.03, 0.005, 0.2], [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205],
           [0.5], [0.012, 0.012, 0.03, 0.9], rng.uniform(0, 0.05, 20).tolist(), [1e-12, 0.3, 1.0, 0.0]]
for pv in pv_sets:
    for alpha in [0.05, 0.1]:
        for method in ["bonferroni", "holm"]:
            reject, adj, _, _ = multipletests(pv, alpha=alpha, method=method)
            add(fn=method, p_values=list(map(float, pv)), alpha=alpha, adjusted=adj.tolist(), reject=reject.tolist())

for alpha in [0.05, 0.01, 1e-9]:
    for m in [1, 2, 10, 20, 100, 10**6]:
        value = 1 - (1 - mp.mpf(alpha)) ** m
        add(fn="fwer", alpha=alpha, m=m, value=float(value))

json.dump({"generator": f"scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}, mpmath {mp.__version__}",
           "cases": cases}, sys.stdout, indent=1)
print()
print(f"{len(cases)} cases", file=sys.stderr)
