package org.stemsift.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stemsift.evaluate.ClusterAgreement;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.TrainingSettings;
import org.stemsift.validation.SyntheticClusterSamples;

/**
 * The clustering validation on synthetic data: patches centred on planted vacancies, brighter substitutions,
 * displacements and interstitials, plus bulk patches, are clustered without labels; the partition must agree with the
 * defect kinds (adjusted Rand index ≥ 0.8). A small CVAE (32 px patches) trained for a few epochs keeps this short.
 */
class SyntheticClusteringTest {

	static final int PATCH = 32;

	@Test
	void plantedDefectKindsAreFoundWithoutLabels() {
		SyntheticClusterSamples.Sample sample = SyntheticClusterSamples.generate(4, 320, 10, 8, PATCH, 11);
		assertEquals(4 * 8 * SyntheticClusterSamples.GROUPS.size(), sample.patches().count());
		TrainingSettings training = TrainingSettings.defaults().withArchitecture(CvaeArchitecture.standard(PATCH, 8).slimmed(4)).withEpochs(6).withCropsPerEpoch(512)
			.withSeed(3);
		ClusterSettings settings = ClusterSettings.defaults().withView(ClusterSettings.View.NONE, 30, 1000, 15);
		ClusterResult result;
		try (CvaeModel model = new CvaeTrainer(training, null).train(sample.reference(), null).model()) {
			result = new ClusterPipeline(settings).run(sample.patches(), model, null);
		}
		double ari = ClusterAgreement.adjustedRandIndex(sample.labels(), result.labels());
		System.out.printf(Locale.ROOT, "Synthetic clustering: K = %d (truth %d), ARI %.3f, NMI %.3f%n%s", result.k(), SyntheticClusterSamples.GROUPS.size(), ari,
			ClusterAgreement.normalizedMutualInformation(sample.labels(), result.labels()), ClusterTables.summaryText(result));
		assertTrue(ari >= 0.8, "ARI " + ari);
	}
}
