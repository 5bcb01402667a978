package org.stemsift.fiji;

import ij.ImagePlus;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;
import org.scijava.widget.FileWidget;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.cluster.ClusterFiles;
import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterPlots;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.cluster.ClusterTables;
import org.stemsift.cluster.feature.PatchFeatures;
import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.core.PatchStack;
import org.stemsift.model.CvaeModel;

/**
 * Plugins › STEMsift › Cluster Patches…: sorts the slices of a patch stack into defect types without labels (CVAE
 * difference images → features → three-tier selection → PCA → k-means). One row per patch in the Results table
 * (file, cluster, silhouette, …, every feature); the per-cluster summary and the selection report as tables; the
 * silhouette-versus-K plot, the t-SNE / UMAP scatter and the montage of typical patches as images. Features come from
 * the application's plugins, so third-party features take part.
 */
@Plugin(type = Command.class, menuPath = "Plugins>STEMsift>Cluster Patches...", label = "Cluster Patches", headless = true)
public class ClusterPatchesPlugin extends StemsiftCommand {

	@Parameter(label = "Patch stack")
	ImagePlus patches;

	@Parameter(label = "Model file", style = FileWidget.OPEN_STYLE)
	File model;

	@Parameter(label = "Largest K of the scan (Kmax)", min = "2")
	int kmax = ClusterSettings.DEFAULT_KMAX;

	@Parameter(label = "Fixed K (0 = by the highest mean silhouette)", min = "0")
	int k = 0;

	@Parameter(label = "Random seed")
	long seed = ClusterSettings.DEFAULT_SEED;

	@Parameter(label = "PCA variance share", min = "0.01", max = "1")
	double variance = ClusterSettings.DEFAULT_VARIANCE_SHARE;

	@Parameter(label = "Also fit a Gaussian mixture (K by BIC)")
	boolean gmm = false;

	@Parameter(label = "2-D view", choices = { "t-SNE", "UMAP", "both", "none" })
	String view = "t-SNE";

	@Parameter(label = "Selection: maximum |correlation|", min = "0.01", max = "1")
	double maxcorrelation = SelectionSettings.defaults().maxCorrelation();

	@Parameter(label = "Selection: minimum silhouette", min = "-1", max = "0.99")
	double minsilhouette = SelectionSettings.defaults().minSilhouette();

	@Parameter(label = "Selection: minimum scaled variance", min = "0")
	double minvariance = SelectionSettings.defaults().minVariance();

	@Parameter(label = "Show plots and montage")
	boolean showplots = true;

	@Parameter(label = "Save results to folder (optional)", style = FileWidget.DIRECTORY_STYLE, required = false, persist = false)
	File outputfolder;

	@Parameter(label = "Clusters", type = ItemIO.OUTPUT)
	int clusterCount;

	@Parameter
	PluginService plugins;

	@Override
	protected void execute() throws IOException {
		PatchStack stack = ImagePlusBridge.toPatchStack(patches);
		ClusterPipeline pipeline = new ClusterPipeline(settings(), PatchFeatures.from(plugins));
		try (CvaeModel cvae = models.loadCvae(model); TaskProgress progress = progress("Cluster patches")) {
			ClusterResult result = pipeline.run(stack, cvae, progress);
			clusterCount = result.k();
			ResultsPublisher.show(ClusterTables.summary(result), "Cluster summary");
			ResultsPublisher.show(ClusterTables.selection(result), "Feature selection");
			ResultsPublisher.show(ClusterTables.patches(result), "Results");
			if (showplots) {
				ResultsPublisher.show(ClusterPlots.silhouetteVersusK(result).getImagePlus());
				if (result.tsne() != null) ResultsPublisher.show(ClusterPlots.scatter(result, result.tsne(), "t-SNE").getImagePlus());
				if (result.umap() != null) ResultsPublisher.show(ClusterPlots.scatter(result, result.umap(), "UMAP").getImagePlus());
				ResultsPublisher.show(ClusterPlots.montage(result));
			}
			if (outputfolder != null) ClusterFiles.write(result, outputfolder.toPath());
			if (log != null) log.info("STEMsift: " + ClusterTables.selectionReport(result) + ClusterTables.summaryText(result));
		}
	}

	ClusterSettings settings() {
		ClusterSettings.View v = switch (view.toLowerCase(Locale.ROOT)) {
			case "umap" -> ClusterSettings.View.UMAP;
			case "both" -> ClusterSettings.View.BOTH;
			case "none" -> ClusterSettings.View.NONE;
			default -> ClusterSettings.View.TSNE;
		};
		SelectionSettings d = SelectionSettings.defaults();
		ClusterSettings s = ClusterSettings.defaults();
		return s.withSelection(new SelectionSettings(maxcorrelation, minsilhouette, minvariance, d.provisionalK(), seed)).withK(kmax, k).withVarianceShare(variance)
			.withGaussianMixture(gmm).withView(v, s.perplexity(), s.tsneIterations(), s.umapNeighbours()).withSeed(seed);
	}
}
