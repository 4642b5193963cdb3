#!/usr/bin/env python3
"""A stand-in for `mathdrill` in test_compare_numpy.py: prints bench_sample.json for
`bench --json ...` and appends to $FAKE_MATHDRILL_LOG its arguments and whether
OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE reached it (names only, never values)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if sys.argv[1:3] != ["bench", "--json"]:
    sys.exit(2)
with open(os.environ["FAKE_MATHDRILL_LOG"], "a", encoding="utf-8") as log:
    seen = [v for v in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if v in os.environ]
    log.write(json.dumps({"args": sys.argv[1:], "openblas_vars": seen}) + "\n")
with open(os.path.join(HERE, "bench_sample.json"), encoding="utf-8") as f:
    sys.stdout.write(f.read())
