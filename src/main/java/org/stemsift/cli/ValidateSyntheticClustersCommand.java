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
		"SyntheticClusteringTest): trains a small CVAE on the defect-free lattice, prints ARI and NMI against the defect kinds for K = 4 and for",
		"K by silhouette, and writes the cluster files of the K = 4 run (with the t-SNE view) to --out." })
final class ValidateSyntheticClustersCommand implements Callable<Integer> {

	@Option(names = { "--out", "-o" }, defaultValue = "synthetic-clusters", description = "Output folder (default: ${DEFAULT-VALUE})")
	Path out;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		SyntheticClusterSamples.Validation v = SyntheticClusterSamples.validate(ClusterSettings.defaults().view(), engine.progress());
		SyntheticClusterSamples.Sample sample = v.sample();
		ClusterResult fixed = v.fixedK(), scanned = v.scannedK();
		ClusterFiles.write(fixed, out);
		for (ClusterResult r : new ClusterResult[] { fixed, scanned })
			System.out.printf(Locale.ROOT, "K = %d (%s): ARI %.3f, NMI %.3f%n", r.k(), r == fixed ? "the number of kinds" : "by silhouette",
				ClusterAgreement.adjustedRandIndex(sample.labels(), r.labels()), ClusterAgreement.normalizedMutualInformation(sample.labels(), r.labels()));
		System.out.println("Cluster files of the K = " + SyntheticClusterSamples.KINDS + " run in " + out.toAbsolutePath());
		return 0;
	}
}
