"""Reference values for the prob classification kinds, computed once with scikit-learn.

Writes sklearn_reference.json beside this script:
- "auc": labelled scores (hundredths, with ties) and sklearn.metrics.roc_auc_score;
- "metrics": confusion counts and sklearn's precision, recall, F1, specificity (recall of
  class 0), accuracy, from label arrays, with zero_division 0 or 1 (including classifiers that
  predict no positive, where precision is 0/0).

Run: python3 sklearn_reference.py   (scikit-learn 1.9.1, numpy 2.4.6 produced the committed file)
"""

import json
import pathlib

import numpy as np
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, precision_score,
                             recall_score, roc_auc_score)

rng = np.random.default_rng(20240608)
out = {"auc": [], "metrics": []}

for k in range(60):
    n = int(rng.integers(4, 13))
    labels = rng.integers(0, 2, n)
    labels[0], labels[1] = 1, 0  # both classes present
    # Coarse scores (multiples of 0.05) give ties; fine ones mostly do not.
    step = 5 if k % 2 == 0 else 1
    scores = (rng.integers(1, 100 // step, n) * step).astype(int)
    out["auc"].append({
        "scores": scores.tolist(),
        "labels": labels.tolist(),
        "auc": float(roc_auc_score(labels, scores / 100)),
    })

for k in range(60):
    tp, fp, fn, tn = (int(x) for x in rng.integers(0, 60, 4))
    if k % 5 == 0:  # a classifier that never predicts the positive class
        fn, tn, tp, fp = fn + tp, tn + fp, 0, 0
    fn = max(fn, 1)  # at least one actual positive: recall is defined
    tn = max(tn, 1)  # at least one actual negative: specificity is defined
    y = [1] * tp + [0] * fp + [1] * fn + [0] * tn
    yhat = [1] * tp + [1] * fp + [0] * fn + [0] * tn
    assert confusion_matrix(y, yhat, labels=[0, 1]).tolist() == [[tn, fp], [fn, tp]]
    z = k % 2
    out["metrics"].append({
        "tp": tp, "fp": fp, "fn": fn, "tn": tn, "zero_division": z,
        "precision": float(precision_score(y, yhat, zero_division=z)),
        "recall": float(recall_score(y, yhat, zero_division=z)),
        "f1": float(f1_score(y, yhat, zero_division=z)),
        "specificity": float(recall_score(y, yhat, pos_label=0, zero_division=z)),
        "accuracy": float(accuracy_score(y, yhat)),
    })

path = pathlib.Path(__file__).with_name("sklearn_reference.json")
path.write_text(json.dumps(out, indent=1) + "\n")
