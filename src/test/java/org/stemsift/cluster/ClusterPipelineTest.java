package org.stemsift.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.FeatureTable;
import org.stemsift.core.PatchStack;
import org.stemsift.evaluate.ClusterAgreement;

/** The steps after the features on tables with known structure, and the messages for bad tables. */
class ClusterPipelineTest {

	static final ClusterSettings SETTINGS = ClusterSettings.defaults().withK(6, 0).withView(ClusterSettings.View.NONE, 30, 1000, 15);

	/** n patches (blank images named p0, p1, …) with the given feature rows. */
	static PatchStack patches(int n) {
		String[] names = new String[n];
		for (int i = 0; i < n; i++) names[i] = "p" + i + ".tif";
		return new PatchStack(n, 4, 4, new float[n * 16], names);
	}

	static FeatureTable table(double[][] values) {
		int d = values[0].length;
		List<String> names = new java.util.ArrayList<>();
		for (int j = 0; j < d; j++) names.add("f" + j);
		return new FeatureTable(names, Collections.nCopies(d, FeatureFamily.INTENSITY), Collections.nCopies(d, "test feature"), values);
	}

	/** Three groups of 40, 25 and 15 patches around distinct centres in 4 independent features. */
	@Test
	void threePlantedGroupsAreFoundLargestFirst() {
		Planted p = planted();
		ClusterResult r = new ClusterPipeline(SETTINGS).cluster(patches(p.truth.length), table(p.values), null);
		assertEquals(3, r.k(), "K by silhouette");
		assertEquals(1.0, ClusterAgreement.adjustedRandIndex(p.truth, r.labels()), 1e-12);
		assertEquals(List.of(40, 25, 15), List.of(r.size(0), r.size(1), r.size(2)), "clusters numbered by size");
		int typical = r.typical(0, 1)[0];
		assertEquals(1, p.truth[typical], "the most typical patch of the largest cluster belongs to the largest group");
		assertEquals(5, r.clustering().rows().size(), "K = 2..6 scanned");
		assertTrue(ClusterTables.summaryText(r).contains("80 patches in 3 clusters"));
	}

	@Test
	void gaussianMixtureAndBothViewsAreReported() {
		Planted p = planted();
		ClusterSettings s = SETTINGS.withGaussianMixture(true).withView(ClusterSettings.View.BOTH, 10, 300, 10);
		ClusterResult r = new ClusterPipeline(s).cluster(patches(p.truth.length), table(p.values), null);
		assertEquals(3, r.mixture().components(), "K by BIC");
		assertEquals(1.0, ClusterAgreement.adjustedRandIndex(p.truth, r.mixture().labels()), 1e-12);
		for (double[] m : r.mixture().memberships()) assertEquals(1.0, java.util.Arrays.stream(m).sum(), 1e-9);
		assertEquals(p.truth.length, r.tsne().length);
		assertEquals(2, r.umap()[0].length);
		List<String> columns = ClusterTables.patches(r).columns();
		assertTrue(columns.containsAll(List.of("gmm_cluster", "gmm_p1", "gmm_p3", "tsne_x", "tsne_y", "umap_x", "umap_y", "pc1", "f0", "f3")), columns.toString());
		assertEquals(List.of("file", "cluster", "silhouette"), columns.subList(0, 3));
	}

	record Planted(double[][] values, int[] truth) {}

	static Planted planted() {
		int[] sizes = { 15, 40, 25 };
		double[][] centres = { { 0, 0, 0, 0 }, { 8, 0, 8, 0 }, { 0, 8, 0, 8 } };
		SplittableRandom random = new SplittableRandom(5);
		int n = 80;
		double[][] values = new double[n][4];
		int[] truth = new int[n];
		for (int i = 0, g = 0, left = sizes[0]; i < n; i++, left--) {
			if (left == 0) left = sizes[++g];
			truth[i] = g;
			for (int j = 0; j < 4; j++) values[i][j] = centres[g][j] + random.nextGaussian();
		}
		return new Planted(values, truth);
	}

	@Test
	void aNonFiniteFeatureNamesThePatchAndTheFeature() {
		double[][] values = new double[10][2];
		for (int i = 0; i < 10; i++) values[i] = new double[] { i, i * i };
		values[7][1] = Double.NaN;
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ClusterPipeline(SETTINGS).cluster(patches(10), table(values), null));
		assertTrue(e.getMessage().contains("'f1'") && e.getMessage().contains("'p7.tif'"), e.getMessage());
	}

	@Test
	void constantFeaturesAreAClearError() {
		double[][] values = new double[10][3];
		for (double[] row : values) java.util.Arrays.fill(row, 2.5);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClusterPipeline(SETTINGS).cluster(patches(10), table(values), null));
		assertTrue(e.getMessage().contains("constant") || e.getMessage().contains("removed all"), e.getMessage());
	}

	@Test
	void fewerPatchesThanKmaxSaysWhatToChange() {
		double[][] values = new double[5][1];
		for (int i = 0; i < 5; i++) values[i][0] = i;
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClusterPipeline(SETTINGS).cluster(patches(5), table(values), null));
		assertTrue(e.getMessage().contains("Only 5 patches") && e.getMessage().contains("lower Kmax to 4"), e.getMessage());
		IllegalArgumentException fixed = assertThrows(IllegalArgumentException.class,
			() -> new ClusterPipeline(SETTINGS.withK(10, 5)).cluster(patches(5), table(values), null));
		assertTrue(fixed.getMessage().contains("choose K of at most 4"), fixed.getMessage());
	}
}
