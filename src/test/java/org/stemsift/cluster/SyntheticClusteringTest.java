package org.stemsift.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.validation.SyntheticClusterSamples;

/**
 * The clustering validation on synthetic data: 128 patches centred on planted vacancies, brighter substitutions,
 * displacements and interstitials (32 of each, from four triangular-lattice images) are clustered without labels into
 * as many clusters as there are kinds, with the features of three independently trained small CVAEs (32 px patches,
 * channels ÷ 4); the partitions must agree with the kinds: mean adjusted Rand index ≥ 0.8. The K chosen by
 * silhouette over 2..10 on the same features is printed, not asserted: it splits some kinds further.
 */
class SyntheticClusteringTest {

	static final int KINDS = SyntheticClusterSamples.KINDS;

	@Test
	void plantedDefectKindsAreFoundWithoutLabels() {
		SyntheticClusterSamples.Validation v = SyntheticClusterSamples.validate(ClusterSettings.View.NONE, SelectionSettings.defaults(), null);
		SyntheticClusterSamples.Sample sample = v.sample();
		assertEquals(4 * 8 * KINDS, sample.patches().count());
		for (int kind = 1; kind <= KINDS; kind++) {
			int k = kind;
			assertEquals(32, java.util.Arrays.stream(sample.labels()).filter(l -> l == k).count(), "32 patches of " + SyntheticClusterSamples.GROUPS.get(k));
		}
		assertEquals(SyntheticClusterSamples.TRAINING_SEEDS.size(), v.runs().size());
		for (SyntheticClusterSamples.Run run : v.runs()) assertEquals(KINDS, run.fixedK().k());
		System.out.print(v.report());
		System.out.print(ClusterTables.selectionReport(v.runs().get(0).fixedK()));
		assertTrue(v.meanFixedKAri() >= 0.8, "mean ARI " + v.meanFixedKAri());
	}
}
