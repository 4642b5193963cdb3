"""The CLT simulation's throughput, Rust against numpy, side by side on one core.

    cargo build --release --example clt_demo
    python3 tools/clt_vs_numpy.py [--rounds 7] [--bin PATH]

Each round times, alternately, one Rust run (`clt_demo --throughput`: 10**6 means of n = 30
draws, Uniform(0, 1) then Exponential(1), Xoshiro256++, one thread) and numpy's vectorised
`rng.random((10**6, 30)).mean(1)` and `rng.standard_exponential((10**6, 30)).mean(1)` (PCG64).
numpy is held to one thread (OPENBLAS/OMP/MKL_NUM_THREADS=1; these calls are single-threaded
anyway). It prints both medians and the ratio numpy time / Rust time (> 1: Rust is faster).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402 (after the thread settings)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))


def rust_once(binary, seed):
    out = subprocess.run([binary, "--throughput", "--seed", str(seed)], check=True,
                         capture_output=True, text=True).stdout
    fields = dict(kv.split("=") for kv in out.split())
    return float(fields["uniform_s"]), float(fields["exponential_s"])


def numpy_once(rng):
    t = time.perf_counter()
    u = rng.random((10**6, 30)).mean(1)
    t_u = time.perf_counter() - t
    t = time.perf_counter()
    e = rng.standard_exponential((10**6, 30)).mean(1)
    t_e = time.perf_counter() - t
    assert abs(u.mean() - 0.5) < 1e-3 and abs(e.mean() - 1.0) < 2e-3
    return t_u, t_e


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--bin", default=os.path.join(TARGET, "release", "examples", "clt_demo"))
    args = p.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release --example clt_demo`")
    rng = np.random.default_rng(1)
    rust, numpy = [], []
    for i in range(args.rounds):
        rust.append(rust_once(args.bin, i + 1))
        numpy.append(numpy_once(rng))
    print(f"{args.rounds} alternating rounds, 10^6 means of n = 30, one thread (median seconds)")
    print(f"{'':<12} {'Rust':>9} {'numpy':>9} {'numpy/Rust':>11}")
    for k, name in enumerate(["uniform", "exponential"]):
        r = statistics.median(x[k] for x in rust)
        n = statistics.median(x[k] for x in numpy)
        print(f"{name:<12} {r:>9.4f} {n:>9.4f} {n / r:>10.2f}x")


if __name__ == "__main__":
    main()
