package org.stemsift.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.stemsift.learn.KMeans;
import org.stemsift.learn.Silhouette;
import org.stemsift.progress.Progress;

/**
 * k-means (k-means++, restarts, seeded) for every K of a range, K chosen by the highest mean silhouette. Used on the
 * PCA scores of the features and, for the baseline, on the PCA scores of raw pixels, so both see the same clustering.
 */
public final class KMeansScan {

	/** One K of the scan: mean silhouette and inertia of its best restart. */
	public record Row(int k, double meanSilhouette, double inertia) {}

	/**
	 * The chosen partition, clusters numbered 0 … K−1 by decreasing size (ties by first member), so that repeated
	 * runs and different K name the big clusters alike.
	 */
	public record Outcome(List<Row> rows, int k, int[] labels, double[][] centroids, double[] silhouettes) {

		public double meanSilhouette() { return Arrays.stream(silhouettes).average().orElse(0); }
	}

	private KMeansScan() {}

	public static Outcome run(double[][] x, int kMin, int kMax, int restarts, long seed, Progress progress) {
		Progress p = progress == null ? Progress.NONE : progress;
		requireEnoughRows(x.length, kMin, kMax);
		List<Row> rows = new ArrayList<>();
		KMeans.Result best = null;
		double bestSilhouette = Double.NEGATIVE_INFINITY;
		double[] bestSamples = null;
		for (int k = kMin; k <= kMax; k++) {
			p.checkCancelled();
			p.update("k-means, K = " + k, k - kMin, kMax - kMin + 1);
			KMeans.Result fit = KMeans.fit(x, k, restarts, seed);
			double[] samples = Silhouette.samples(x, fit.labels());
			double mean = Arrays.stream(samples).average().orElse(0);
			rows.add(new Row(k, mean, fit.inertia()));
			if (mean > bestSilhouette) {
				bestSilhouette = mean;
				best = fit;
				bestSamples = samples;
			}
		}
		p.update("k-means", kMax - kMin + 1, kMax - kMin + 1);
		return bySize(rows, best, bestSamples);
	}

	/** Silhouettes need at least K + 1 rows: the message says what to change. */
	static void requireEnoughRows(int n, int kMin, int kMax) {
		if (n < 3) throw new IllegalArgumentException("Only " + n + " patch" + (n == 1 ? "" : "es") + ": clustering needs at least 3; give more patches");
		if (kMax >= n) {
			String lower = kMin == kMax ? "choose K of at most " + (n - 1) : "lower Kmax to " + (n - 1) + " or less";
			throw new IllegalArgumentException("Only " + n + " patches for up to K = " + kMax + " clusters (a silhouette needs more patches than clusters): " + lower
				+ ", or give more patches");
		}
	}

	private static Outcome bySize(List<Row> rows, KMeans.Result fit, double[] silhouettes) {
		int k = fit.centroids().length;
		int[] size = new int[k], first = new int[k];
		Arrays.fill(first, Integer.MAX_VALUE);
		int[] labels = fit.labels();
		for (int i = 0; i < labels.length; i++) {
			size[labels[i]]++;
			first[labels[i]] = Math.min(first[labels[i]], i);
		}
		Integer[] order = new Integer[k];
		for (int c = 0; c < k; c++) order[c] = c;
		Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> first[c]));
		int[] rename = new int[k];
		double[][] centroids = new double[k][];
		for (int r = 0; r < k; r++) {
			rename[order[r]] = r;
			centroids[r] = fit.centroids()[order[r]].clone();
		}
		int[] renamed = new int[labels.length];
		for (int i = 0; i < labels.length; i++) renamed[i] = rename[labels[i]];
		return new Outcome(List.copyOf(rows), k, renamed, centroids, silhouettes.clone());
	}
}
