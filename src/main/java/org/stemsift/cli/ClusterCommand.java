package org.stemsift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stemsift.cluster.ClusterFiles;
import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.ClusterTables;
import org.stemsift.core.PatchStack;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cluster", mixinStandardHelpOptions = true,
	description = { "Sort patches into defect types without labels (Ayyubi et al.): CVAE difference images -> features -> three-tier selection -> PCA -> k-means.",
		"Writes clusters.csv (file, cluster, silhouette, ..., PCA scores, every feature), features.csv, selection.csv/.txt, summary.csv, k_scan.csv,",
		"silhouette_vs_k.png, tsne.png and montage.png." })
final class ClusterCommand implements Callable<Integer> {

	@Option(names = { "--model", "-m" }, required = true, description = "CVAE model file from train-cvae, trained on bulk of the same material")
	Path model;

	@Option(names = { "--patches", "-p" }, required = true, description = "Patches: a folder of images (TIFF, PNG, JPEG), a TIFF stack or a 3-D .npy, of the model's patch size")
	Path patches;

	@Option(names = { "--out", "-o" }, required = true, description = "Output folder (created if missing)")
	Path out;

	@Mixin
	ClusterOptions options;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		ClusterPipeline pipeline = new ClusterPipeline(options.settings());
		List<String> warnings = new ArrayList<>();
		PatchStack stack = ImageFiles.readPatches(patches, warnings);
		warnings.forEach(w -> System.err.println("warning: " + w));
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			ClusterResult result = pipeline.run(stack, cvae, engine.progress());
			ClusterFiles.write(result, out);
			System.out.print(ClusterTables.selectionReport(result));
			System.out.print(ClusterTables.summaryText(result));
			System.out.print(timings(result));
			System.out.println("Results in " + out.toAbsolutePath());
		}
		return 0;
	}

	static String timings(ClusterResult r) {
		StringBuilder s = new StringBuilder("Time:");
		r.stageSeconds().forEach((stage, seconds) -> s.append(String.format(Locale.ROOT, " %s %.2f s,", stage, seconds)));
		return s.append(String.format(Locale.ROOT, " total %.2f s%n", r.totalSeconds())).toString();
	}
}
