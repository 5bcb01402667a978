package org.stemsift.learn;

import java.util.Arrays;

/**
 * A mixture of Gaussians on one variable, fitted by expectation-maximisation, with the number of components chosen by
 * the Bayesian information criterion when it is not given. Used to classify atomic columns by their integrated
 * intensity (dopants, mixed sites) and to split decision values into two classes.
 * <p>
 * Deterministic by construction (no random start): EM is run from a quantile start (the sorted data cut into k
 * equal-count groups) and from the optimal 1-D k-means partition, and the better likelihood wins; for one-dimensional
 * data these starts reach the global optimum in practice, which is what BIC comparisons need. Variances get scikit-
 * learn's regularisation of 1e-6 added, so a component cannot collapse onto a single value. BIC = -2 log L + (3k - 1)
 * ln n, as scikit-learn computes it.
 *
 * @param weights mixing weights, components sorted by increasing mean
 */
public record GaussianMixture1D(double[] weights, double[] means, double[] variances, double logLikelihood, int sampleCount) {

	static final double REGULARISATION = 1e-6;
	private static final int MAX_ITERATIONS = 10_000;
	private static final double TOLERANCE = 1e-10;

	/** The mixture with {@code k} components. */
	public static GaussianMixture1D fit(double[] x, int k) {
		requireData(x, k);
		GaussianMixture1D fromQuantiles = em(x, startFromGroups(x, quantileGroups(x, k)));
		GaussianMixture1D fromKMeans = em(x, startFromGroups(x, OneDimensionalKMeans.groups(x, k)));
		return fromKMeans.logLikelihood > fromQuantiles.logLikelihood ? fromKMeans : fromQuantiles;
	}

	/** The mixture of 1 to {@code maxComponents} components with the lowest BIC. */
	public static GaussianMixture1D fitBest(double[] x, int maxComponents) {
		if (maxComponents < 1) throw new IllegalArgumentException("Need at least one component, got " + maxComponents);
		GaussianMixture1D best = null;
		for (int k = 1; k <= Math.min(maxComponents, x.length); k++) {
			GaussianMixture1D m = fit(x, k);
			if (best == null || m.bic() < best.bic()) best = m;
		}
		return best;
	}

	public int components() { return means.length; }

	public double bic() {
		return -2 * logLikelihood + (3.0 * components() - 1) * Math.log(sampleCount);
	}

	/** Index of the component with the highest posterior probability for {@code v}. */
	public int classify(double v) {
		int best = 0;
		double bestLog = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < means.length; c++) {
			double log = Math.log(weights[c]) + logNormal(v, means[c], variances[c]);
			if (log > bestLog) { bestLog = log; best = c; }
		}
		return best;
	}

	private static void requireData(double[] x, int k) {
		if (k < 1) throw new IllegalArgumentException("Need at least one component, got " + k);
		if (x.length < k) throw new IllegalArgumentException("Cannot fit " + k + " components to " + x.length + " values");
		for (int i = 0; i < x.length; i++) if (!Double.isFinite(x[i])) throw new IllegalArgumentException("Value " + i + " is not finite: " + x[i]);
	}

	/** Sorted indices cut into k groups of (nearly) equal size, as group labels per sample. */
	private static int[] quantileGroups(double[] x, int k) {
		Integer[] order = new Integer[x.length];
		for (int i = 0; i < order.length; i++) order[i] = i;
		Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
		int[] group = new int[x.length];
		for (int r = 0; r < order.length; r++) group[order[r]] = (int) ((long) r * k / order.length);
		return group;
	}

	private static double[][] startFromGroups(double[] x, int[] group) {
		int k = 0;
		for (int g : group) k = Math.max(k, g + 1);
		double[] w = new double[k], m = new double[k], v = new double[k];
		for (int i = 0; i < x.length; i++) { w[group[i]]++; m[group[i]] += x[i]; }
		for (int c = 0; c < k; c++) m[c] = w[c] > 0 ? m[c] / w[c] : 0;
		for (int i = 0; i < x.length; i++) v[group[i]] += (x[i] - m[group[i]]) * (x[i] - m[group[i]]);
		for (int c = 0; c < k; c++) { v[c] = (w[c] > 0 ? v[c] / w[c] : 0) + REGULARISATION; w[c] = Math.max(w[c], 1e-10) / x.length; }
		return new double[][] { w, m, v };
	}

	private static GaussianMixture1D em(double[] x, double[][] start) {
		double[] w = start[0], m = start[1], v = start[2];
		int k = w.length, n = x.length;
		double[][] resp = new double[k][n];
		double previous = Double.NEGATIVE_INFINITY, logL = previous;
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			logL = expectation(x, w, m, v, resp);
			for (int c = 0; c < k; c++) {
				double nc = 0, mean = 0;
				for (int i = 0; i < n; i++) { nc += resp[c][i]; mean += resp[c][i] * x[i]; }
				nc += 10 * Math.ulp(1.0);
				mean /= nc;
				double var = 0;
				for (int i = 0; i < n; i++) var += resp[c][i] * (x[i] - mean) * (x[i] - mean);
				w[c] = nc / n;
				m[c] = mean;
				v[c] = var / nc + REGULARISATION;
			}
			if (Math.abs(logL - previous) < TOLERANCE * Math.max(1, Math.abs(logL))) break;
			previous = logL;
		}
		logL = expectation(x, w, m, v, resp);
		Integer[] order = new Integer[k];
		for (int c = 0; c < k; c++) order[c] = c;
		Arrays.sort(order, (a, b) -> Double.compare(m[a], m[b]));
		double[] ws = new double[k], ms = new double[k], vs = new double[k];
		for (int c = 0; c < k; c++) { ws[c] = w[order[c]]; ms[c] = m[order[c]]; vs[c] = v[order[c]]; }
		return new GaussianMixture1D(ws, ms, vs, logL, n);
	}

	/** Fills the responsibilities and returns the log-likelihood (log-sum-exp per sample). */
	private static double expectation(double[] x, double[] w, double[] m, double[] v, double[][] resp) {
		int k = w.length;
		double total = 0;
		double[] log = new double[k];
		for (int i = 0; i < x.length; i++) {
			double max = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				log[c] = Math.log(w[c]) + logNormal(x[i], m[c], v[c]);
				max = Math.max(max, log[c]);
			}
			double sum = 0;
			for (int c = 0; c < k; c++) sum += Math.exp(log[c] - max);
			double lse = max + Math.log(sum);
			total += lse;
			for (int c = 0; c < k; c++) resp[c][i] = Math.exp(log[c] - lse);
		}
		return total;
	}

	private static double logNormal(double x, double mean, double variance) {
		return -0.5 * (Math.log(2 * Math.PI * variance) + (x - mean) * (x - mean) / variance);
	}
}
