package org.stemsift.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.stemsift.progress.Progress;

/**
 * Uniform manifold approximation and projection into two dimensions, following McInnes et al. and umap-learn's
 * defaults: the fuzzy k-nearest-neighbour graph (neighbours counting the sample itself, local connectivity 1, each
 * bandwidth found by bisection so that the weights sum to log₂ k), symmetrised by the fuzzy union a + b - ab; the
 * low-dimensional similarity 1 / (1 + a d^2b) with a = 1.577, b = 0.895 (min_dist 0.1, spread 1); 500 epochs of
 * stochastic gradient descent with edges sampled in proportion to their weight, 5 negative samples per positive one,
 * gradients clipped to ±4 and a linearly falling learning rate from 1.
 * <p>
 * Why not Smile's UMAP: it embeds only the largest connected component of the neighbour graph, so with well-separated
 * clusters most samples get no coordinates. Why a PCA start instead of umap-learn's spectral one: it needs no
 * eigen-solver on a possibly disconnected graph and places separate components sensibly. The descent runs on one
 * thread from a seeded generator, so the result is reproducible (umap-learn is likewise single-threaded when seeded);
 * the exact neighbour search, O(n² d), runs over rows in parallel.
 */
final class Umap {

	private static final double A = 1.5769434603113077, B = 0.8950608781227859;
	private static final int NEGATIVE_SAMPLES = 5;
	private static final double CLIP = 4;

	private Umap() {}

	static double[][] embed(double[][] x, int neighbours, long seed, Progress progress) {
		int n = x.length;
		if (neighbours < 2 || neighbours > n)
			throw new IllegalArgumentException("UMAP needs between 2 and " + n + " neighbours (the number of samples), got " + neighbours + "; 15 is usual");
		List<int[]> edges = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		graph(x, neighbours, edges, weights);
		SplittableRandom random = new SplittableRandom(seed);
		double[][] y = start(x, random);
		optimise(y, edges, weights, n < 10_000 ? 500 : 200, random, progress);
		return y;
	}

	/** The symmetric fuzzy graph as directed edges (both directions) with their weights. */
	private static void graph(double[][] x, int neighbours, List<int[]> edges, List<Double> weights) {
		int n = x.length, k = neighbours - 1;
		int[][] nearest = new int[n][];
		double[][] membership = new double[n][];
		IntStream.range(0, n).parallel().forEach(i -> {
			double[] d = new double[n];
			for (int j = 0; j < n; j++) d[j] = j == i ? Double.POSITIVE_INFINITY : Math.sqrt(KMeans.squaredDistance(x[i], x[j]));
			nearest[i] = NearestNeighbours.smallest(d, k);
			double[] dk = new double[k];
			for (int m = 0; m < k; m++) dk[m] = d[nearest[i][m]];
			membership[i] = memberships(dk, Math.log(neighbours) / Math.log(2));
		});
		java.util.Map<Long, Double> directed = new java.util.HashMap<>();
		for (int i = 0; i < n; i++) for (int m = 0; m < k; m++) directed.put((long) i * n + nearest[i][m], membership[i][m]);
		java.util.TreeMap<Long, Double> symmetric = new java.util.TreeMap<>();
		for (var e : directed.entrySet()) {
			long key = e.getKey();
			int i = (int) (key / n), j = (int) (key % n);
			double a = e.getValue(), b = directed.getOrDefault((long) j * n + i, 0.0);
			symmetric.put(key, a + b - a * b);
			symmetric.put((long) j * n + i, a + b - a * b);
		}
		for (var e : symmetric.entrySet()) {
			edges.add(new int[] { (int) (e.getKey() / n), (int) (e.getKey() % n) });
			weights.add(e.getValue());
		}
	}

	/** exp(-(d - ρ) / σ) with ρ the nearest distance and σ by bisection so that the memberships sum to {@code target}. */
	private static double[] memberships(double[] d, double target) {
		double rho = 0;
		for (double v : d) if (v > 0) { rho = v; break; }
		double low = 0, high = Double.POSITIVE_INFINITY, sigma = 1;
		for (int step = 0; step < 64; step++) {
			double sum = 1; // the sample itself (umap-learn counts it)
			for (double v : d) sum += v > rho ? Math.exp(-(v - rho) / sigma) : 1;
			if (Math.abs(sum - target) < 1e-5) break;
			if (sum > target) { high = sigma; sigma = (low + high) / 2; }
			else { low = sigma; sigma = high == Double.POSITIVE_INFINITY ? sigma * 2 : (low + high) / 2; }
		}
		double mean = 0;
		for (double v : d) mean += v / d.length;
		sigma = Math.max(sigma, 1e-3 * mean); // umap-learn's floor, so that equal distances keep a finite bandwidth
		double[] w = new double[d.length];
		for (int m = 0; m < d.length; m++) w[m] = d[m] > rho && sigma > 0 ? Math.exp(-(d[m] - rho) / sigma) : 1;
		return w;
	}

	/** The first two principal component scores scaled to lie within ±10, with a small seeded jitter. */
	private static double[][] start(double[][] x, SplittableRandom random) {
		double[][] y = Embedding.principalPlane(x);
		double max = 0;
		for (double[] r : y) max = Math.max(max, Math.max(Math.abs(r[0]), Math.abs(r[1])));
		double scale = max > 0 ? 10 / max : 1;
		for (double[] r : y) for (int c = 0; c < 2; c++) r[c] = r[c] * scale + 1e-4 * random.nextGaussian();
		return y;
	}

	private static void optimise(double[][] y, List<int[]> edges, List<Double> weights, int epochs, SplittableRandom random, Progress progress) {
		int n = y.length, e = edges.size();
		double max = 0;
		for (double w : weights) max = Math.max(max, w);
		double[] every = new double[e], next = new double[e], nextNegative = new double[e];
		for (int m = 0; m < e; m++) {
			double w = weights.get(m);
			every[m] = w >= max / epochs ? max / w : -1; // edges too weak to be sampled once are dropped, as umap-learn does
			next[m] = every[m];
			nextNegative[m] = every[m] / NEGATIVE_SAMPLES;
		}
		for (int epoch = 0; epoch < epochs; epoch++) {
			if (epoch % 25 == 0) {
				progress.checkCancelled();
				progress.update("UMAP", epoch, epochs);
			}
			double rate = 1 - (double) epoch / epochs;
			for (int m = 0; m < e; m++) {
				if (every[m] < 0 || next[m] > epoch) continue;
				int i = edges.get(m)[0], j = edges.get(m)[1];
				attract(y[i], y[j], rate);
				next[m] += every[m];
				int negatives = (int) ((epoch - nextNegative[m]) / (every[m] / NEGATIVE_SAMPLES));
				for (int s = 0; s < negatives; s++) {
					int other = random.nextInt(n);
					if (other != i) repel(y[i], y[other], rate);
				}
				nextNegative[m] += negatives * (every[m] / NEGATIVE_SAMPLES);
			}
		}
	}

	private static void attract(double[] yi, double[] yj, double rate) {
		double d0 = yi[0] - yj[0], d1 = yi[1] - yj[1], d2 = d0 * d0 + d1 * d1;
		if (d2 <= 0) return;
		double powered = Math.pow(d2, B);
		double coefficient = -2 * A * B * (powered / d2) / (1 + A * powered);
		double g0 = clip(coefficient * d0) * rate, g1 = clip(coefficient * d1) * rate;
		yi[0] += g0;
		yi[1] += g1;
		yj[0] -= g0;
		yj[1] -= g1;
	}

	private static void repel(double[] yi, double[] yk, double rate) {
		double d0 = yi[0] - yk[0], d1 = yi[1] - yk[1], d2 = d0 * d0 + d1 * d1;
		if (d2 <= 0) return;
		double coefficient = 2 * B / ((0.001 + d2) * (1 + A * Math.pow(d2, B)));
		yi[0] += clip(coefficient * d0) * rate;
		yi[1] += clip(coefficient * d1) * rate;
	}

	private static double clip(double v) { return Math.max(-CLIP, Math.min(CLIP, v)); }
}
