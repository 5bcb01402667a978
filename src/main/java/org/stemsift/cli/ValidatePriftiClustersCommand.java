package org.stemsift.cli;

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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "prifti-clusters", mixinStandardHelpOptions = true,
	description = { "Cluster the bulk test set and the six defect sets of Prifti et al. (7 x 1,000 SrTiO3 patches) together without labels;",
		"print ARI and NMI against the true groups for the CVAE pipeline and for raw pixels + PCA + the same k-means.",
		"Trains a model on the training set (train-cvae defaults) unless --model is given." })
final class ValidatePriftiClustersCommand implements Callable<Integer> {

	@Mixin
	PriftiDataOptions prifti;

	@Mixin
	ClusterOptions clustering;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		// the defaults of train-cvae (and of validate prifti): --seed here is the clustering's
		Path modelFile = prifti.modelFile(picocli.CommandLine.populateCommand(new TrainingOptions()), engine.progress());
		ClusterSettings settings = clustering.settings();
		if (settings.view() != ClusterSettings.View.NONE) settings = settings.withView(ClusterSettings.View.NONE, settings.perplexity(), settings.tsneIterations(), settings.umapNeighbours());
		ClusterPipeline pipeline = new ClusterPipeline(settings);
		PriftiClustering.Data all = PriftiClustering.read(prifti.data);
		List<PriftiClustering.Score> scores = new ArrayList<>();
		try (CvaeModel cvae = ModelFiles.loadCvae(modelFile)) {
			scores.addAll(PriftiClustering.cvaePipeline(all, pipeline, cvae, prifti.out, engine.progress()));
		}
		scores.addAll(PriftiClustering.rawPixelBaseline(all, pipeline, engine.progress()));
		String report = String.format("%nClustering %d Prifti et al. patches in %d true groups (%s), K scanned 2..%d:%n%n%s", all.truth().length,
			PriftiClustering.groups().size(), String.join(", ", PriftiClustering.groups()), settings.kMax(), PriftiClustering.table(scores));
		AtomicFiles.writeString(prifti.out.resolve("prifti-clusters.md"), report);
		System.out.print(report);
		return 0;
	}
}
