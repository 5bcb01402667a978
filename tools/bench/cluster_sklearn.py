#!/usr/bin/env python3
"""Time scikit-learn on the clustering work of STEMsift's defect-type step, to compare with the Java side.

    /usr/bin/python3 tools/bench/cluster_sklearn.py [scores.csv]

Work: k-means for K = 2..10 with 10 restarts each (k-means++, Lloyd) and the mean silhouette of every result, on
2000 x 10 PCA scores. Without an argument the scores are made here (2000 samples of six Gaussian groups in 47
features, standardised, first 10 principal components) and written to /tmp/stemsift-cluster-bench.csv, so that the
Java side can time the same numbers. Prints the time of every K and the totals (best of three runs).
On a machine shared with other work, OpenMP's spinning threads can make scikit-learn's k-means ten times slower; set
OMP_NUM_THREADS=1 (or the number of idle cores) for a fair number.
"""
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

OUT = "/tmp/stemsift-cluster-bench.csv"


def make_scores():
    rng = np.random.default_rng(4)
    centres = rng.normal(0, 3, size=(6, 47))
    spreads = rng.uniform(0.5, 2.0, size=(6, 47))
    groups = rng.integers(0, 6, size=2000)
    x = centres[groups] + rng.normal(size=(2000, 47)) * spreads[groups]
    scores = PCA(10, svd_solver="full").fit_transform(StandardScaler().fit_transform(x))
    np.savetxt(OUT, scores, delimiter=",", fmt="%.17g")
    print("wrote", OUT)
    return scores


def run(scores):
    kmeans_total = silhouette_total = 0.0
    rows = []
    for k in range(2, 11):
        t = time.perf_counter()
        labels = KMeans(k, n_init=10, random_state=0).fit(scores).labels_
        t_kmeans = time.perf_counter() - t
        t = time.perf_counter()
        s = silhouette_score(scores, labels)
        t_silhouette = time.perf_counter() - t
        kmeans_total += t_kmeans
        silhouette_total += t_silhouette
        rows.append((k, t_kmeans, t_silhouette, s))
    return kmeans_total, silhouette_total, rows


def main():
    scores = np.loadtxt(sys.argv[1], delimiter=",") if len(sys.argv) > 1 else make_scores()
    print(f"scikit-learn {sklearn.__version__}, data {scores.shape[0]} x {scores.shape[1]}")
    runs = [run(scores) for _ in range(3)]
    kmeans_total, silhouette_total, rows = min(runs, key=lambda r: r[0] + r[1])
    for k, tk, ts, s in rows:
        print(f"K = {k:2d}: k-means {tk * 1000:7.1f} ms, silhouette {ts * 1000:7.1f} ms, mean silhouette {s:.4f}")
    print(f"total: k-means {kmeans_total:.3f} s, silhouette {silhouette_total:.3f} s, both {kmeans_total + silhouette_total:.3f} s")


if __name__ == "__main__":
    main()
