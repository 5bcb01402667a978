package org.stemsift.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stemsift.cluster.ClusterFiles;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.evaluate.ClusterAgreement;
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

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		SyntheticClusterSamples.Validation v = SyntheticClusterSamples.validate(ClusterSettings.defaults().view(), engine.progress());
		int[] truth = v.sample().labels();
		for (SyntheticClusterSamples.Run run : v.runs()) {
			ClusterFiles.write(run.fixedK(), out.resolve("seed-" + run.trainingSeed()));
			for (ClusterResult r : new ClusterResult[] { run.fixedK(), run.scannedK() })
				System.out.printf(Locale.ROOT, "training seed %d, K = %d (%s): ARI %.3f, NMI %.3f%n", run.trainingSeed(), r.k(), r == run.fixedK() ? "the number of kinds" : "by silhouette",
					ClusterAgreement.adjustedRandIndex(truth, r.labels()), ClusterAgreement.normalizedMutualInformation(truth, r.labels()));
		}
		System.out.printf(Locale.ROOT, "mean ARI with K = %d over %d trained models: %.3f%n", SyntheticClusterSamples.KINDS, v.runs().size(), v.meanFixedKAri());
		System.out.println("Cluster files of the K = " + SyntheticClusterSamples.KINDS + " runs in " + out.toAbsolutePath().resolve("seed-<training seed>"));
		return 0;
	}
}
