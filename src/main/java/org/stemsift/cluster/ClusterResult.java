package org.stemsift.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.stemsift.cluster.feature.FeatureTable;
import org.stemsift.cluster.selection.SelectionResult;
import org.stemsift.core.PatchStack;
import org.stemsift.learn.GaussianMixture;

/**
 * What the pipeline found, patch {@code i} in every array being patch {@code i} of the input.
 *
 * @param patches       the input patches (for the montage and the file names)
 * @param features      every feature of every patch, before selection
 * @param selection     which features the three tiers kept and why the others went
 * @param explainedVarianceRatio share of the variance along each principal component of the kept features
 * @param scores        PCA scores, {@code n × components}
 * @param clustering    the k-means scan and chosen partition (clusters 0 … K−1, largest first)
 * @param mixture       the Gaussian mixture chosen by BIC, or null when not asked for
 * @param tsne          t-SNE view of the scores ({@code n × 2}), or null
 * @param umap          UMAP view of the scores ({@code n × 2}), or null
 * @param stageSeconds  wall time of each stage, in order
 * @param notes         things the user should know (a lowered perplexity, features removed as constant…)
 */
public record ClusterResult(ClusterSettings settings, PatchStack patches, FeatureTable features, SelectionResult selection, double[] explainedVarianceRatio,
	double[][] scores, KMeansScan.Outcome clustering, GaussianMixture mixture, double[][] tsne, double[][] umap, Map<String, Double> stageSeconds, List<String> notes) {

	public ClusterResult {
		stageSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
		notes = List.copyOf(notes);
	}

	public int patchCount() { return patches.count(); }

	public int k() { return clustering.k(); }

	public int components() { return scores[0].length; }

	/** Share of the variance of the standardised kept features along the kept components. */
	public double keptVariance() {
		double s = 0;
		for (int c = 0; c < components(); c++) s += explainedVarianceRatio[c];
		return s;
	}

	public int[] labels() { return clustering.labels(); }

	public String name(int patch) { return patches.name(patch); }

	public int size(int cluster) {
		return (int) Arrays.stream(labels()).filter(l -> l == cluster).count();
	}

	public double meanSilhouette(int cluster) {
		int[] l = labels();
		return IntStream.range(0, l.length).filter(i -> l[i] == cluster).mapToDouble(i -> clustering.silhouettes()[i]).average().orElse(0);
	}

	/** The members of a cluster closest to its centroid in PCA space, nearest first: its most typical patches. */
	public int[] typical(int cluster, int count) {
		double[] c = clustering.centroids()[cluster];
		int[] l = labels();
		return IntStream.range(0, l.length).filter(i -> l[i] == cluster).boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> squaredDistance(scores[i], c)).thenComparingInt(i -> i))
			.limit(count).mapToInt(Integer::intValue).toArray();
	}

	private static double squaredDistance(double[] a, double[] b) {
		double s = 0;
		for (int j = 0; j < a.length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
		return s;
	}

	public double totalSeconds() {
		return stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
	}
}
