"""Reference values for src/math/sim and src/demos (run once, output committed):

    python3 tests/data/sim_reference.py > tests/data/sim_reference.json

- ks: scipy.stats.kstest statistics of fixed samples against standard distributions, at unit
  scale and at 1e-150 / 1e150 (the sample and the distribution's scale multiplied together).
- chisquare: scipy.stats.chisquare of fixed bin counts against equal expected counts
  (the statistic and its p-value, df = bins - 1).
"""
import json

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20240601)
ks = []
for dist, n, draw in [
    ("norm", 20, lambda n: rng.normal(0.3, 1.2, n)),
    ("norm", 200, lambda n: rng.standard_t(4, n)),
    ("uniform", 15, lambda n: rng.random(n) ** 1.3),
    ("uniform", 500, lambda n: rng.random(n)),
    ("expon", 40, lambda n: rng.gamma(1.5, 0.8, n)),
    ("norm", 7, lambda n: np.round(rng.normal(0, 1, n), 1)),  # ties
]:
    sample = draw(n)
    for scale in [1.0, 1e-150, 1e150]:
        s = sample * scale
        stat = stats.kstest(s, dist, args=(0, scale)).statistic
        ks.append({"dist": dist, "scale": scale, "sample": s.tolist(), "statistic": float(stat)})

chisquare = []
for counts in [[12, 9, 11, 8, 10], [30, 5, 5, 5, 5, 5, 5, 5, 5, 5], [1000, 1012, 987, 1001]]:
    r = stats.chisquare(counts)
    chisquare.append({"counts": counts, "statistic": float(r.statistic), "p_value": float(r.pvalue)})

print(json.dumps({"generator": f"scipy {scipy.__version__}, numpy {np.__version__}",
                  "ks": ks, "chisquare": chisquare}, indent=1))
