package org.stemsift.learn;

import java.util.Arrays;

/**
 * Exact k-means on one variable: the optimal partition of sorted values into k contiguous groups by dynamic
 * programming over prefix sums, O(k m²) on at most m = 1000 evenly spaced order statistics (the two-group case is
 * solved on all values in O(n log n)). Exact rather than Lloyd's iterations, so it needs no random start and always
 * gives the same answer.
 */
final class OneDimensionalKMeans {

	private static final int MAX_DP_VALUES = 1000;

	private OneDimensionalKMeans() {}

	/** Group label (0 = lowest values) of each sample. */
	static int[] groups(double[] x, int k) {
		int n = x.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) order[i] = i;
		Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
		double[] sorted = new double[n];
		for (int i = 0; i < n; i++) sorted[i] = x[order[i]];
		int[] starts = k == 2 ? new int[] { 0, bestSplit(sorted) } : partitionLarge(sorted, Math.min(k, n));
		int[] label = new int[n];
		for (int g = 0; g < starts.length; g++) {
			int end = g + 1 < starts.length ? starts[g + 1] : n;
			for (int r = starts[g]; r < end; r++) label[order[r]] = g;
		}
		return label;
	}

	/** Index of the first value of the upper group in the best two-group split of sorted values. */
	static int bestSplit(double[] sorted) {
		int n = sorted.length;
		if (n < 2) return n;
		double[] s = new double[n + 1], s2 = new double[n + 1];
		double shift = sorted[n / 2];
		for (int i = 0; i < n; i++) { double v = sorted[i] - shift; s[i + 1] = s[i] + v; s2[i + 1] = s2[i] + v * v; }
		int best = 1;
		double bestCost = Double.POSITIVE_INFINITY;
		for (int split = 1; split < n; split++) {
			double cost = cost(s, s2, 0, split) + cost(s, s2, split, n);
			if (cost < bestCost) { bestCost = cost; best = split; }
		}
		return best;
	}

	/** Group starts in the full sorted array, from the optimal partition of a thinned copy when it is long. */
	private static int[] partitionLarge(double[] sorted, int k) {
		int n = sorted.length;
		if (n <= MAX_DP_VALUES) return partition(sorted, k);
		double[] thin = new double[MAX_DP_VALUES];
		for (int i = 0; i < thin.length; i++) thin[i] = sorted[(int) ((long) i * (n - 1) / (thin.length - 1))];
		int[] thinStarts = partition(thin, k);
		int[] starts = new int[k];
		for (int g = 1; g < k; g++) {
			double boundary = 0.5 * (thin[thinStarts[g] - 1] + thin[thinStarts[g]]);
			int at = Arrays.binarySearch(sorted, boundary);
			starts[g] = Math.max(starts[g - 1] + 1, at >= 0 ? at : -at - 1);
		}
		return starts;
	}

	private static int[] partition(double[] sorted, int k) {
		int n = sorted.length;
		double[] s = new double[n + 1], s2 = new double[n + 1];
		for (int i = 0; i < n; i++) { s[i + 1] = s[i] + sorted[i]; s2[i + 1] = s2[i] + sorted[i] * sorted[i]; }
		double[][] dp = new double[k + 1][n + 1];
		int[][] from = new int[k + 1][n + 1];
		for (double[] row : dp) Arrays.fill(row, Double.POSITIVE_INFINITY);
		dp[0][0] = 0;
		for (int g = 1; g <= k; g++)
			for (int end = g; end <= n; end++)
				for (int start = g - 1; start < end; start++) {
					double c = dp[g - 1][start] + cost(s, s2, start, end);
					if (c < dp[g][end]) { dp[g][end] = c; from[g][end] = start; }
				}
		int[] starts = new int[k];
		for (int g = k, end = n; g >= 1; g--) { starts[g - 1] = from[g][end]; end = from[g][end]; }
		return starts;
	}

	/** Sum of squared deviations of sorted[from..to) from their mean. */
	private static double cost(double[] s, double[] s2, int from, int to) {
		int count = to - from;
		if (count <= 0) return 0;
		double sum = s[to] - s[from];
		return Math.max(0, s2[to] - s2[from] - sum * sum / count);
	}
}
