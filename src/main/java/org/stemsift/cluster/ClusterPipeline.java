package org.stemsift.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.stemsift.cluster.feature.FeatureTable;
import org.stemsift.cluster.feature.PatchFeatures;
import org.stemsift.cluster.selection.FeatureSelection;
import org.stemsift.cluster.selection.SelectionResult;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.learn.Embedding;
import org.stemsift.learn.GaussianMixture;
import org.stemsift.learn.Pca;
import org.stemsift.learn.Standardizer;
import org.stemsift.model.CvaeModel;
import org.stemsift.progress.Progress;

/**
 * Sorts patches into defect types without labels (Ayyubi et al.): CVAE prediction, difference and filtered
 * difference per patch → features → three-tier selection → standardisation → PCA → k-means for K = 2 … Kmax (K by the
 * highest mean silhouette) or a fixed K → optionally a Gaussian mixture with K by BIC → t-SNE / UMAP views.
 * Every random step uses the settings' seed, so a run reproduces.
 */
public final class ClusterPipeline {

	private final ClusterSettings settings;
	private final PatchFeatures features;

	public ClusterPipeline(ClusterSettings settings, PatchFeatures features) {
		this.settings = settings;
		this.features = features;
	}

	/** With the features on the class path. */
	public ClusterPipeline(ClusterSettings settings) {
		this(settings, PatchFeatures.discover());
	}

	public ClusterSettings settings() { return settings; }

	public ClusterResult run(PatchStack patches, CvaeModel model, Progress progress) {
		Progress p = progress == null ? Progress.NONE : progress;
		KMeansScan.requireEnoughRows(patches.count(), settings.kMin(), settings.kMaxScanned()); // before the slow part
		if (features.features().isEmpty()) throw new IllegalStateException("No patch features are installed: the STEMsift jar is incomplete; reinstall it");
		Stages stages = new Stages();
		PatchAnalyzer.Analysis analysis = stages.time("CVAE prediction", () -> new PatchAnalyzer(model, settings.filter(), settings.anmWindow()).analyse(patches, p));
		FeatureTable table = stages.time("features", () -> features.compute(analysis, p));
		return cluster(patches, table, p, stages);
	}

	/** The steps after the features, for features computed elsewhere. */
	public ClusterResult cluster(PatchStack patches, FeatureTable table, Progress progress) {
		return cluster(patches, table, progress == null ? Progress.NONE : progress, new Stages());
	}

	private ClusterResult cluster(PatchStack patches, FeatureTable table, Progress p, Stages stages) {
		int n = patches.count();
		if (table.patchCount() != n) throw new IllegalArgumentException("The feature table has " + table.patchCount() + " rows for " + n + " patches");
		KMeansScan.requireEnoughRows(n, settings.kMin(), settings.kMaxScanned());
		requireFinite(table, patches);
		List<String> notes = new ArrayList<>();
		p.update("Selecting features", 0, 1);
		SelectionResult selection = stages.time("selection", () -> FeatureSelection.select(table, settings.selection(), p));
		if (selection.kept().isEmpty())
			throw new IllegalArgumentException("Feature selection removed all " + table.featureCount() + " features (see the selection report): the patches may all be "
				+ "alike, or the thresholds too strict; raise the maximum correlation or lower the minimum silhouette or variance");
		double[][] kept = columns(table.values(), selection.keptIndices());
		p.checkCancelled();
		p.update("PCA", 0, 1);
		double[][] standardised = stages.time("PCA", () -> Standardizer.fit(kept).transform(kept));
		Pca pca = stages.time("PCA", () -> Pca.fit(standardised));
		double[] ratio = pca.explainedVarianceRatio();
		if (ratio.length == 0 || ratio[0] <= 0)
			throw new IllegalArgumentException("The patches do not differ in any of the " + selection.kept().size() + " kept features (every one is constant): nothing to cluster");
		int components = pca.componentsFor(settings.varianceShare());
		double[][] scores = stages.time("PCA", () -> pca.transform(standardised, components));
		KMeansScan.Outcome clustering = stages.time("k-means", () -> KMeansScan.run(scores, settings.kMin(), settings.kMaxScanned(), settings.restarts(), settings.seed(), p));
		GaussianMixture mixture = null;
		if (settings.gaussianMixture()) {
			p.checkCancelled();
			p.update("Gaussian mixture", 0, 1);
			mixture = stages.time("Gaussian mixture", () -> settings.fixedK() > 0 ? GaussianMixture.fit(scores, settings.fixedK(), settings.seed())
				: GaussianMixture.bestByBic(scores, 2, settings.kMax(), settings.seed()));
		}
		double[][] tsne = null, umap = null;
		if (settings.view().tsne()) {
			double perplexity = Math.min(settings.perplexity(), (n - 1) / 3.0);
			if (perplexity < settings.perplexity())
				notes.add(String.format(Locale.ROOT, "t-SNE perplexity lowered from %.0f to %.1f: it must stay below a third of the %d patches", settings.perplexity(), perplexity, n));
			p.checkCancelled();
			p.update("t-SNE", 0, 1);
			tsne = stages.time("t-SNE", () -> Embedding.tsne(scores, perplexity, settings.tsneIterations(), settings.seed(), p));
		}
		if (settings.view().umap()) {
			int neighbours = Math.min(settings.umapNeighbours(), n - 1);
			p.checkCancelled();
			p.update("UMAP", 0, 1);
			umap = stages.time("UMAP", () -> Embedding.umap(scores, neighbours, settings.seed(), p));
		}
		p.update("Clustering done", 1, 1);
		return new ClusterResult(settings, patches, table, selection, ratio, scores, clustering, mixture, tsne, umap, stages.seconds, notes);
	}

	/** A feature that is NaN or infinite is a bug in that feature, but the user must learn which patch triggered it. */
	static void requireFinite(FeatureTable table, PatchStack patches) {
		double[][] v = table.values();
		for (int i = 0; i < v.length; i++)
			for (int f = 0; f < v[i].length; f++)
				if (!Double.isFinite(v[i][f]))
					throw new IllegalStateException("Feature '" + table.names().get(f) + "' is " + v[i][f] + " for patch '" + patches.name(i)
						+ "': check that patch (is it blank or saturated?) or remove it, and report the feature as a bug");
	}

	static double[][] columns(double[][] values, int[] keep) {
		double[][] out = new double[values.length][keep.length];
		for (int i = 0; i < values.length; i++)
			for (int j = 0; j < keep.length; j++) out[i][j] = values[i][keep[j]];
		return out;
	}

	/** Wall time of each stage, in the order run. */
	private static final class Stages {
		final Map<String, Double> seconds = new LinkedHashMap<>();

		<T> T time(String stage, Supplier<T> work) {
			long start = System.nanoTime();
			T result = work.get();
			seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
			return result;
		}
	}
}
