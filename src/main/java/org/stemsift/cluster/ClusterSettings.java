package org.stemsift.cluster;

import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchAnalyzer;

/**
 * Every parameter of the clustering pipeline, with the defaults of Ayyubi et al. where the paper gives them.
 *
 * @param filter         how the difference image becomes the filtered difference (as for patch classification)
 * @param anmWindow      window of the ANM score, px
 * @param selection      thresholds of the three-tier feature selection
 * @param varianceShare  PCA keeps the fewest components whose cumulative share of the variance exceeds this
 * @param kMax           largest K of the scan (K = 2 … kMax, chosen by the highest mean silhouette)
 * @param fixedK         0 = scan; otherwise exactly this many clusters
 * @param restarts       k-means++ restarts per K (the best inertia is kept)
 * @param gaussianMixture also fit a Gaussian mixture, K by BIC over 2 … kMax, and report soft memberships
 * @param view           which 2-D views of the PCA scores to compute
 * @param perplexity     t-SNE perplexity (lowered to (n − 1) / 3 for small sets)
 * @param tsneIterations t-SNE gradient-descent iterations
 * @param umapNeighbours UMAP neighbourhood size
 * @param typicalPatches how many patches closest to each centroid the summary and the montage show
 * @param seed           one seed for every random step (selection's provisional clustering, k-means, GMM, views)
 */
public record ClusterSettings(DifferenceFilter filter, int anmWindow, SelectionSettings selection, double varianceShare, int kMax, int fixedK, int restarts,
	boolean gaussianMixture, View view, double perplexity, int tsneIterations, int umapNeighbours, int typicalPatches, long seed) {

	/** The 2-D views of the PCA scores. */
	public enum View { TSNE, UMAP, BOTH, NONE;

		public boolean tsne() { return this == TSNE || this == BOTH; }

		public boolean umap() { return this == UMAP || this == BOTH; }
	}

	public static final double DEFAULT_VARIANCE_SHARE = 0.95;
	public static final int DEFAULT_KMAX = 10;
	public static final int DEFAULT_RESTARTS = 10;
	public static final double DEFAULT_PERPLEXITY = 30;
	public static final int DEFAULT_TSNE_ITERATIONS = 1000;
	public static final int DEFAULT_UMAP_NEIGHBOURS = 15;
	public static final int DEFAULT_TYPICAL_PATCHES = 8;
	public static final long DEFAULT_SEED = 42;

	public ClusterSettings {
		if (anmWindow < 1) throw new IllegalArgumentException("The ANM window must be at least 1 px, got " + anmWindow);
		if (!(varianceShare > 0 && varianceShare <= 1)) throw new IllegalArgumentException("The PCA variance share must lie in (0, 1], got " + varianceShare);
		if (kMax < 2) throw new IllegalArgumentException("Kmax must be at least 2, got " + kMax);
		if (fixedK != 0 && fixedK < 2) throw new IllegalArgumentException("K must be at least 2 (or 0 to choose it by silhouette), got " + fixedK);
		if (restarts < 1) throw new IllegalArgumentException("k-means needs at least 1 restart, got " + restarts);
		if (!(perplexity > 0)) throw new IllegalArgumentException("The t-SNE perplexity must be positive, got " + perplexity);
		if (tsneIterations < 1) throw new IllegalArgumentException("t-SNE needs at least 1 iteration, got " + tsneIterations);
		if (umapNeighbours < 2) throw new IllegalArgumentException("UMAP needs at least 2 neighbours, got " + umapNeighbours);
		if (typicalPatches < 1) throw new IllegalArgumentException("Show at least 1 typical patch per cluster, got " + typicalPatches);
		if (view == null) view = View.TSNE;
	}

	public static ClusterSettings defaults() {
		return new ClusterSettings(DifferenceFilter.forPatches(), PatchAnalyzer.DEFAULT_ANM_WINDOW, SelectionSettings.defaults(), DEFAULT_VARIANCE_SHARE, DEFAULT_KMAX, 0,
			DEFAULT_RESTARTS, false, View.TSNE, DEFAULT_PERPLEXITY, DEFAULT_TSNE_ITERATIONS, DEFAULT_UMAP_NEIGHBOURS, DEFAULT_TYPICAL_PATCHES, DEFAULT_SEED);
	}

	/** The K range scanned: {@code [fixedK, fixedK]} or {@code [2, kMax]}. */
	public int kMin() { return fixedK > 0 ? fixedK : 2; }

	public int kMaxScanned() { return fixedK > 0 ? fixedK : kMax; }

	public ClusterSettings withK(int kMax, int fixedK) { return toBuilder().kMax(kMax).fixedK(fixedK).build(); }

	/** The seed of every step, the selection's provisional clustering included. */
	public ClusterSettings withSeed(long seed) {
		SelectionSettings s = new SelectionSettings(selection.maxCorrelation(), selection.minSilhouette(), selection.minVariance(), selection.provisionalK(), seed);
		return toBuilder().selection(s).seed(seed).build();
	}

	public ClusterSettings withSelection(SelectionSettings selection) { return toBuilder().selection(selection).build(); }

	public ClusterSettings withVarianceShare(double share) { return toBuilder().varianceShare(share).build(); }

	public ClusterSettings withGaussianMixture(boolean gmm) { return toBuilder().gaussianMixture(gmm).build(); }

	public ClusterSettings withView(View view, double perplexity, int tsneIterations, int umapNeighbours) {
		return toBuilder().view(view).perplexity(perplexity).tsneIterations(tsneIterations).umapNeighbours(umapNeighbours).build();
	}

	public ClusterSettings withFilter(DifferenceFilter filter, int anmWindow) { return toBuilder().filter(filter).anmWindow(anmWindow).build(); }

	public ClusterSettings withRestarts(int restarts) { return toBuilder().restarts(restarts).build(); }

	private Builder toBuilder() { return new Builder(this); }

	/** A copy with a few settings changed; the record's constructor checks the result. */
	private static final class Builder {
		private DifferenceFilter filter;
		private SelectionSettings selection;
		private View view;
		private int anmWindow, kMax, fixedK, restarts, tsneIterations, umapNeighbours, typicalPatches;
		private double varianceShare, perplexity;
		private boolean gaussianMixture;
		private long seed;

		private Builder(ClusterSettings s) {
			filter = s.filter; anmWindow = s.anmWindow; selection = s.selection; varianceShare = s.varianceShare; kMax = s.kMax; fixedK = s.fixedK; restarts = s.restarts;
			gaussianMixture = s.gaussianMixture; view = s.view; perplexity = s.perplexity; tsneIterations = s.tsneIterations; umapNeighbours = s.umapNeighbours;
			typicalPatches = s.typicalPatches; seed = s.seed;
		}

		Builder filter(DifferenceFilter v) { filter = v; return this; }
		Builder anmWindow(int v) { anmWindow = v; return this; }
		Builder selection(SelectionSettings v) { selection = v; return this; }
		Builder varianceShare(double v) { varianceShare = v; return this; }
		Builder kMax(int v) { kMax = v; return this; }
		Builder fixedK(int v) { fixedK = v; return this; }
		Builder restarts(int v) { restarts = v; return this; }
		Builder gaussianMixture(boolean v) { gaussianMixture = v; return this; }
		Builder view(View v) { view = v; return this; }
		Builder perplexity(double v) { perplexity = v; return this; }
		Builder tsneIterations(int v) { tsneIterations = v; return this; }
		Builder umapNeighbours(int v) { umapNeighbours = v; return this; }
		Builder seed(long v) { seed = v; return this; }

		ClusterSettings build() {
			return new ClusterSettings(filter, anmWindow, selection, varianceShare, kMax, fixedK, restarts, gaussianMixture, view, perplexity, tsneIterations, umapNeighbours,
				typicalPatches, seed);
		}
	}
}
