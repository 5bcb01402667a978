package org.stemsift.cli;

import org.stemsift.cluster.ClusterSettings;
import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.detect.DifferenceFilter;

import picocli.CommandLine.Option;

/** The clustering parameters, shared by {@code cluster} and {@code validate prifti-clusters}. */
final class ClusterOptions {

	@Option(names = "--kmax", defaultValue = "10", description = "Largest K of the scan, K = 2..Kmax chosen by the highest mean silhouette (default: ${DEFAULT-VALUE})")
	int kMax;

	@Option(names = "--k", defaultValue = "0", description = "Exactly this many clusters instead of the scan (default: 0 = scan)")
	int k;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of every random step (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--gmm", description = "Also fit a Gaussian mixture (K by BIC) and report soft memberships")
	boolean gmm;

	@Option(names = "--variance", defaultValue = "0.95", description = "PCA keeps the components for this share of the variance (default: ${DEFAULT-VALUE})")
	double variance;

	@Option(names = "--restarts", defaultValue = "10", description = "k-means++ restarts per K (default: ${DEFAULT-VALUE})")
	int restarts;

	@Option(names = "--max-correlation", description = "Selection tier 1: drop one of every pair with |Pearson r| above this (default: 0.95)")
	Double maxCorrelation;

	@Option(names = "--min-silhouette", description = "Selection tier 2: drop features whose own silhouette is at or below this; -1 = off (default: -1; the paper used 0)")
	Double minSilhouette;

	@Option(names = "--min-variance", description = "Selection tier 3: drop features whose variance after scaling is below this (default: 0.1)")
	Double minVariance;

	@Option(names = "--view", defaultValue = "TSNE", description = "2-D view of the PCA scores: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	ClusterSettings.View view;

	@Option(names = "--perplexity", defaultValue = "30", description = "t-SNE perplexity (default: ${DEFAULT-VALUE})")
	double perplexity;

	@Option(names = "--tsne-iterations", defaultValue = "1000", description = "t-SNE iterations (default: ${DEFAULT-VALUE})")
	int tsneIterations;

	@Option(names = "--neighbours", defaultValue = "15", description = "UMAP neighbours (default: ${DEFAULT-VALUE})")
	int neighbours;

	@Option(names = "--cutoff", defaultValue = "0.2", description = "Differences below this are set to zero in the filtered difference (default: ${DEFAULT-VALUE})")
	double cutoff;

	@Option(names = "--smoothing", defaultValue = "1.0", description = "Smoothing of the filtered difference, px (default: ${DEFAULT-VALUE})")
	double smoothing;

	ClusterSettings settings() {
		SelectionSettings d = SelectionSettings.defaults();
		SelectionSettings selection = new SelectionSettings(maxCorrelation != null ? maxCorrelation : d.maxCorrelation(), minSilhouette != null ? minSilhouette : d.minSilhouette(),
			minVariance != null ? minVariance : d.minVariance(), d.provisionalK(), seed);
		ClusterSettings s = ClusterSettings.defaults();
		return s.withFilter(new DifferenceFilter(cutoff, smoothing), s.anmWindow()).withSelection(selection).withK(kMax, k).withVarianceShare(variance)
			.withRestarts(restarts).withGaussianMixture(gmm).withView(view, perplexity, tsneIterations, neighbours).withSeed(seed);
	}
}
