#!/usr/bin/env python3
"""The work of `bin/stemsift bench cluster` after the CVAE, in NumPy, SciPy and scikit-learn, to compare speed.

    bin/stemsift bench cluster --save /tmp/cbench        # writes input/prediction/difference/filtered .npy, prints Java timings
    /usr/bin/python3 tools/bench/cluster_pipeline_sklearn.py /tmp/cbench

Stages, timed separately:
- features: about 50 values per patch like STEMsift's (moments, percentiles, energy, entropy, extremes and their
  distance from the centre of the difference and filtered images; blobs of the thresholded filtered difference with
  scipy.ndimage.label: count, area, perimeter, centroid distance, eccentricity, orientation, Hu-like moments, convex-hull
  solidity; radial and angular power bands of the FFT of the difference, spectral centroid, spread, entropy, anisotropy),
  vectorised over patches wherever NumPy allows;
- selection: |Pearson r| > 0.95 pairs, per-feature silhouette of a provisional k-means (K = 2..8 by silhouette),
  variance after scaling by the mean absolute value;
- PCA: StandardScaler then PCA for 95 % of the variance;
- k-means: KMeans(k-means++, n_init=10) and silhouette_score for K = 2..10;
- t-SNE: sklearn.manifold.TSNE (Barnes-Hut, perplexity 30).
Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn).
"""
import sys
import time

import numpy as np
from scipy import ndimage
from scipy.spatial import ConvexHull
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE
from sklearn.metrics import silhouette_score, silhouette_samples
from sklearn.preprocessing import StandardScaler


def stats(a, prefix):
    """Moments, percentiles, energy, entropy and extremes of every patch of a (n, h, w) array, vectorised."""
    n, h, w = a.shape
    flat = a.reshape(n, -1)
    mean, std = flat.mean(1), flat.std(1)
    z = (flat - mean[:, None]) / np.where(std > 0, std, 1)[:, None]
    p = np.percentile(flat, [5, 25, 50, 75, 95], axis=1)
    hist = np.stack([np.histogram(r, bins=32)[0] for r in flat]) / flat.shape[1]
    entropy = -(np.where(hist > 0, hist * np.log(np.where(hist > 0, hist, 1)), 0)).sum(1)
    yy, xx = np.divmod(np.arange(h * w), w)
    def dist(i):
        return np.hypot(xx[i] - (w - 1) / 2, yy[i] - (h - 1) / 2)
    cols = [mean, std, (z ** 3).mean(1), (z ** 4).mean(1) - 3, *p, (flat ** 2).mean(1), entropy, flat.max(1), flat.min(1),
            dist(flat.argmax(1)), dist(flat.argmin(1)), np.clip(flat, 0, None).sum(1), np.clip(-flat, 0, None).sum(1)]
    return np.stack(cols, 1)


def blob_features(filtered):
    """Blobs of |filtered| > 0 per patch: count, area fraction, and shape of the largest blob."""
    out = np.zeros((filtered.shape[0], 14))
    h, w = filtered.shape[1:]
    for i, f in enumerate(filtered):
        mask = np.abs(f) > 0
        labels, count = ndimage.label(mask)
        out[i, 0], out[i, 1] = count, mask.mean()
        if count == 0:
            continue
        areas = ndimage.sum(mask, labels, range(1, count + 1))
        big = labels == (np.argmax(areas) + 1)
        ys, xs = np.nonzero(big)
        area = len(xs)
        cy, cx = ys.mean(), xs.mean()
        mu20, mu02, mu11 = ((xs - cx) ** 2).mean(), ((ys - cy) ** 2).mean(), ((xs - cx) * (ys - cy)).mean()
        common = np.sqrt(((mu20 - mu02) / 2) ** 2 + mu11 ** 2)
        l1, l2 = (mu20 + mu02) / 2 + common, (mu20 + mu02) / 2 - common
        perimeter = area - ndimage.binary_erosion(big).sum()
        try:
            hull = ConvexHull(np.c_[xs, ys]).volume if area >= 3 else area
        except Exception:
            hull = area
        eta20, eta02, eta11 = mu20 / area, mu02 / area, mu11 / area
        out[i, 2:] = [area, perimeter, np.hypot(cx - (w - 1) / 2, cy - (h - 1) / 2), np.sqrt(1 - l2 / l1) if l1 > 0 else 0,
                      0.5 * np.arctan2(2 * mu11, mu20 - mu02), area / max(hull, 1), 4 * np.pi * area / max(perimeter, 1) ** 2,
                      np.sqrt(4 * area / np.pi), eta20 + eta02, (eta20 - eta02) ** 2 + 4 * eta11 ** 2, np.sign(f[big].sum()), area / mask.sum()]
    return out


def spectrum_features(diff):
    """Radial and angular power bands of the FFT of the difference images, vectorised over patches."""
    n, h, w = diff.shape
    power = np.abs(np.fft.fftshift(np.fft.fft2(diff), axes=(1, 2))) ** 2
    fy, fx = np.meshgrid(np.arange(h) - h // 2, np.arange(w) - w // 2, indexing="ij")
    r = np.hypot(fx, fy) / (h / 2)
    angle = np.mod(np.degrees(np.arctan2(fy, fx)), 180)
    flat, total = power.reshape(n, -1), power.reshape(n, -1).sum(1) + 1e-12
    cols = [flat[:, (r.ravel() >= lo) & (r.ravel() < hi)].sum(1) / total for lo, hi in [(0, 0.25), (0.25, 0.5), (0.5, 2)]]
    cols += [flat[:, (np.abs(angle.ravel() - a) < 22.5) | (np.abs(angle.ravel() - a) > 157.5)].sum(1) / total for a in (0, 45, 90, 135)]
    centroid = (flat * r.ravel()).sum(1) / total
    spread = np.sqrt((flat * (r.ravel() - centroid[:, None]) ** 2).sum(1) / total)
    p = flat / total[:, None]
    entropy = -(p * np.log(p + 1e-30)).sum(1)
    anisotropy = np.ptp(np.stack(cols[3:7], 1), axis=1)
    return np.stack(cols + [centroid, spread, entropy, anisotropy, r.ravel()[flat.argmax(1)]], 1)


def select(x, seed=1):
    """The three tiers: correlation, per-feature silhouette of a provisional clustering, scaled variance."""
    keep = [j for j in range(x.shape[1]) if x[:, j].std() > 0]
    r = np.abs(np.corrcoef(x[:, keep], rowvar=False))
    kept = []
    for a in range(len(keep)):
        if all(r[a, b] <= 0.95 for b in kept):
            kept.append(a)
    keep = [keep[a] for a in kept]
    z = StandardScaler().fit_transform(x[:, keep])
    best, labels = -2, None
    for k in range(2, 9):
        lab = KMeans(k, n_init=10, random_state=seed).fit_predict(z)
        s = silhouette_score(z, lab)
        if s > best:
            best, labels = s, lab
    keep = [j for c, j in enumerate(keep) if silhouette_score(z[:, [c]], labels) > 0] or keep[:1]
    scaled = x[:, keep] / np.maximum(np.abs(x[:, keep]).mean(0), 1e-12)
    return [j for c, j in enumerate(keep) if scaled[:, c].var() >= 0.1] or keep[:1]


def main(folder):
    images = {name: np.load(f"{folder}/{name}.npy").astype(np.float64) for name in ("input", "prediction", "difference", "filtered")}
    n = images["input"].shape[0]
    timings = {}
    t = time.perf_counter()
    x = np.hstack([stats(images["difference"], "diff"), stats(images["filtered"], "filtered"), blob_features(images["filtered"]),
                   spectrum_features(images["difference"])])
    timings["features"] = time.perf_counter() - t
    t = time.perf_counter()
    kept = select(x)
    timings["selection"] = time.perf_counter() - t
    t = time.perf_counter()
    z = StandardScaler().fit_transform(x[:, kept])
    scores = PCA(0.95, svd_solver="full").fit_transform(z)
    timings["PCA"] = time.perf_counter() - t
    t = time.perf_counter()
    best = max(((silhouette_score(scores, KMeans(k, n_init=10, random_state=42).fit_predict(scores)), k) for k in range(2, 11)))
    timings["k-means"] = time.perf_counter() - t
    t = time.perf_counter()
    TSNE(2, perplexity=30, random_state=42, init="pca").fit_transform(scores)
    timings["t-SNE"] = time.perf_counter() - t
    print(f"{n} patches, {x.shape[1]} features ({len(kept)} kept), {scores.shape[1]} PCA components, K = {best[1]} (silhouette {best[0]:.3f})")
    for stage, seconds in timings.items():
        print(f"  {stage:<18} {seconds:7.2f} s")
    print(f"features to k-means: {sum(v for k, v in timings.items() if k != 't-SNE'):.2f} s; with t-SNE {sum(timings.values()):.2f} s")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
