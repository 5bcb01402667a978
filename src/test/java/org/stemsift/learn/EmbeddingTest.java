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
	void barnesHutTsneAboveTheExactLimitKeepsGroupsApart() {
		int n = Tsne.EXACT_LIMIT + 100;
		int[] truth = new int[n];
		double[][] x = blobs(n, 8, 4, 5, truth);
		double[][] y = Embedding.tsne(x, 30, 300, 2);
		double ari = ClusterAgreement.adjustedRandIndex(truth, KMeans.fit(y, 4, 10, 1).labels());
		assertTrue(ari >= 0.95, "ARI of k-means on the Barnes-Hut embedding: " + ari);
	}

	@Test
	void quadTreeSumsEqualExactOnesAtThetaZeroAndApproximateThemAtOneHalf() {
		Random r = new Random(3);
		int n = 500;
		double[] xs = new double[n], ys = new double[n];
		for (int i = 0; i < n; i++) { xs[i] = r.nextGaussian() * 5 + (i % 2) * 20; ys[i] = r.nextGaussian() * 5; }
		xs[7] = xs[8]; ys[7] = ys[8]; // coincident points share a leaf
		QuadTree tree = new QuadTree(xs, ys);
		int[] stack = new int[tree.stackSize()];
		double[] exact = new double[3], approx = new double[3];
		for (int i = 0; i < n; i += 7) {
			double z = 0, rx = 0, ry = 0, magnitude = 0; // magnitude: sum of the forces' lengths, the scale of the error
			for (int j = 0; j < n; j++) {
				double dx = xs[i] - xs[j], dy = ys[i] - ys[j], q = 1 / (1 + dx * dx + dy * dy);
				z += q; rx += q * q * dx; ry += q * q * dy;
				magnitude += q * q * Math.hypot(dx, dy);
			}
			tree.repulsion(xs[i], ys[i], 0, stack, exact);
			assertEquals(z, exact[0], 1e-12 * z, "sum of q, point " + i);
			assertEquals(rx, exact[1], 1e-12 * Math.abs(z), "x force, point " + i);
			assertEquals(ry, exact[2], 1e-12 * Math.abs(z), "y force, point " + i);
			// the monopole approximation's error shrinks with the opening angle θ
			for (double theta : new double[] { Tsne.THETA, 0.2 }) {
				tree.repulsion(xs[i], ys[i], theta, stack, approx);
				double tolerance = theta == Tsne.THETA ? 0.05 : 0.01;
				assertEquals(z, approx[0], tolerance * z, "approximate sum of q, point " + i + ", theta " + theta);
				assertEquals(0, Math.hypot(rx - approx[1], ry - approx[2]), tolerance * magnitude, "approximate force, point " + i + ", theta " + theta);
			}
		}
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
