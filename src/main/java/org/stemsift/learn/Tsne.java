package org.stemsift.learn;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * t-distributed stochastic neighbour embedding into two dimensions, with scikit-learn's recipe: input affinities from
 * the 3·perplexity nearest neighbours with each bandwidth found by bisection, symmetrised; PCA start scaled to a
 * standard deviation of 1e-4; early exaggeration 12 with momentum 0.5 for the first quarter (at most 250 iterations),
 * then momentum 0.8; learning rate max(n / 48, 50); per-coordinate gains (+0.2 / x0.8, at least 0.01).
 * <p>
 * Why exact repulsion instead of Barnes-Hut: for the few thousand patches of a clustering view the n² repulsive sum
 * is a few milliseconds per iteration over rows in parallel, has no approximation error and needs no tree. The
 * attraction uses the sparse neighbour affinities. Rows are summed in a fixed order, so the result does not depend on
 * the number of threads; the seed only jitters the PCA start (by 1e-8 of its scale) so that duplicate samples separate.
 */
final class Tsne {

	private static final double EXAGGERATION = 12;
	private static final double MIN_GAIN = 0.01;

	private Tsne() {}

	static double[][] embed(double[][] x, double perplexity, int iterations, long seed) {
		int n = x.length;
		if (!(perplexity > 0) || perplexity >= n)
			throw new IllegalArgumentException("t-SNE perplexity must lie between 0 and the number of samples (" + n + "), got " + perplexity
				+ "; use a smaller perplexity (5 to 50 is usual)");
		if (iterations < 1) throw new IllegalArgumentException("t-SNE needs at least one iteration, got " + iterations);
		Affinities p = affinities(x, perplexity);
		double[][] y = start(x, seed);
		double rate = Math.max(n / EXAGGERATION / 4, 50);
		int early = Math.min(250, iterations / 4);
		double[][] velocity = new double[n][2], gains = new double[n][2], gradient = new double[n][2];
		for (double[] g : gains) Arrays.fill(g, 1);
		for (int it = 0; it < iterations; it++) {
			boolean exaggerated = it < early;
			gradient(y, p, exaggerated ? EXAGGERATION : 1, gradient);
			double momentum = exaggerated ? 0.5 : 0.8;
			for (int i = 0; i < n; i++)
				for (int c = 0; c < 2; c++) {
					double g = gradient[i][c], v = velocity[i][c];
					gains[i][c] = Math.max(MIN_GAIN, (g * v < 0) ? gains[i][c] + 0.2 : gains[i][c] * 0.8);
					velocity[i][c] = momentum * v - rate * gains[i][c] * g;
					y[i][c] += velocity[i][c];
				}
		}
		return y;
	}

	/** Symmetric joint probabilities in sparse rows: {@code neighbours[i]} with weights {@code weights[i]}. */
	record Affinities(int[][] neighbours, double[][] weights) {}

	static Affinities affinities(double[][] x, double perplexity) {
		int n = x.length;
		int k = Math.min(n - 1, (int) (3 * perplexity + 1));
		int[][] nearest = new int[n][];
		double[][] conditional = new double[n][];
		IntStream.range(0, n).parallel().forEach(i -> {
			double[] d2 = new double[n];
			for (int j = 0; j < n; j++) d2[j] = j == i ? Double.POSITIVE_INFINITY : KMeans.squaredDistance(x[i], x[j]);
			nearest[i] = NearestNeighbours.smallest(d2, k);
			double[] dk = new double[k];
			for (int m = 0; m < k; m++) dk[m] = d2[nearest[i][m]];
			conditional[i] = bandwidthSearch(dk, Math.log(perplexity));
		});
		return symmetrise(nearest, conditional);
	}

	/** p(j|i) over the neighbours with the Gaussian bandwidth whose entropy is {@code entropy} (nats), by bisection. */
	private static double[] bandwidthSearch(double[] d2, double entropy) {
		double beta = 1, low = Double.NEGATIVE_INFINITY, high = Double.POSITIVE_INFINITY;
		double[] p = new double[d2.length];
		for (int step = 0; step < 100; step++) {
			double sum = 0, weighted = 0;
			for (int m = 0; m < d2.length; m++) {
				p[m] = Math.exp(-d2[m] * beta);
				sum += p[m];
			}
			if (sum == 0) sum = 1e-8;
			for (int m = 0; m < d2.length; m++) {
				p[m] /= sum;
				weighted += d2[m] * p[m];
			}
			double h = Math.log(sum) + beta * weighted, difference = h - entropy;
			if (Math.abs(difference) <= 1e-5) break;
			if (difference > 0) {
				low = beta;
				beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
			} else {
				high = beta;
				beta = low == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + low) / 2;
			}
		}
		return p;
	}

	/** P = (P_cond + P_condᵀ) / sum, in sparse rows sorted by neighbour index. */
	private static Affinities symmetrise(int[][] nearest, double[][] conditional) {
		int n = nearest.length;
		int[] counts = new int[n];
		for (int i = 0; i < n; i++) for (int j : nearest[i]) { counts[i]++; counts[j]++; }
		long[][] keyed = new long[n][];
		double[][] values = new double[n][];
		int[] filled = new int[n];
		for (int i = 0; i < n; i++) { keyed[i] = new long[counts[i]]; values[i] = new double[counts[i]]; }
		for (int i = 0; i < n; i++)
			for (int m = 0; m < nearest[i].length; m++) {
				int j = nearest[i][m];
				keyed[i][filled[i]] = j; values[i][filled[i]++] = conditional[i][m];
				keyed[j][filled[j]] = i; values[j][filled[j]++] = conditional[i][m];
			}
		int[][] neighbours = new int[n][];
		double[][] weights = new double[n][];
		double total = 0;
		for (int i = 0; i < n; i++) {
			Integer[] order = new Integer[counts[i]];
			for (int m = 0; m < order.length; m++) order[m] = m;
			long[] key = keyed[i];
			Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
			int[] js = new int[order.length];
			double[] ws = new double[order.length];
			int size = 0;
			for (int m : order) {
				if (size > 0 && js[size - 1] == key[m]) ws[size - 1] += values[i][m];
				else { js[size] = (int) key[m]; ws[size++] = values[i][m]; }
			}
			neighbours[i] = Arrays.copyOf(js, size);
			weights[i] = Arrays.copyOf(ws, size);
			for (int m = 0; m < size; m++) total += weights[i][m];
		}
		for (double[] w : weights) for (int m = 0; m < w.length; m++) w[m] /= total;
		return new Affinities(neighbours, weights);
	}

	/** The first two principal component scores scaled to standard deviation 1e-4, with a seeded jitter. */
	private static double[][] start(double[][] x, long seed) {
		int n = x.length;
		double[][] y;
		if (x[0].length >= 2 && n >= 3) {
			y = Pca.fit(x).transform(x, 2);
		} else {
			y = new double[n][2];
			for (int i = 0; i < n; i++) y[i][0] = x[i][0];
		}
		double mean = 0, ss = 0;
		for (double[] r : y) mean += r[0] / n;
		for (double[] r : y) ss += (r[0] - mean) * (r[0] - mean);
		double sd = Math.sqrt(ss / Math.max(1, n - 1));
		double scale = sd > 0 ? 1e-4 / sd : 1;
		SplittableRandom random = new SplittableRandom(seed);
		for (double[] r : y)
			for (int c = 0; c < 2; c++) r[c] = r[c] * scale + 1e-12 * (random.nextDouble() - 0.5);
		return y;
	}

	/** KL gradient 4 (exaggeration · p_ij - q_ij) q'_ij (y_i - y_j) with q' = 1 / (1 + |y_i - y_j|²). */
	private static void gradient(double[][] y, Affinities p, double exaggeration, double[][] out) {
		int n = y.length;
		double[] rowZ = new double[n];
		double[][] repulsion = new double[n][2];
		IntStream.range(0, n).parallel().forEach(i -> {
			double yi0 = y[i][0], yi1 = y[i][1], z = 0, r0 = 0, r1 = 0;
			for (int j = 0; j < n; j++) {
				double d0 = yi0 - y[j][0], d1 = yi1 - y[j][1];
				double q = 1 / (1 + d0 * d0 + d1 * d1);
				z += q;
				double qq = q * q;
				r0 += qq * d0;
				r1 += qq * d1;
			}
			rowZ[i] = z - 1; // the j = i term
			repulsion[i][0] = r0;
			repulsion[i][1] = r1;
			double a0 = 0, a1 = 0;
			int[] js = p.neighbours[i];
			double[] ws = p.weights[i];
			for (int m = 0; m < js.length; m++) {
				double d0 = yi0 - y[js[m]][0], d1 = yi1 - y[js[m]][1];
				double w = ws[m] / (1 + d0 * d0 + d1 * d1);
				a0 += w * d0;
				a1 += w * d1;
			}
			out[i][0] = a0 * exaggeration;
			out[i][1] = a1 * exaggeration;
		});
		double z = 0;
		for (double v : rowZ) z += v;
		for (int i = 0; i < n; i++) {
			out[i][0] = 4 * (out[i][0] - repulsion[i][0] / z);
			out[i][1] = 4 * (out[i][1] - repulsion[i][1] / z);
		}
	}
}
