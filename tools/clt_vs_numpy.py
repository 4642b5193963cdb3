"""The CLT simulation's throughput, Rust against numpy, side by side on one core.

    cargo build --release --example clt_demo
    python3 tools/clt_vs_numpy.py [--rounds 7] [--bin PATH]

Each round times, alternately, one Rust run (`clt_demo --throughput`: 10**6 means of n = 30
draws, Uniform(0, 1) then Exponential(1), Xoshiro256++, one thread) and numpy's vectorised
`rng.random((10**6, 30)).mean(1)` and `rng.standard_exponential((10**6, 30)).mean(1)` (PCG64).
numpy is held to one thread (OPENBLAS/OMP/MKL_NUM_THREADS=1; these calls are single-threaded
anyway). It prints the medians and the ratio numpy time / Rust time (> 1: Rust is faster), both in
wall-clock time and in CPU time (the Rust process's CPU time from getrusage, which includes its
start-up of about a millisecond; numpy's from time.process_time): on a shared, loaded machine
the CPU times are the fairer comparison.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402 (after the thread settings)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def rust_once(binary, seed, source):
    """(wall, cpu) seconds of one Rust run of 10**6 means of `source`."""
    before = children_cpu()
    out = subprocess.run([binary, "--throughput", "--seed", str(seed), "--source", source],
                         check=True, capture_output=True, text=True).stdout
    cpu = children_cpu() - before
    fields = dict(kv.split("=") for kv in out.split())
    return float(fields[f"{source}_s"]), cpu


def numpy_once(rng, source):
    """(wall, cpu) seconds of numpy's 10**6 means of `source`."""
    wall, cpu = time.perf_counter(), time.process_time()
    if source == "uniform":
        m = rng.random((10**6, 30)).mean(1)
        assert abs(m.mean() - 0.5) < 1e-3
    else:
        m = rng.standard_exponential((10**6, 30)).mean(1)
        assert abs(m.mean() - 1.0) < 2e-3
    return time.perf_counter() - wall, time.process_time() - cpu


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--bin", default=os.path.join(TARGET, "release", "examples", "clt_demo"))
    args = p.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release --example clt_demo`")
    rng = np.random.default_rng(1)
    sources = ["uniform", "exponential"]
    rust = {s: [] for s in sources}
    numpy = {s: [] for s in sources}
    for i in range(args.rounds):
        for s in sources:
            rust[s].append(rust_once(args.bin, i + 1, s))
            numpy[s].append(numpy_once(rng, s))
    print(f"{args.rounds} alternating rounds, 10^6 means of n = 30, one thread (median seconds)")
    print(f"{'':<12} {'Rust wall':>10} {'numpy wall':>11} {'ratio':>7}"
          f" {'Rust CPU':>9} {'numpy CPU':>10} {'ratio':>7}")
    for s in sources:
        med = lambda xs, k: statistics.median(x[k] for x in xs)  # noqa: E731
        rw, nw, rc, nc = med(rust[s], 0), med(numpy[s], 0), med(rust[s], 1), med(numpy[s], 1)
        print(f"{s:<12} {rw:>10.4f} {nw:>11.4f} {nw / rw:>6.2f}x"
              f" {rc:>9.4f} {nc:>10.4f} {nc / rc:>6.2f}x")


if __name__ == "__main__":
    main()
