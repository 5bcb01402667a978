package org.stemsift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.io.AtomicFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.validation.PriftiClustering;
import org.stemsift.validation.PriftiValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "prifti-clusters", mixinStandardHelpOptions = true,
	description = { "Cluster the bulk test set and the six defect sets of Prifti et al. (7 x 1,000 SrTiO3 patches) together without labels;",
		"print ARI and NMI against the true groups for the CVAE pipeline and for raw pixels + PCA + the same k-means.",
		"Trains a model on the training set (train-cvae defaults) unless --model is given." })
final class ValidatePriftiClustersCommand implements Callable<Integer> {

	@Option(names = "--data", required = true, description = "Folder with the Prifti et al. .npy sets")
	Path data;

	@Option(names = { "--model", "-m" }, description = "Use this model instead of training one")
	Path model;

	@Option(names = { "--out", "-o" }, defaultValue = "prifti-validation", description = "Output folder (default: ${DEFAULT-VALUE})")
	Path out;

	@Mixin
	ClusterOptions clustering;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		Files.createDirectories(out);
		Path modelFile = model != null ? model : out.resolve("prifti-cvae" + ModelFiles.EXTENSION);
		// the defaults of train-cvae (and of validate prifti): --seed here is the clustering's
		if (model == null) picocli.CommandLine.populateCommand(new TrainingOptions()).trainOnPatches(data.resolve(PriftiValidation.TRAINING_SET), modelFile, engine.progress());
		ClusterSettings settings = clustering.settings();
		if (settings.view() != ClusterSettings.View.NONE) settings = settings.withView(ClusterSettings.View.NONE, settings.perplexity(), settings.tsneIterations(), settings.umapNeighbours());
		ClusterPipeline pipeline = new ClusterPipeline(settings);
		PriftiClustering.Data all = PriftiClustering.read(data);
		List<PriftiClustering.Score> scores = new ArrayList<>();
		try (CvaeModel cvae = ModelFiles.loadCvae(modelFile)) {
			scores.addAll(PriftiClustering.cvaePipeline(all, pipeline, cvae, out, engine.progress()));
		}
		scores.addAll(PriftiClustering.rawPixelBaseline(all, pipeline, engine.progress()));
		String report = String.format("%nClustering %d Prifti et al. patches in %d true groups (%s), K scanned 2..%d:%n%n%s", all.truth().length,
			PriftiClustering.groups().size(), String.join(", ", PriftiClustering.groups()), settings.kMax(), PriftiClustering.table(scores));
		AtomicFiles.writeString(out.resolve("prifti-clusters.md"), report);
		System.out.print(report);
		return 0;
	}
}
