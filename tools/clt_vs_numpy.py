"""The CLT simulation's throughput, Rust against numpy, side by side; and Rust's rayon speed-up.

    cargo build --release --example clt_demo
    python3 tools/clt_vs_numpy.py [--rounds 7] [--bin PATH]

The CLT-only comparison (benches/compare_numpy.py sets every routine of `mathdrill bench` beside
numpy). Each round times, alternately: one Rust run on one thread (`clt_demo --throughput
--one-core`: 10**6 means of n = 30 draws, Xoshiro256++), numpy's vectorised
`rng.random((10**6, 30)).mean(1)` or `rng.standard_exponential((10**6, 30)).mean(1)` (PCG64),
and one Rust run on one thread then on all cores (`clt_demo --throughput`: rayon, the same means
on any thread count). Uniform(0, 1) and Exponential(1) in turn. numpy is held to one thread
(OPENBLAS/OMP/MKL_NUM_THREADS=1; these calls are single-threaded anyway).

It prints the medians and the ratio numpy time / Rust time (> 1: Rust is faster) on one core,
both in wall-clock time and in CPU time (the Rust process's CPU time from getrusage, which
includes its start-up of about a millisecond; numpy's from time.process_time): on a shared,
loaded machine the CPU times are the fairer comparison. Then Rust's wall-clock time on all cores
and the speed-up over one core, both measured in the same process (median of the rounds' ratios).
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


def rust_once(binary, seed, source, one_core=True):
    """The `key=value` fields of one Rust run of 10**6 means of `source`, with the run's CPU
    seconds as `cpu`."""
    before = children_cpu()
    cmd = [binary, "--throughput", "--seed", str(seed), "--source", source]
    out = subprocess.run(cmd + (["--one-core"] if one_core else []),
                         check=True, capture_output=True, text=True).stdout
    fields = {k: float(v) for k, v in (kv.split("=") for kv in out.split())}
    fields["cpu"] = children_cpu() - before
    return fields


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
    both = {s: [] for s in sources}
    numpy = {s: [] for s in sources}
    for i in range(args.rounds):
        for s in sources:
            rust[s].append(rust_once(args.bin, i + 1, s))
            numpy[s].append(numpy_once(rng, s))
            both[s].append(rust_once(args.bin, i + 1, s, one_core=False))
    med = statistics.median
    print(f"{args.rounds} alternating rounds, 10^6 means of n = 30, one thread (median seconds)")
    print(f"{'':<12} {'Rust wall':>10} {'numpy wall':>11} {'ratio':>7}"
          f" {'Rust CPU':>9} {'numpy CPU':>10} {'ratio':>7}")
    for s in sources:
        rw, rc = med(f[f"{s}_s"] for f in rust[s]), med(f["cpu"] for f in rust[s])
        nw, nc = med(x[0] for x in numpy[s]), med(x[1] for x in numpy[s])
        print(f"{s:<12} {rw:>10.4f} {nw:>11.4f} {nw / rw:>6.2f}x"
              f" {rc:>9.4f} {nc:>10.4f} {nc / rc:>6.2f}x")
    threads = int(both[sources[0]][0][f"{sources[0]}_threads"])
    print(f"\nRust on all cores (rayon, {threads} threads; os.cpu_count() = {os.cpu_count()}),"
          " paired with one thread in the same process (median seconds)")
    print(f"{'':<12} {'one thread':>10} {'rayon':>11} {'speed-up':>9} {'vs numpy':>9}")
    for s in sources:
        one = med(f[f"{s}_s"] for f in both[s])
        all_cores = med(f[f"{s}_rayon_s"] for f in both[s])
        speedup = med(f[f"{s}_s"] / f[f"{s}_rayon_s"] for f in both[s])
        nw = med(x[0] for x in numpy[s])
        print(f"{s:<12} {one:>10.4f} {all_cores:>11.4f} {speedup:>8.2f}x {nw / all_cores:>8.2f}x")


if __name__ == "__main__":
    main()
