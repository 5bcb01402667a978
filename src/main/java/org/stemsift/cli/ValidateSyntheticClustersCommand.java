package org.stemsift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.cluster.ClusterFiles;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.validation.SyntheticClusterSamples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "synthetic-clusters", mixinStandardHelpOptions = true,
	description = { "Cluster 128 synthetic patches centred on planted vacancies, substitutions, displacements and interstitials (as the test",
		"SyntheticClusteringTest): trains three small CVAEs (seeds 1, 2, 3) on the defect-free lattice, prints ARI and NMI against the defect",
		"kinds for K = 4 and for K by silhouette with each, and the mean ARI, and writes the cluster files of the K = 4 runs (with the t-SNE",
		"view) to --out/seed-<seed>." })
final class ValidateSyntheticClustersCommand implements Callable<Integer> {

	@Option(names = { "--out", "-o" }, defaultValue = "synthetic-clusters", description = "Output folder (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--min-silhouette", description = "Selection tier 2 limit; -1 = off (default: -1; 0 is the paper's tier, for comparison)")
	double minSilhouette = SelectionSettings.defaults().minSilhouette();

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		SelectionSettings d = SelectionSettings.defaults();
		SelectionSettings selection = new SelectionSettings(d.maxCorrelation(), minSilhouette, d.minVariance(), d.provisionalK(), d.seed());
		SyntheticClusterSamples.Validation v = SyntheticClusterSamples.validate(ClusterSettings.defaults().view(), selection, engine.progress());
		for (SyntheticClusterSamples.Run run : v.runs()) ClusterFiles.write(run.fixedK(), out.resolve("seed-" + run.trainingSeed()));
		System.out.print(v.report());
		System.out.println("Cluster files of the K = " + SyntheticClusterSamples.KINDS + " runs in " + out.toAbsolutePath().resolve("seed-<training seed>"));
		return 0;
	}
}
