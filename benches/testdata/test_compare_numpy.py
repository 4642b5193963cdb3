"""Tests of benches/compare_numpy.py: python3 -m unittest benches/testdata/test_compare_numpy.py

They check the timing statistics against numpy, the table's arithmetic on known medians, the
environment handling (OpenBLAS variables removed for numpy's process only), the whole script on
a stand-in binary and on --from-json, and the exit 0 without numpy."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(os.path.dirname(HERE), "compare_numpy.py")
SAMPLE = os.path.join(HERE, "bench_sample.json")
sys.path.insert(0, os.path.dirname(HERE))
import compare_numpy as cn  # noqa: E402


def run_script(*args, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, SCRIPT, *args], env=env, capture_output=True,
                          text=True, timeout=600)


class Statistics(unittest.TestCase):
    def test_quantiles_are_numpys_type_7(self):
        import numpy as np
        rng = np.random.default_rng(3)
        for n in (1, 2, 5, 11, 21):
            xs = sorted(rng.exponential(size=n))
            for p in (0.25, 0.5, 0.75):
                self.assertAlmostEqual(cn.quantile_sorted(xs, p), np.percentile(xs, 100 * p),
                                       places=12)

    def test_measure_returns_ordered_quartiles_of_a_real_job(self):
        calls = []
        q1, med, q3 = cn.measure(lambda: calls.append(1), (5, 1e-4, 0.05))
        self.assertTrue(0 < q1 <= med <= q3)
        self.assertGreater(len(calls), 5)

    def test_a_job_longer_than_the_budget_still_gets_its_samples(self):
        import time
        calls = []
        q1, med, q3 = cn.measure(lambda: (calls.append(1), time.sleep(0.01)), (5, 1e-4, 0.01))
        self.assertGreaterEqual(len(calls), 6)
        self.assertGreater(med, 9e6)


class Table(unittest.TestCase):
    def test_rows_take_medians_of_the_rounds_and_divide_by_numpy(self):
        mathdrill = {
            ("det", 50, "scratch"): {"role": "scratch", "medians": [30.0, 10.0, 20.0]},
            ("det", 50, "nalgebra"): {"role": "reference", "medians": [40.0, 40.0, 50.0]},
            ("det", 50, "exact"): {"role": "textbook", "medians": [1e6]},
            ("gradient", 2, "dual"): {"role": "scratch", "medians": [5.0]},
        }
        numpy = {("det", 50): [8.0, 10.0, 12.0], ("gradient", 2): "no numpy counterpart"}
        rows = cn.rows(mathdrill, numpy, [("det", 50), ("gradient", 2)])
        self.assertEqual(rows[0], ["det", "50", "scratch", "20 ns", "40 ns", "10 ns", "2.00",
                                   "4.00", ""])
        self.assertEqual(rows[1][:3], ["gradient", "2", "dual"])
        self.assertEqual(rows[1][5:], ["—", "—", "—", "no numpy counterpart"])

    def test_times_read_with_their_unit(self):
        self.assertEqual([cn.fmt_ns(x) for x in (12.0, 4100.0, 2.5e7, 3e9, None)],
                         ["12 ns", "4.1 µs", "25 ms", "3 s", "—"])


class Environment(unittest.TestCase):
    def test_openblas_variables_leave_numpys_process_only(self):
        saved = dict(os.environ)
        try:
            os.environ.update(OPENBLAS_CORETYPE="Haswell", OPENBLAS_L2_SIZE="1000")
            child = cn.prepare_numpy_environment(1)
            self.assertNotIn("OPENBLAS_CORETYPE", os.environ)
            self.assertNotIn("OPENBLAS_L2_SIZE", os.environ)
            self.assertEqual(os.environ["OPENBLAS_NUM_THREADS"], "1")
            # mathdrill's environment is the original one, thread settings included.
            self.assertEqual(child, dict(saved, OPENBLAS_CORETYPE="Haswell",
                                         OPENBLAS_L2_SIZE="1000"))
        finally:
            os.environ.clear()
            os.environ.update(saved)


class WholeScript(unittest.TestCase):
    def test_rounds_alternate_with_a_stand_in_binary(self):
        with tempfile.TemporaryDirectory() as tmp:
            log = os.path.join(tmp, "log")
            done = run_script("det", "svd", "--size", "8", "50", "--quick", "--rounds", "2",
                              "--threads", "1", "--bin", os.path.join(HERE, "fake_mathdrill.py"),
                              env_extra={"FAKE_MATHDRILL_LOG": log,
                                         "OPENBLAS_CORETYPE": "Haswell"})
            self.assertEqual(done.returncode, 0, done.stderr)
            with open(log, encoding="utf-8") as f:
                calls = [json.loads(line) for line in f]
        self.assertEqual(len(calls), 2)
        for call in calls:
            self.assertEqual(call["args"], ["bench", "--json", "det", "svd", "--size", "8", "50",
                                            "--quick"])
            self.assertIn("OPENBLAS_CORETYPE", call["openblas_vars"])
        out = done.stdout
        self.assertIn("numpy threads: 1", out)
        self.assertIn("2 round(s)", out)
        self.assertNotIn("Haswell", out)
        with open(SAMPLE, encoding="utf-8") as f:
            sample = json.load(f)
        for r in sample["results"]:
            if r["role"] == "scratch":
                self.assertIn(r["variant"], out)
        # A routine with a numpy counterpart gets a numpy time and both ratios.
        det = next(line for line in out.splitlines() if line.startswith("det "))
        self.assertEqual(len(det.split()), 11, det)

    def test_from_json_needs_no_binary(self):
        done = run_script("--from-json", SAMPLE, "--rounds", "1", "--bin", "/nonexistent")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("hand-written sample", done.stdout)
        self.assertIn("clt_means", done.stdout)

    def test_a_file_of_another_schema_is_an_error(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"schema": 2, "results": []}, f)
        try:
            done = run_script("--from-json", f.name)
        finally:
            os.unlink(f.name)
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("schema 1", done.stderr)

    def test_without_numpy_it_says_so_and_exits_0(self):
        code = ("import sys, runpy; sys.modules['numpy'] = None; "
                f"sys.argv = [{SCRIPT!r}, '--from-json', {SAMPLE!r}]; "
                f"runpy.run_path({SCRIPT!r}, run_name='__main__')")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("numpy is not installed", done.stdout)


if __name__ == "__main__":
    unittest.main()
