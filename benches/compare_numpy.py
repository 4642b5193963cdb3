#!/usr/bin/env python3
"""mathdrill's core routines beside numpy/scipy, timed in one run on this machine.

    cargo build --release
    python3 benches/compare_numpy.py [ROUTINE ...] [--size N ...] [--quick | --full]
                                     [--rounds 3] [--threads 1] [--bin PATH] [--from-json FILE]

Each round runs `mathdrill bench --json [ROUTINE ...] [--size N ...] [--quick | --full]` once and
then times numpy/scipy on the same routines at the same sizes, so the machine's noise falls on
both sides alike; after `--rounds` rounds (default 3) every time is the median of the rounds'
medians. The numpy side measures the way `mathdrill bench` does (src/bench/timing.rs): one cold
call; warm-up batches of 1, 2, 4, ... calls for a tenth of the budget; enough calls per sample that
a sample lasts the mode's target; the median and quartiles (type 7) of the per-call times. Only
the fields of the shared schema (schema 1) are read from mathdrill's JSON.

The numpy counterparts: matmul `a @ b`; det `np.linalg.det`; solve `np.linalg.solve(a, b)`;
inverse `np.linalg.inv`; qr `np.linalg.qr`; eigen_sym `np.linalg.eigh`; svd `np.linalg.svd`;
power_iteration the same loop (x = A x / |A x|, as many steps as mathdrill's flop count says) on
numpy's mat-vec; normal/exponential sampling `default_rng().standard_normal(size)` /
`standard_exponential(size)`; clt_means `rng.random((m, 30)).mean(1)` over the same number m of
means (mathdrill's items / 30); normal_cdf/normal_quantile `scipy.special.ndtr`/`ndtri` on the
same grids (z evenly over [-8, 8]; p = (k + 1/2)/points); binomial_pmf
`scipy.stats.binom.pmf(k, n, 0.3)` over every k; softmax/logsumexp `scipy.special.softmax` /
`logsumexp` on the same input. The gradient and exercise routines have no numpy counterpart.

The table: per routine, size and mathdrill scratch variant, the scratch median, the reference
(nalgebra/statrs, or the routine's reference variant) median, numpy's median, and the ratios
scratch/numpy and reference/numpy (< 1: mathdrill is faster).

For numpy's process only (before numpy is imported; the mathdrill subprocess gets the original
environment), OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed, so OpenBLAS picks its kernel
for this CPU itself; the kernel that ran and its thread count are printed via threadpoolctl.
`--threads 1` holds numpy to one thread (the honest comparison with single-threaded Rust; the
default lets BLAS use every core). `--from-json FILE` reads mathdrill's side from a saved
`mathdrill bench --json` (or `--save`) file instead of running the binary. Without numpy the
script says so and exits 0.
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))

# mathdrill's plans (src/bench/mod.rs, Mode::plan): samples, sample target (s), budget (s).
PLANS = {"quick": (5, 0.0005, 0.150), "default": (11, 0.002, 0.5), "full": (21, 0.005, 5.0)}
MIN_WARMUP_CALLS = 3

# The binomial's p and the power iteration's default step count, as in src/bench/routines.
BINOMIAL_P = 0.3
POWER_STEPS = 100
CLT_MEANS = 100_000


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("routines", nargs="*", help="routine ids (default: all)")
    p.add_argument("--size", type=int, nargs="+", default=[], metavar="N")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true")
    mode.add_argument("--full", action="store_true")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=None,
                   help="hold numpy's BLAS/OpenMP to this many threads (1: the fair comparison)")
    p.add_argument("--bin", default=os.path.join(TARGET, "release", "mathdrill"))
    p.add_argument("--from-json", metavar="FILE",
                   help="read mathdrill's results from FILE instead of running --bin")
    args = p.parse_args(argv)
    if args.rounds < 1:
        p.error("--rounds must be at least 1")
    if args.threads is not None and args.threads < 1:
        p.error("--threads must be at least 1")
    if any(n < 1 for n in args.size):
        p.error("--size takes positive integers")
    return args


def prepare_numpy_environment(threads):
    """The environment of mathdrill's subprocess (the original one), after setting up ours."""
    child_env = dict(os.environ)
    for var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        os.environ.pop(var, None)
    if threads is not None:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(threads)
    return child_env


# ---------------------------------------------------------------------------------------------
# Timing, as src/bench/timing.rs does it.

def time_calls(job, n):
    start = time.perf_counter()
    for _ in range(n):
        job()
    return time.perf_counter() - start


def quantile_sorted(xs, p):
    """Type 7 quantile of sorted values (numpy's default `percentile`)."""
    h = (len(xs) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo])


def measure(job, plan):
    """(q1, median, q3) nanoseconds of one call of `job`.

    Where mathdrill would skip a variant whose samples overrun the budget, this stretches the
    budget to fit them (a numpy call of 25 ms in --quick's 150 ms still gets its samples): a
    comparison with no numpy figure would say nothing."""
    samples, target, budget = plan
    cold = time_calls(job, 1)
    if cold * (samples + 1) > budget and cold <= budget / 2:
        cold = min(cold, time_calls(job, 1))
    budget = max(budget, cold * (samples + 1 + MIN_WARMUP_CALLS))
    spent, calls, batch, per_call = cold, 1, 1, cold
    while calls < MIN_WARMUP_CALLS or spent < budget / 10:
        if calls >= MIN_WARMUP_CALLS and spent + per_call * batch > budget / 5:
            break
        t = time_calls(job, batch)
        per_call = max(t / batch, 1e-9)
        spent += t
        calls += batch
        batch *= 2
    remaining = max(budget - spent, 0.0)
    wanted = math.ceil(target / per_call)
    affordable = math.floor(remaining / (samples * per_call))
    iterations = max(min(wanted, affordable), 1)
    per_sample = sorted(time_calls(job, iterations) / iterations * 1e9 for _ in range(samples))
    return tuple(quantile_sorted(per_sample, p) for p in (0.25, 0.5, 0.75))


# ---------------------------------------------------------------------------------------------
# The numpy/scipy counterparts.

def numpy_job(np, sp, result):
    """A no-argument callable doing numpy's version of one mathdrill result's routine at its
    size, or a string saying why there is none."""
    routine, n = result["routine"], result["size"]
    if n is None:
        return "no numpy counterpart"
    rng = np.random.default_rng(1)
    if routine in ("matmul", "det", "solve", "inverse", "qr", "svd"):
        a = rng.standard_normal((n, n))
        b = rng.standard_normal((n, n))
        v = rng.standard_normal(n)
        la = np.linalg
        return {
            "matmul": lambda: a @ b,
            "det": lambda: la.det(a),
            "solve": lambda: la.solve(a, v),
            "inverse": lambda: la.inv(a),
            "qr": lambda: la.qr(a),
            "svd": lambda: la.svd(a),
        }[routine]
    if routine in ("eigen_sym", "power_iteration"):
        a = rng.standard_normal((n, n))
        s = (a + a.T) / 2
        if routine == "eigen_sym":
            return lambda: np.linalg.eigh(s)
        flops = result.get("flops")
        steps = round(flops / (2 * n * n)) if flops else POWER_STEPS

        def power():
            x = np.ones(n) / math.sqrt(n)
            for _ in range(steps):
                y = s @ x
                x = y / np.linalg.norm(y)
            return x @ (s @ x)
        return power
    if routine == "normal_sample":
        return lambda: rng.standard_normal(n)
    if routine == "exponential_sample":
        return lambda: rng.standard_exponential(n)
    if routine == "clt_means":
        items = result.get("items")
        means = round(items / n) if items else CLT_MEANS
        return lambda: rng.random((means, n)).mean(1)
    if sp is None:
        return "scipy is not installed"
    if routine == "normal_cdf":
        z = np.linspace(-8.0, 8.0, n)
        return lambda: sp.special.ndtr(z)
    if routine == "normal_quantile":
        p = (np.arange(n) + 0.5) / n
        return lambda: sp.special.ndtri(p)
    if routine == "binomial_pmf":
        k = np.arange(n + 1)
        return lambda: sp.stats.binom.pmf(k, n, BINOMIAL_P)
    if routine in ("softmax", "logsumexp"):
        z = (np.arange(n) * 37 % 101) / 10.0 - 5.0
        f = sp.special.softmax if routine == "softmax" else sp.special.logsumexp
        return lambda: f(z)
    return "no numpy counterpart"


# ---------------------------------------------------------------------------------------------
# mathdrill's side.

def read_run(text, source):
    """The results of one `mathdrill bench --json` output, checked against schema 1."""
    try:
        run = json.loads(text)
    except json.JSONDecodeError as e:
        sys.exit(f"error: {source} is not JSON: {e}")
    if not isinstance(run, dict) or run.get("schema") != 1:
        sys.exit(f"error: {source} is not a `mathdrill bench --json` run of schema 1")
    for r in run.get("results", []):
        missing = {"routine", "size", "variant", "role", "median_ns"} - set(r)
        if missing:
            sys.exit(f"error: {source}: a result lacks {', '.join(sorted(missing))}")
    return run


def mathdrill_command(args):
    cmd = [args.bin, "bench", "--json", *args.routines]
    if args.size:
        cmd += ["--size", *map(str, args.size)]
    if args.quick:
        cmd.append("--quick")
    if args.full:
        cmd.append("--full")
    return cmd


def run_mathdrill(args, env):
    cmd = mathdrill_command(args)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: {' '.join(cmd)} failed ({done.returncode}):\n{done.stderr.strip()}")
    return read_run(done.stdout, "mathdrill bench --json")


# ---------------------------------------------------------------------------------------------
# The table.

def fmt_ns(ns):
    if ns is None:
        return "—"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def fmt_ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.2f}"


def median_of(xs):
    return statistics.median(xs) if xs else None


def rows(mathdrill, numpy, order):
    """Table rows: one per (routine, size, scratch variant), in mathdrill's order.

    `mathdrill` maps (routine, size, variant) to {"role": ..., "medians": [...]}; `numpy` maps
    (routine, size) to a list of medians or a note; `order` lists the (routine, size) keys."""
    out = []
    for routine, size in order:
        variants = {v: d for (r, s, v), d in mathdrill.items() if (r, s) == (routine, size)}
        ref = [median_of(d["medians"]) for d in variants.values() if d["role"] == "reference"]
        ref = ref[0] if ref else None
        np_side = numpy.get((routine, size))
        np_med = median_of(np_side) if isinstance(np_side, list) else None
        note = np_side if isinstance(np_side, str) else ""
        scratch = [(v, median_of(d["medians"])) for v, d in variants.items()
                   if d["role"] == "scratch"] or [("—", None)]
        for i, (variant, med) in enumerate(scratch):
            out.append([
                routine if i == 0 else "",
                ("—" if size is None else str(size)) if i == 0 else "",
                variant, fmt_ns(med),
                fmt_ns(ref) if i == 0 else "",
                fmt_ns(np_med) if i == 0 else "",
                fmt_ratio(med, np_med),
                fmt_ratio(ref, np_med) if i == 0 else "",
                note if i == 0 else "",
            ])
    return out


def print_table(table):
    head = ["routine", "n", "scratch variant", "scratch", "reference", "numpy",
            "scratch/numpy", "ref/numpy", ""]
    widths = [max(len(str(r[i])) for r in [head, *table]) for i in range(len(head))]
    left = {0, 2, 8}
    for r in [head, *table]:
        cells = [str(c).ljust(w) if i in left else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(r, widths))]
        print("  ".join(cells).rstrip())


def blas_lines(threadpool_info):
    lines = []
    for lib in threadpool_info():
        if lib.get("user_api") != "blas":
            continue
        kernel = lib.get("architecture") or lib.get("threading_layer") or "?"
        # numpy and scipy each bundle their own OpenBLAS: say whose this is.
        owner = os.path.basename(os.path.dirname(lib.get("filepath", "")))
        lines.append(f"BLAS: {lib.get('internal_api')} {lib.get('version')} ({owner}), "
                     f"kernel {kernel}, {lib.get('num_threads')} thread(s)")
    return lines or ["BLAS: threadpoolctl found no BLAS library loaded by numpy"]


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    child_env = prepare_numpy_environment(args.threads)
    try:
        import numpy as np
    except ImportError:
        print("numpy is not installed: nothing to compare (pip install numpy scipy threadpoolctl)")
        return 0
    try:
        import scipy.special  # noqa: F401
        import scipy.stats  # noqa: F401
        import scipy as sp
    except ImportError:
        sp = None
    try:
        from threadpoolctl import threadpool_info, threadpool_limits
    except ImportError:
        threadpool_info = threadpool_limits = None

    if args.from_json:
        with open(args.from_json, encoding="utf-8") as f:
            saved = read_run(f.read(), args.from_json)
    elif not os.path.exists(args.bin):
        sys.exit(f"error: {args.bin} not found: run `cargo build --release` or pass --bin PATH")

    limits = None
    if args.threads is not None and threadpool_limits is not None:
        limits = threadpool_limits(limits=args.threads)

    mathdrill, numpy, order, runs = {}, {}, [], []
    for _ in range(args.rounds):
        run = saved if args.from_json else run_mathdrill(args, child_env)
        runs.append(run)
        plan = PLANS.get(run.get("mode"), PLANS["default"])
        for r in run["results"]:
            key = (r["routine"], r["size"])
            if key not in order:
                order.append(key)
            d = mathdrill.setdefault((*key, r["variant"]), {"role": r["role"], "medians": []})
            # A variant mathdrill could not time (a median of null) shows as "—".
            if r["median_ns"] is not None and (not args.from_json or not d["medians"]):
                d["medians"].append(r["median_ns"])
        for key in order:
            if isinstance(numpy.get(key), str):
                continue
            result = next(r for r in run["results"] if (r["routine"], r["size"]) == key)
            job = numpy_job(np, sp, result)
            if isinstance(job, str):
                numpy[key] = job
                continue
            numpy.setdefault(key, []).append(measure(job, plan)[1])

    run = runs[-1]
    m = run.get("machine", {})
    source = f"from {args.from_json}" if args.from_json else " ".join(mathdrill_command(args))
    print(f"mathdrill: {source}")
    print(f"mode {run.get('mode')}, {args.rounds} round(s), medians of the rounds' medians"
          + (" (mathdrill's side read once from the file)" if args.from_json else ""))
    print(f"machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('os')} {m.get('arch')}")
    print(f"numpy {np.__version__}" + (f", scipy {sp.__version__}" if sp else ", scipy absent"))
    if threadpool_info is None:
        print("BLAS: (threadpoolctl is not installed: the kernel and thread count are not shown)")
    else:
        for line in blas_lines(threadpool_info):
            print(line)
    if args.threads is None:
        print("numpy threads: the BLAS default (every core); --threads 1 holds numpy to one thread")
    else:
        print(f"numpy threads: {args.threads} (--threads {args.threads})")
    print()
    print_table(rows(mathdrill, numpy, order))
    print("\nratios < 1: mathdrill is faster than numpy")
    if limits is not None:
        limits.restore_original_limits()
    return 0


if __name__ == "__main__":
    sys.exit(main())
