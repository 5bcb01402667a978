package org.stemsift.cluster.feature;

/**
 * Summary statistics of one patch image: moments about the mean, extremes and where they are, and the sums behind the
 * energy and mass features. Shape statistics (skewness, kurtosis, entropy) of a flat image are 0.
 *
 * @param kurtosis excess kurtosis: 0 for a Gaussian
 * @param meanSquare mean of the squared values (energy per pixel)
 * @param positiveMass sum of the positive values over the pixel count
 * @param negativeMass sum of the magnitudes of the negative values over the pixel count (≥ 0)
 * @param argminDistance distance of the (first) minimum from the patch centre, in units of the side
 * @param argmaxDistance distance of the (first) maximum from the patch centre, in units of the side
 * @param entropy Shannon entropy (bits) of a histogram of {@value #ENTROPY_BINS} equal bins between min and max
 */
public record ValueStats(double mean, double std, double skewness, double kurtosis, double min, double max, double meanSquare,
	double positiveMass, double negativeMass, double argminDistance, double argmaxDistance, double entropy) {

	/** Spread below this fraction of the largest magnitude is float rounding, not signal: the image counts as flat. */
	static final double FLAT_RELATIVE = 1e-6;
	public static final int ENTROPY_BINS = 32;

	public static ValueStats of(float[] v, int side) {
		int n = v.length, lo = 0, hi = 0;
		double sum = 0, square = 0, pos = 0, neg = 0;
		for (int i = 0; i < n; i++) {
			double x = v[i];
			sum += x;
			square += x * x;
			if (x > 0) pos += x;
			else neg -= x;
			if (x < v[lo]) lo = i;
			if (x > v[hi]) hi = i;
		}
		double mean = sum / n, m2 = 0, m3 = 0, m4 = 0;
		for (float x : v) {
			double d = x - mean, d2 = d * d;
			m2 += d2;
			m3 += d2 * d;
			m4 += d2 * d2;
		}
		m2 /= n;
		m3 /= n;
		m4 /= n;
		double std = Math.sqrt(m2), min = v[lo], max = v[hi];
		boolean flat = isFlat(std, Math.max(Math.abs(min), Math.abs(max)));
		return new ValueStats(mean, std, flat ? 0 : m3 / (m2 * std), flat ? 0 : m4 / (m2 * m2) - 3, min, max, square / n, pos / n, neg / n,
			centreDistance(lo % side, lo / side, side), centreDistance(hi % side, hi / side, side), flat ? 0 : entropy(v, min, max));
	}

	/** Whether a spread is only rounding noise around values of the given largest magnitude (or exactly zero). */
	public static boolean isFlat(double spread, double largestMagnitude) {
		return !(spread > FLAT_RELATIVE * largestMagnitude);
	}

	public boolean flat() { return isFlat(std, Math.max(Math.abs(min), Math.abs(max))); }

	/** Distance of a point from the patch centre ((side − 1) / 2 in both axes), in units of the side. */
	public static double centreDistance(double x, double y, int side) {
		double c = (side - 1) / 2.0;
		return Math.hypot(x - c, y - c) / side;
	}

	private static double entropy(float[] values, double min, double max) {
		int[] counts = new int[ENTROPY_BINS];
		double width = (max - min) / ENTROPY_BINS;
		for (float x : values) counts[Math.min(ENTROPY_BINS - 1, (int) ((x - min) / width))]++;
		double h = 0;
		for (int c : counts) {
			if (c == 0) continue;
			double p = (double) c / values.length;
			h -= p * Math.log(p);
		}
		return h / Math.log(2);
	}

	/** The q-quantile (0 ≤ q ≤ 1) of sorted values, interpolated linearly between order statistics (NumPy's default). */
	public static double quantile(float[] sorted, double q) {
		double pos = q * (sorted.length - 1);
		int i = (int) Math.floor(pos);
		if (i >= sorted.length - 1) return sorted[sorted.length - 1];
		double t = pos - i;
		return sorted[i] + t * ((double) sorted[i + 1] - sorted[i]);
	}

	/** Pearson correlation of two equally long images; 0 when either is flat. */
	public static double correlation(float[] a, float[] b) {
		double ma = 0, mb = 0;
		for (int i = 0; i < a.length; i++) {
			ma += a[i];
			mb += b[i];
		}
		ma /= a.length;
		mb /= b.length;
		double sab = 0, saa = 0, sbb = 0, la = 0, lb = 0;
		for (int i = 0; i < a.length; i++) {
			double da = a[i] - ma, db = b[i] - mb;
			sab += da * db;
			saa += da * da;
			sbb += db * db;
			la = Math.max(la, Math.abs(a[i]));
			lb = Math.max(lb, Math.abs(b[i]));
		}
		double sa = Math.sqrt(saa / a.length), sb = Math.sqrt(sbb / b.length);
		if (isFlat(sa, la) || isFlat(sb, lb)) return 0;
		return Math.max(-1, Math.min(1, sab / a.length / (sa * sb)));
	}
}
