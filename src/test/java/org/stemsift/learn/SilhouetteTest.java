package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Per-sample silhouettes equal scikit-learn's silhouette_samples, including a singleton cluster. */
class SilhouetteTest {

	static final JsonObject BLOBS = Fixtures.cluster("cluster_blobs.json");
	static final double[][] X = Fixtures.rows(BLOBS.getAsJsonArray("x"));

	@Test
	void samplesEqualScikitLearn() {
		JsonObject labelings = BLOBS.getAsJsonObject("labelings"), expected = BLOBS.getAsJsonObject("silhouette");
		for (String name : labelings.keySet()) {
			int[] labels = Fixtures.ints(labelings.getAsJsonArray(name));
			double[] want = Fixtures.doubles(expected.getAsJsonArray(name));
			double[] got = Silhouette.samples(X, labels);
			double meanWant = 0;
			for (int i = 0; i < want.length; i++) {
				assertEquals(want[i], got[i], 1e-9, name + ", sample " + i);
				meanWant += want[i] / want.length;
			}
			assertEquals(meanWant, Silhouette.mean(X, labels), 1e-9, name);
		}
	}

	@Test
	void singletonClusterGivesZero() {
		int[] labels = Fixtures.ints(BLOBS.getAsJsonObject("labelings").getAsJsonArray("singleton"));
		assertEquals(0.0, Silhouette.samples(X, labels)[17]);
	}

	@Test
	void rejectsOneClusterOrAllSingletons() {
		double[][] x = { { 0 }, { 1 }, { 2 } };
		assertThrows(IllegalArgumentException.class, () -> Silhouette.samples(x, new int[] { 4, 4, 4 }));
		assertThrows(IllegalArgumentException.class, () -> Silhouette.samples(x, new int[] { 0, 1, 2 }));
		assertThrows(IllegalArgumentException.class, () -> Silhouette.samples(x, new int[] { 0, 1 }));
	}
}
