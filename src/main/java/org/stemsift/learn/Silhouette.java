package org.stemsift.learn;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Silhouette coefficients with Euclidean distances, as scikit-learn's {@code silhouette_samples}: for sample i, a is the
 * mean distance to the other members of its cluster, b the smallest mean distance to the members of another cluster,
 * s = (b - a) / max(a, b); a sample alone in its cluster gets 0, and so does one with a = b = 0.
 * <p>
 * Why rows in parallel: every sample needs its distance to all others (O(n² d)); the rows are independent and each
 * one's sums are formed in the same order whatever the thread, so results do not depend on the number of threads.
 * Distances are computed directly (not by the dot-product expansion), which is exact to rounding.
 */
public final class Silhouette {

	private Silhouette() {}

	/**
	 * Per-sample silhouette.
	 *
	 * @param labels any integer labels, one per row; between 2 and n - 1 distinct values
	 */
	public static double[] samples(double[][] x, int[] labels) {
		Matrices.requireRectangularFinite(x, 1, "samples for a silhouette");
		int[] compact = compactLabels(labels, x.length);
		int clusters = Arrays.stream(compact).max().getAsInt() + 1;
		if (clusters < 2 || clusters > x.length - 1)
			throw new IllegalArgumentException("The silhouette needs between 2 and n - 1 = " + (x.length - 1) + " clusters, got " + clusters);
		int[] sizes = new int[clusters];
		for (int c : compact) sizes[c]++;
		double[] s = new double[x.length];
		IntStream.range(0, x.length).parallel().forEach(i -> s[i] = coefficient(x, compact, sizes, i));
		return s;
	}

	/** Mean silhouette over all samples. */
	public static double mean(double[][] x, int[] labels) {
		double sum = 0;
		for (double v : samples(x, labels)) sum += v;
		return sum / x.length;
	}

	private static double coefficient(double[][] x, int[] labels, int[] sizes, int i) {
		int own = labels[i];
		if (sizes[own] < 2) return 0;
		double[] sums = new double[sizes.length];
		double[] xi = x[i];
		for (int j = 0; j < x.length; j++) sums[labels[j]] += Math.sqrt(KMeans.squaredDistance(xi, x[j]));
		double a = sums[own] / (sizes[own] - 1), b = Double.POSITIVE_INFINITY;
		for (int c = 0; c < sizes.length; c++) if (c != own) b = Math.min(b, sums[c] / sizes[c]);
		double scale = Math.max(a, b);
		return scale > 0 ? (b - a) / scale : 0;
	}

	/** Labels renumbered 0, 1, ... in order of their values. */
	static int[] compactLabels(int[] labels, int n) {
		if (labels == null || labels.length != n)
			throw new IllegalArgumentException("Need one label per sample (" + n + "), got " + (labels == null ? 0 : labels.length));
		int[] distinct = Arrays.stream(labels).distinct().sorted().toArray();
		int[] out = new int[n];
		for (int i = 0; i < n; i++) out[i] = Arrays.binarySearch(distinct, labels[i]);
		return out;
	}
}
