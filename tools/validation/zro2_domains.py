#!/usr/bin/python3
"""Scores the scheme-2 domain map of the twinned ZrO2 particle against a reference taken from Bragg amplitudes.

Usage: tools/validation/zro2_domains.py IMAGE SITES_CSV

The two twin variants each have reflections the other lacks (found in the image's FFT: (12,81), (6,40), (-69,13),
(75,28) belong to the upper-right variant, (-22,64), (20,74), (83,21), (42,10) to the other; FFT pixels from the
centre, +v down). The reference domain of a segment is the sign of log(sum of the first group's local amplitudes /
sum of the second's) at its centre; segments with |log ratio| <= 1 (boundary, edge) are left out. Prints the
agreement of the `class` (decision-value split) and `domain` columns of sites.csv with the reference (up to
swapping the two labels), and the ROC AUC of the decision values.
Needs numpy, scipy and Pillow (Debian: python3-numpy python3-scipy python3-pil).
"""
import sys
import numpy as np
from PIL import Image
from scipy.ndimage import gaussian_filter

FIRST = [(12, 81), (6, 40), (-69, 13), (75, 28)]
SECOND = [(-22, 64), (20, 74), (83, 21), (42, 10)]


def amplitude(spectrum, u, v, sigma=3.0, smooth=8.0):
    h, w = spectrum.shape
    fv = np.fft.fftfreq(h) * h
    fu = np.fft.fftfreq(w) * w
    uu, vv = np.meshgrid(fu, fv)
    mask = np.exp(-((uu - u) ** 2 + (vv - v) ** 2) / (2 * sigma ** 2))
    return gaussian_filter(np.abs(np.fft.ifft2(spectrum * mask)), smooth)


def auc(scores, truth):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = truth.sum()
    a = (ranks[truth == 1].sum() - pos * (pos + 1) / 2) / (pos * (len(truth) - pos))
    return max(a, 1 - a)


def main(image_path, sites_path):
    image = np.array(Image.open(image_path)).astype(float)
    spectrum = np.fft.fft2(image - image.mean())
    first = sum(amplitude(spectrum, u, v) for u, v in FIRST)
    second = sum(amplitude(spectrum, u, v) for u, v in SECOND)
    sites = np.genfromtxt(sites_path, delimiter=',', names=True)
    x = np.clip(np.round(sites['x']).astype(int), 0, image.shape[1] - 1)
    y = np.clip(np.round(sites['y']).astype(int), 0, image.shape[0] - 1)
    ratio = np.log(first[y, x] / second[y, x])
    confident = np.abs(ratio) > 1
    truth = (ratio > 0).astype(int)[confident]
    print("segments %d, with a confident reference %d (upper-right variant %d)" % (len(ratio), confident.sum(), truth.sum()))
    for column in ('class', 'domain'):
        if column in sites.dtype.names:
            found = sites[column].astype(int)[confident]
            agree = (found == truth).mean()
            print("%-6s agrees with the reference for %.1f %% of the segments" % (column, 100 * max(agree, 1 - agree)))
    print("decision values: ROC AUC %.3f against the reference" % auc(sites['decision'][confident], truth))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
