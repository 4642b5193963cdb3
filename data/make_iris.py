#!/usr/bin/env python3
"""Writes data/iris.csv: Fisher's Iris data (1936, public domain), the 150 rows as scikit-learn ships
them (`sklearn.datasets.load_iris`, the UCI data with its two known corrections), and checks the
row count, the species counts and the known column means.

Run from the repository root:  python3 data/make_iris.py   (needs scikit-learn)
"""
import csv, sys
from sklearn.datasets import load_iris

iris = load_iris()
rows = iris.data
species = [iris.target_names[t] for t in iris.target]
assert rows.shape == (150, 4), rows.shape
assert [species.count(s) for s in ("setosa", "versicolor", "virginica")] == [50, 50, 50]
means = rows.mean(axis=0)
for got, want in zip(means, [5.843333, 3.057333, 3.758, 1.199333]):
    assert abs(got - want) < 5e-7, (got, want)

with open("data/iris.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["sepal_length", "sepal_width", "petal_length", "petal_width", "species"])
    for r, s in zip(rows, species):
        # The measurements have one decimal (centimetres); repr keeps them exactly as given.
        w.writerow([repr(round(float(x), 1)) for x in r] + [s])
print("wrote data/iris.csv:", len(species), "rows; column means", [round(float(m), 6) for m in means],
      file=sys.stderr)
