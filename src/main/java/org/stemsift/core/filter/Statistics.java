package org.stemsift.core.filter;

import java.util.Arrays;

/**
 * Summary statistics of pixel values, needed everywhere in the pipeline (thresholds, robust noise levels, per-site
 * intensity references). NaN values are skipped by every method, so masked pixels can be marked NaN; the input arrays
 * are never modified. Order statistics use quickselect on a copy (linear time on average) because sorting a 4096²
 * image just for its median is wasteful.
 */
public final class Statistics {

	/** Scale factor that turns a median absolute deviation into a standard deviation for normal data. */
	public static final double MAD_TO_SIGMA = 1.482602218505602;

	private Statistics() {}

	/** Arithmetic mean of the finite values, accumulated in double precision; NaN when there is none. */
	public static double mean(float[] values) {
		double sum = 0;
		long n = 0;
		for (float v : values) {
			if (!Float.isNaN(v)) { sum += v; n++; }
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** Sample variance (divisor n - 1), two-pass for accuracy; NaN for fewer than two values. */
	public static double variance(float[] values) {
		double mean = mean(values);
		double sumSq = 0, sum = 0;
		long n = 0;
		for (float v : values) {
			if (Float.isNaN(v)) continue;
			double d = v - mean;
			sum += d;
			sumSq += d * d;
			n++;
		}
		if (n < 2) return Double.NaN;
		return (sumSq - sum * sum / n) / (n - 1);
	}

	/** Sample standard deviation (divisor n - 1). */
	public static double std(float[] values) {
		return Math.sqrt(variance(values));
	}

	public static double median(float[] values) {
		return percentile(values, 50);
	}

	/**
	 * The p-th percentile (0 to 100) with linear interpolation between order statistics, the same definition as
	 * NumPy's default and R's type 7: rank {@code p/100 * (n - 1)}.
	 */
	public static double percentile(float[] values, double p) {
		if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException("Percentile must lie in [0, 100], got " + p);
		return percentileOfCopy(finiteCopy(values), p);
	}

	/** Median absolute deviation from the median (unscaled); multiply by {@link #MAD_TO_SIGMA} for a robust sigma. */
	public static double mad(float[] values) {
		float[] work = finiteCopy(values);
		if (work.length == 0) return Double.NaN;
		double median = percentileOfCopy(work, 50);
		for (int i = 0; i < work.length; i++) work[i] = (float) Math.abs(work[i] - median);
		return percentileOfCopy(work, 50);
	}

	/** Percentile of a private, NaN-free array that may be reordered. */
	private static double percentileOfCopy(float[] work, double p) {
		if (work.length == 0) return Double.NaN;
		double rank = p / 100.0 * (work.length - 1);
		int lo = (int) Math.floor(rank);
		double frac = rank - lo;
		float low = select(work, lo);
		if (frac == 0) return low;
		// after select(lo), every value right of lo is >= low: the next order statistic is their minimum
		float high = Float.POSITIVE_INFINITY;
		for (int i = lo + 1; i < work.length; i++) high = Math.min(high, work[i]);
		return low + frac * (high - low);
	}

	/** Robust standard deviation estimate: {@code MAD * 1.4826}. */
	public static double robustSigma(float[] values) {
		return mad(values) * MAD_TO_SIGMA;
	}

	public static float min(float[] values) {
		float m = Float.NaN;
		for (float v : values) if (!Float.isNaN(v) && !(v >= m)) m = v;
		return m;
	}

	public static float max(float[] values) {
		float m = Float.NaN;
		for (float v : values) if (!Float.isNaN(v) && !(v <= m)) m = v;
		return m;
	}

	private static float[] finiteCopy(float[] values) {
		int n = 0;
		for (float v : values) if (!Float.isNaN(v)) n++;
		if (n == values.length) return values.clone();
		float[] out = new float[n];
		int i = 0;
		for (float v : values) if (!Float.isNaN(v)) out[i++] = v;
		return out;
	}

	/**
	 * Rearranges {@code a} so that {@code a[k]} holds the k-th smallest value, everything left of it is smaller or
	 * equal and everything right of it larger or equal (Hoare quickselect, median-of-three pivots, insertion sort for
	 * short ranges).
	 */
	static float select(float[] a, int k) {
		int lo = 0, hi = a.length - 1;
		while (hi - lo > 16) {
			int mid = (lo + hi) >>> 1;
			if (a[mid] < a[lo]) swap(a, mid, lo);
			if (a[hi] < a[lo]) swap(a, hi, lo);
			if (a[hi] < a[mid]) swap(a, hi, mid);
			float pivot = a[mid];
			int i = lo, j = hi;
			while (i <= j) {
				while (a[i] < pivot) i++;
				while (a[j] > pivot) j--;
				if (i <= j) swap(a, i++, j--);
			}
			if (k <= j) hi = j;
			else if (k >= i) lo = i;
			else return a[k];
		}
		Arrays.sort(a, lo, hi + 1);
		return a[k];
	}

	private static void swap(float[] a, int i, int j) {
		float t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
