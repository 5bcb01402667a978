package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.stemsift.evaluate.ClusterAgreement;

/** The 2-D views keep well-separated groups apart and are reproducible with the same seed. */
class EmbeddingTest {

	/** {@code k} Gaussian blobs (unit spread, centres ~N(0, 10²)) in {@code d} dimensions; truth[i] = i mod k. */
	static double[][] blobs(int n, int d, int k, long seed, int[] truth) {
		Random r = new Random(seed);
		double[][] centres = new double[k][d];
		for (double[] c : centres) for (int j = 0; j < d; j++) c[j] = r.nextGaussian() * 10;
		double[][] x = new double[n][d];
		for (int i = 0; i < n; i++) {
			truth[i] = i % k;
			for (int j = 0; j < d; j++) x[i][j] = centres[truth[i]][j] + r.nextGaussian();
		}
		return x;
	}

	@Test
	void tsneKeepsSeparatedGroupsApartAndIsReproducible() {
		int[] truth = new int[400];
		double[][] x = blobs(400, 10, 5, 1, truth);
		double[][] y = Embedding.tsne(x, 30, 500, 7);
		assertEquals(400, y.length);
		assertEquals(2, y[0].length);
		double ari = ClusterAgreement.adjustedRandIndex(truth, KMeans.fit(y, 5, 10, 1).labels());
		assertTrue(ari >= 0.95, "ARI of k-means on the embedding: " + ari);
		double[][] again = Embedding.tsne(x, 30, 500, 7);
		for (int i = 0; i < y.length; i++) assertArrayEquals(y[i], again[i], "sample " + i);
	}

	@Test
	void umapKeepsSeparatedGroupsApartAndIsReproducible() {
		int[] truth = new int[400];
		double[][] x = blobs(400, 10, 5, 2, truth);
		double[][] y = Embedding.umap(x, 15, 3);
		assertEquals(400, y.length);
		double ari = ClusterAgreement.adjustedRandIndex(truth, KMeans.fit(y, 5, 10, 1).labels());
		assertTrue(ari >= 0.95, "ARI of k-means on the embedding: " + ari);
		double[][] again = Embedding.umap(x, 15, 3);
		for (int i = 0; i < y.length; i++) assertArrayEquals(y[i], again[i], "sample " + i);
		assertThrows(IllegalArgumentException.class, () -> Embedding.umap(x, 1, 3));
	}

	@Test
	void tsneRejectsTooLargePerplexity() {
		int[] truth = new int[20];
		double[][] x = blobs(20, 3, 2, 1, truth);
		assertThrows(IllegalArgumentException.class, () -> Embedding.tsne(x, 30, 100, 1));
	}

	@Test
	void nearestNeighboursAreTheSmallestInOrder() {
		double[] v = { 5, 1, 3, 1, 9, 0, 7 };
		assertArrayEquals(new int[] { 5, 1, 3, 2 }, NearestNeighbours.smallest(v, 4));
		assertArrayEquals(new int[] { 5, 1, 3, 2, 0, 6, 4 }, NearestNeighbours.smallest(v, 7));
	}
}
