#!/usr/bin/env python3
"""The Patterson one-class SVM pipeline of `bin/stemsift bench patterson` in NumPy, SciPy and scikit-learn, to compare speed.

    bin/stemsift bench patterson --save /tmp/bench        # writes /tmp/bench/bench-lattice.npy and prints the Java timings
    python3 tools/bench/patterson_sklearn.py /tmp/bench/bench-lattice.npy

Same steps and defaults as STEMsift's scheme one: lattice spacing from the autocorrelation, Gaussian smoothing
(sigma = spacing / 10), local maxima at least 0.75 spacings apart, lattice gaps filled, one square segment of one
spacing per site, Patterson maps (|FFT|^2, inverse FFT), PCA keeping 98 % of the variance, scores divided by their
common standard deviation, gamma = 1 / (components x variance), OneClassSVM for nu = 0.01 ... 0.20 (20 values), the
knee of D(nu) (decision values divided by nu n), six refits with gamma x 0.5 ... 3, and a two-component Gaussian mixture on the decision values.
Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn). Prints the time of every stage.
"""
import sys
import time

import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree
from sklearn.decomposition import PCA
from sklearn.mixture import GaussianMixture
from sklearn.svm import OneClassSVM


def lattice_vectors(image):
    """Shortest autocorrelation peaks of the central region (at most 1024 px): spacing and two lattice vectors."""
    h, w = image.shape
    side = min(h, w, 1024)
    region = image[(h - side) // 2:(h - side) // 2 + side, (w - side) // 2:(w - side) // 2 + side]
    region = region - region.mean()
    f = np.fft.rfft2(region, s=(2 * side, 2 * side))
    ac = np.fft.fftshift(np.fft.irfft2(np.abs(f) ** 2))
    c = side
    lag = side // 4
    win = ac[c - lag:c + lag + 1, c - lag:c + lag + 1] / ac[c, c]
    peaks = (win == ndimage.maximum_filter(win, size=3)) & (win > 0.1)
    ys, xs = np.nonzero(peaks)
    vec = np.stack([xs - lag, ys - lag], 1).astype(float)
    r = np.hypot(vec[:, 0], vec[:, 1])
    keep = r > 2
    vec, r, height = vec[keep], r[keep], win[ys[keep], xs[keep]]
    strong = height >= 0.85 * height.max()
    vec, r = vec[strong], r[strong]
    order = np.argsort(r)
    a1 = vec[order[0]]
    for k in order[1:]:
        if abs(a1[0] * vec[k][1] - a1[1] * vec[k][0]) / (r[order[0]] * r[k]) > np.sin(np.radians(25)):
            return r[order[0]], a1, vec[k]
    return r[order[0]], a1, None


def find_sites(image, spacing, a1, a2):
    smooth = ndimage.gaussian_filter(image, spacing / 10)
    size = 2 * int(0.75 * spacing / np.sqrt(2)) + 1
    peaks = np.argwhere(smooth == ndimage.maximum_filter(smooth, size=size))[:, ::-1].astype(float)
    # greedy thinning, brightest first, to the minimum separation
    order = np.argsort(-smooth[peaks[:, 1].astype(int), peaks[:, 0].astype(int)])
    peaks = peaks[order]
    tree = cKDTree(peaks)
    kept = np.ones(len(peaks), bool)
    for i, neighbours in enumerate(tree.query_ball_point(peaks, 0.75 * spacing)):
        if kept[i]:
            for j in neighbours:
                if j > i:
                    kept[j] = False
    sites = peaks[kept]
    if a2 is not None:  # fill lattice gaps predicted by at least two neighbours
        h, w = image.shape
        pred = np.concatenate([sites + s for s in (a1, -a1, a2, -a2)])
        inside = (pred[:, 0] >= 0) & (pred[:, 1] >= 0) & (pred[:, 0] <= w - 1) & (pred[:, 1] <= h - 1)
        pred = pred[inside]
        d, _ = cKDTree(sites).query(pred)
        pred = pred[d > spacing / 3]
        if len(pred):
            groups = cKDTree(pred).query_ball_point(pred, spacing / 3)
            seen, new = set(), []
            for i, g in enumerate(groups):
                if i in seen or len(g) < 2:
                    continue
                seen.update(g)
                new.append(pred[g].mean(0))
            if new:
                sites = np.vstack([sites, new])
    return sites


def segments(image, sites, side):
    h, w = image.shape
    x0 = np.round(sites[:, 0] - (side - 1) / 2).astype(int)
    y0 = np.round(sites[:, 1] - (side - 1) / 2).astype(int)
    ok = (x0 >= 0) & (y0 >= 0) & (x0 + side <= w) & (y0 + side <= h)
    x0, y0 = x0[ok], y0[ok]
    r = np.arange(side)
    return image[(y0[:, None, None] + r[None, :, None]), (x0[:, None, None] + r[None, None, :])]


def patterson(seg):
    f = np.fft.fft2(seg)
    p = np.real(np.fft.ifft2(np.abs(f) ** 2)) / (seg.shape[1] * seg.shape[2])
    return np.fft.fftshift(p, axes=(1, 2)).reshape(len(seg), -1)


def knee(x, y):
    ok = np.isfinite(y)
    xs, ys = x[ok], y[ok]
    if len(xs) < 3:
        return int(np.argmax(ok))
    px = (xs - xs[0]) / (xs[-1] - xs[0])
    span = ys.max() - ys.min() or 1
    py = (ys - ys.min()) / span
    y0, y1 = py[0], py[-1]
    dist = np.abs((y1 - y0) * px - py + y0) / np.hypot(1, y1 - y0)
    return int(np.nonzero(ok)[0][np.argmax(dist)])


def separation(dec):
    inl, out = dec[dec >= 0], dec[dec < 0]
    return np.median(inl) - np.median(out) if len(inl) and len(out) else np.nan


def main(path):
    image = np.load(path).astype(np.float64)
    times = {}
    t = time.perf_counter()
    spacing, a1, a2 = lattice_vectors(image)
    sites = find_sites(image, spacing, a1, a2)
    seg = segments(image, sites, int(round(spacing)))
    times["segmentation"] = time.perf_counter() - t
    t = time.perf_counter()
    features = patterson(seg)
    times["descriptor"] = time.perf_counter() - t
    t = time.perf_counter()
    scores = PCA(n_components=0.98, svd_solver="full").fit_transform(features)
    x = scores / scores.std()
    k = x.shape[1]
    gamma = 1.0 / (k * x.var())
    times["pca"] = time.perf_counter() - t
    t = time.perf_counter()
    grid = np.linspace(0.01, 0.20, 20)
    decisions = [OneClassSVM(kernel="rbf", nu=nu, gamma=gamma).fit(x).decision_function(x) for nu in grid]
    d = np.array([separation(v) / (nu * len(x)) for nu, v in zip(grid, decisions)])
    kn = knee(grid, d)
    times["ocsvm"] = time.perf_counter() - t
    t = time.perf_counter()
    outliers = decisions[kn] < 0
    for f in (0.5, 0.75, 1, 1.5, 2, 3):
        OneClassSVM(kernel="rbf", nu=grid[kn], gamma=gamma * f).fit(x).decision_function(x)
    times["gamma sweep"] = time.perf_counter() - t
    t = time.perf_counter()
    GaussianMixture(2, random_state=0).fit_predict(decisions[kn][:, None])
    times["labels"] = time.perf_counter() - t
    print(f"image {image.shape[1]} x {image.shape[0]}, {len(seg)} segments of {seg.shape[1]} px, {k} PCA components, nu {grid[kn]:.3f}, {outliers.sum()} outliers")
    for name, s in times.items():
        print(f"  {name:14s} {s:7.2f} s")
    print(f"end to end: {sum(times.values()):.2f} s")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
