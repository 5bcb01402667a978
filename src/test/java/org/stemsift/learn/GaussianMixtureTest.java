package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import org.stemsift.evaluate.ClusterAgreement;

/**
 * Full-covariance mixture on three overlapping, elongated Gaussians: scikit-learn's BIC and likelihood for 1 to 5
 * components, BIC choosing 3, and a better recovery of the planted groups than k-means.
 */
class GaussianMixtureTest {

	static final JsonObject GMM = Fixtures.cluster("cluster_gmm.json");
	static final double[][] X = Fixtures.rows(GMM.getAsJsonArray("x"));
	static final int[] TRUTH = Fixtures.ints(GMM.getAsJsonArray("truth"));

	@Test
	void bicAndLikelihoodEqualScikitLearn() {
		double bic3 = GaussianMixture.fit(X, 3, 3).bic();
		for (int k = 1; k <= 5; k++) {
			GaussianMixture m = GaussianMixture.fit(X, k, 3);
			double bic = GMM.getAsJsonObject("bic").get(Integer.toString(k)).getAsDouble();
			double log = GMM.getAsJsonObject("logLikelihood").get(Integer.toString(k)).getAsDouble();
			if (k <= 3) {
				// one clear optimum: the same fit as scikit-learn's best of 30 starts, up to the stopping rule
				assertEquals(log, m.logLikelihood(), 1e-3, "log-likelihood, k = " + k);
				assertEquals(bic, m.bic(), 1e-3, "BIC, k = " + k);
			} else {
				// surplus components split the groups in many nearly equal ways (local optima differ by ~1 in log L)
				System.out.printf("k = %d: log L %.4f, scikit-learn's best of 30 starts %.4f%n", k, m.logLikelihood(), log);
				assertEquals(log, m.logLikelihood(), 2, "log-likelihood, k = " + k);
				assertTrue(m.bic() > bic3, "BIC of " + k + " components below that of 3");
			}
		}
	}

	@Test
	void bicChoosesThePlantedNumberOfComponents() {
		GaussianMixture best = GaussianMixture.bestByBic(X, 1, 6, 5);
		assertEquals(GMM.get("best").getAsInt(), best.components());
		assertEquals(3, best.components());
	}

	@Test
	void recoversOverlappingAnisotropicGroupsBetterThanKMeans() {
		double gmm = ClusterAgreement.adjustedRandIndex(TRUTH, GaussianMixture.fit(X, 3, 1).labels());
		double kmeans = ClusterAgreement.adjustedRandIndex(TRUTH, KMeans.fit(X, 3, 10, 1).labels());
		System.out.printf("ARI mixture %.4f (scikit-learn %.4f), k-means %.4f (scikit-learn %.4f)%n", gmm, GMM.get("ariGmm3").getAsDouble(), kmeans,
			GMM.get("ariKMeans3").getAsDouble());
		assertTrue(gmm >= GMM.get("ariGmm3").getAsDouble() - 0.01, "mixture ARI " + gmm);
		assertTrue(gmm > kmeans + 0.2, "mixture ARI " + gmm + " vs k-means " + kmeans);
	}

	@Test
	void membershipsAreProbabilitiesAndReproducible() {
		GaussianMixture m = GaussianMixture.fit(X, 4, 9);
		double[][] r = m.memberships();
		int[] labels = m.labels();
		for (int i = 0; i < r.length; i++) {
			double sum = 0;
			for (double v : r[i]) {
				assertTrue(v >= 0 && v <= 1);
				sum += v;
			}
			assertEquals(1, sum, 1e-12);
			for (double v : r[i]) assertTrue(v <= r[i][labels[i]]);
		}
		assertEquals(1, java.util.Arrays.stream(m.weights()).sum(), 1e-12);
		GaussianMixture again = GaussianMixture.fit(X, 4, 9);
		assertArrayEquals(labels, again.labels());
		assertEquals(m.logLikelihood(), again.logLikelihood());
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class, () -> GaussianMixture.fit(X, 0, 1));
		assertThrows(IllegalArgumentException.class, () -> GaussianMixture.fit(new double[][] { { 1, 2 } }, 2, 1));
		assertThrows(IllegalArgumentException.class, () -> GaussianMixture.bestByBic(X, 3, 2, 1));
	}
}
