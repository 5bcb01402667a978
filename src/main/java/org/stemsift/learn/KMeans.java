package org.stemsift.learn;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means clustering of {@code double[n][d]} data as scikit-learn's {@code KMeans(algorithm="lloyd")} does it: greedy
 * k-means++ seeding (2 + ln k candidates per centre, the one lowering the potential most wins), Lloyd iterations until
 * the labels stop changing or the centres move less (squared, summed) than {@code 1e-4} times the mean feature variance,
 * several restarts with the lowest inertia kept.
 * <p>
 * Why restarts in parallel rather than rows: one restart on 2,000 x 50 values is a few milliseconds of work, too little
 * to split, while the restarts are independent. Each restart has its own generator derived from the seed and ties go to
 * the earlier restart, so the result does not depend on the number of threads.
 */
public final class KMeans {

	public static final int DEFAULT_MAX_ITERATIONS = 300;
	static final double TOLERANCE = 1e-4;

	/**
	 * @param labels cluster of each sample, 0 to k - 1
	 * @param centroids k x d cluster means
	 * @param inertia sum of squared distances of the samples to their centroid
	 * @param iterations Lloyd iterations of the kept restart
	 */
	public record Result(int[] labels, double[][] centroids, double inertia, int iterations) {}

	private KMeans() {}

	public static Result fit(double[][] x, int k, int restarts, long seed) {
		return fit(x, k, restarts, seed, DEFAULT_MAX_ITERATIONS);
	}

	public static Result fit(double[][] x, int k, int restarts, long seed, int maxIterations) {
		Matrices.requireRectangularFinite(x, 1, "samples for k-means");
		if (k < 1 || k > x.length) throw new IllegalArgumentException("k must lie between 1 and the number of samples (" + x.length + "), got " + k);
		if (restarts < 1) throw new IllegalArgumentException("Need at least one k-means restart, got " + restarts);
		if (maxIterations < 1) throw new IllegalArgumentException("Need at least one k-means iteration, got " + maxIterations);
		double tolerance = TOLERANCE * meanFeatureVariance(x);
		long[] seeds = new SplittableRandom(seed).longs(restarts).toArray();
		Result[] results = new Result[restarts];
		IntStream.range(0, restarts).parallel()
			.forEach(r -> results[r] = lloyd(x, plusPlus(x, k, new SplittableRandom(seeds[r])), maxIterations, tolerance));
		Result best = results[0];
		for (Result r : results) if (r.inertia < best.inertia) best = r;
		return best;
	}

	/** Greedy k-means++ seeding (Arthur and Vassilvitskii, with scikit-learn's local trials). */
	static double[][] plusPlus(double[][] x, int k, SplittableRandom random) {
		int n = x.length;
		int trials = 2 + (int) Math.log(k);
		double[][] centres = new double[k][];
		centres[0] = x[random.nextInt(n)].clone();
		double[] closest = new double[n];
		double potential = 0;
		for (int i = 0; i < n; i++) potential += closest[i] = squaredDistance(x[i], centres[0]);
		double[] candidateDistances = new double[n];
		for (int c = 1; c < k; c++) {
			int bestCandidate = -1;
			double bestPotential = Double.POSITIVE_INFINITY;
			double[] bestDistances = new double[n];
			for (int t = 0; t < trials; t++) {
				int candidate = sampleProportional(closest, potential, random);
				double candidatePotential = 0;
				for (int i = 0; i < n; i++)
					candidatePotential += candidateDistances[i] = Math.min(closest[i], squaredDistance(x[i], x[candidate]));
				if (candidatePotential < bestPotential) {
					bestPotential = candidatePotential;
					bestCandidate = candidate;
					System.arraycopy(candidateDistances, 0, bestDistances, 0, n);
				}
			}
			centres[c] = x[bestCandidate].clone();
			closest = bestDistances;
			potential = bestPotential;
		}
		return centres;
	}

	/** An index drawn with probability proportional to its weight (uniform when all weights are zero). */
	private static int sampleProportional(double[] weights, double total, SplittableRandom random) {
		if (!(total > 0)) return random.nextInt(weights.length);
		double target = random.nextDouble() * total, cumulative = 0;
		for (int i = 0; i < weights.length; i++) {
			cumulative += weights[i];
			if (cumulative > target) return i;
		}
		for (int i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
		return weights.length - 1;
	}

	private static Result lloyd(double[][] x, double[][] centres, int maxIterations, double tolerance) {
		int n = x.length, k = centres.length, d = x[0].length;
		int[] labels = new int[n];
		double[] distances = new double[n];
		assign(x, centres, labels, distances);
		int iterations = 0;
		while (iterations < maxIterations) {
			iterations++;
			double[][] updated = means(x, labels, distances, k, d);
			double shift = 0;
			for (int c = 0; c < k; c++) shift += squaredDistance(updated[c], centres[c]);
			centres = updated;
			int changed = assign(x, centres, labels, distances);
			if (changed == 0 || shift <= tolerance) break;
		}
		// after a tolerance stop the labels already belong to the final centres (assign ran last), as scikit-learn's final E-step
		double inertia = 0;
		for (double v : distances) inertia += v;
		return new Result(labels, centres, inertia, iterations);
	}

	/** Nearest centre of every sample; returns how many labels changed. */
	private static int assign(double[][] x, double[][] centres, int[] labels, double[] distances) {
		int changed = 0;
		for (int i = 0; i < x.length; i++) {
			int best = 0;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (int c = 0; c < centres.length; c++) {
				double dist = squaredDistance(x[i], centres[c]);
				if (dist < bestDistance) { bestDistance = dist; best = c; }
			}
			if (labels[i] != best) changed++;
			labels[i] = best;
			distances[i] = bestDistance;
		}
		return changed;
	}

	/**
	 * Cluster means; an empty cluster takes over the sample farthest from its centre (scikit-learn relocates empty
	 * clusters the same way), so k clusters always remain.
	 */
	private static double[][] means(double[][] x, int[] labels, double[] distances, int k, int d) {
		double[][] sums = new double[k][d];
		int[] counts = new int[k];
		for (int i = 0; i < x.length; i++) {
			counts[labels[i]]++;
			double[] s = sums[labels[i]];
			for (int j = 0; j < d; j++) s[j] += x[i][j];
		}
		for (int c = 0; c < k; c++) {
			if (counts[c] > 0) continue;
			int far = -1;
			for (int i = 0; i < x.length; i++)
				if (counts[labels[i]] > 1 && (far < 0 || distances[i] > distances[far])) far = i;
			if (far < 0) continue; // every cluster a single sample: nothing to move
			int from = labels[far];
			counts[from]--;
			for (int j = 0; j < d; j++) { sums[from][j] -= x[far][j]; sums[c][j] = x[far][j]; }
			counts[c] = 1;
			labels[far] = c;
			distances[far] = 0;
		}
		for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) sums[c][j] /= Math.max(1, counts[c]);
		return sums;
	}

	static double squaredDistance(double[] a, double[] b) {
		double s = 0;
		for (int j = 0; j < a.length; j++) {
			double t = a[j] - b[j];
			s += t * t;
		}
		return s;
	}

	private static double meanFeatureVariance(double[][] x) {
		int n = x.length, d = x[0].length;
		double total = 0;
		for (int j = 0; j < d; j++) {
			double mean = 0, ss = 0;
			for (double[] row : x) mean += row[j];
			mean /= n;
			for (double[] row : x) ss += (row[j] - mean) * (row[j] - mean);
			total += ss / n;
		}
		return total / d;
	}
}
