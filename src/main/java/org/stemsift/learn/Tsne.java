package org.stemsift.learn;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.stemsift.progress.Progress;

/**
 * t-distributed stochastic neighbour embedding into two dimensions, with scikit-learn's recipe: input affinities from
 * the 3·perplexity nearest neighbours with each bandwidth found by bisection, symmetrised; PCA start scaled to a
 * standard deviation of 1e-4; early exaggeration 12 with momentum 0.5 for the first quarter (at most 250 iterations),
 * then momentum 0.8; learning rate max(n / 48, 50); per-coordinate gains (+0.2 / x0.8, at least 0.01).
 * <p>
 * Why exact repulsion up to 1,000 samples: the n² repulsive sum is then about a millisecond per iteration over rows in
 * parallel and has no approximation error; above, a Barnes-Hut quadtree ({@link QuadTree}) keeps the cost near
 * n log n. The attraction uses the sparse neighbour affinities. Rows are summed in a fixed order, so the result does not depend on
 * the number of threads; the seed only jitters the PCA start (by 1e-8 of its scale) so that duplicate samples separate.
 */
final class Tsne {

	private static final double EXAGGERATION = 12;
	private static final double MIN_GAIN = 0.01;
	/** Up to this many samples the repulsion is summed exactly (about a second); above, by Barnes-Hut. */
	static final int EXACT_LIMIT = 1000;
	static final double THETA = 0.5;

	private Tsne() {}

	static double[][] embed(double[][] x, double perplexity, int iterations, long seed, Progress progress) {
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
			if (it % 50 == 0) {
				progress.checkCancelled();
				progress.update("t-SNE", it, iterations);
			}
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
		double[][] y = Embedding.principalPlane(x);
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

	/**
	 * KL gradient 4 (exaggeration · p_ij - q_ij) q'_ij (y_i - y_j) with q' = 1 / (1 + |y_i - y_j|²); the repulsive sums
	 * exactly up to {@value #EXACT_LIMIT} samples, by Barnes-Hut (θ = {@value #THETA}, as scikit-learn) above.
	 */
	static void gradient(double[][] y, Affinities p, double exaggeration, double[][] out) {
		int n = y.length;
		double[] xs = new double[n], ys = new double[n];
		for (int i = 0; i < n; i++) { xs[i] = y[i][0]; ys[i] = y[i][1]; }
		QuadTree tree = n > EXACT_LIMIT ? new QuadTree(xs, ys) : null;
		double[][] sums = new double[n][3];
		IntStream.range(0, n).parallel().forEach(i -> {
			if (tree == null) exactRepulsion(xs, ys, i, sums[i]);
			else tree.repulsion(xs[i], ys[i], THETA, new int[tree.stackSize()], sums[i]);
			double a0 = 0, a1 = 0;
			int[] js = p.neighbours[i];
			double[] ws = p.weights[i];
			for (int m = 0; m < js.length; m++) {
				double d0 = xs[i] - xs[js[m]], d1 = ys[i] - ys[js[m]];
				double w = ws[m] / (1 + d0 * d0 + d1 * d1);
				a0 += w * d0;
				a1 += w * d1;
			}
			out[i][0] = a0 * exaggeration;
			out[i][1] = a1 * exaggeration;
		});
		double z = 0;
		for (double[] s : sums) z += s[0] - 1; // without the j = i term
		for (int i = 0; i < n; i++) {
			out[i][0] = 4 * (out[i][0] - sums[i][1] / z);
			out[i][1] = 4 * (out[i][1] - sums[i][2] / z);
		}
	}

	/**
	 * {Σ q, Σ q² dx, Σ q² dy} over all j (j = i included) for sample i. Flat coordinate arrays and two sets of
	 * accumulators over pairs of columns roughly halve the time of this loop, nearly all of exact t-SNE's time.
	 */
	private static void exactRepulsion(double[] xs, double[] ys, int i, double[] out) {
		int n = xs.length;
		double xi = xs[i], yi = ys[i], z = 0, r0 = 0, r1 = 0, zb = 0, r0b = 0, r1b = 0;
		int j = 0;
		for (; j + 1 < n; j += 2) {
			double d0 = xi - xs[j], d1 = yi - ys[j], e0 = xi - xs[j + 1], e1 = yi - ys[j + 1];
			double q = 1 / (1 + d0 * d0 + d1 * d1), qb = 1 / (1 + e0 * e0 + e1 * e1);
			z += q;
			zb += qb;
			r0 += q * q * d0;
			r1 += q * q * d1;
			r0b += qb * qb * e0;
			r1b += qb * qb * e1;
		}
		for (; j < n; j++) {
			double d0 = xi - xs[j], d1 = yi - ys[j];
			double q = 1 / (1 + d0 * d0 + d1 * d1);
			z += q;
			r0 += q * q * d0;
			r1 += q * q * d1;
		}
		out[0] = z + zb;
		out[1] = r0 + r0b;
		out[2] = r1 + r1b;
	}
}
