package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The 1-D Gaussian mixture reaches scikit-learn's best likelihoods (BIC) up to three components and picks the same
 * number of components; with more components both EMs may stop in local optima, so there ours must only never beat
 * the reference (which would mean a wrong likelihood).
 */
class GaussianMixture1DTest {

	static final double[] DATA = Fixtures.vector("gmm_data.csv");
	static final JsonObject EXPECTED = Fixtures.json("gmm_expected.json");

	@Test
	void bicEqualsScikitLearnAndChoosesThreeComponents() {
		double[] bic = Fixtures.doubles(EXPECTED.getAsJsonArray("bic"));
		for (int k = 1; k <= 3; k++) assertEquals(bic[k - 1], GaussianMixture1D.fit(DATA, k).bic(), 1e-3, "BIC with " + k + " components");
		for (int k = 4; k <= bic.length; k++) assertTrue(GaussianMixture1D.fit(DATA, k).bic() > bic[k - 1] - 1e-3, "BIC with " + k + " components");
		GaussianMixture1D best = GaussianMixture1D.fitBest(DATA, 5);
		assertEquals(EXPECTED.get("best").getAsInt(), best.components());
		assertArrayEquals(Fixtures.doubles(EXPECTED.getAsJsonArray("means3")), best.means(), 1e-4);
		assertArrayEquals(Fixtures.doubles(EXPECTED.getAsJsonArray("variances3")), best.variances(), 1e-4);
		assertArrayEquals(Fixtures.doubles(EXPECTED.getAsJsonArray("weights3")), best.weights(), 1e-5);
	}

	@Test
	void classifiesByPosterior() {
		GaussianMixture1D m = GaussianMixture1D.fit(DATA, 3);
		assertEquals(0, m.classify(9));
		assertEquals(1, m.classify(16.5));
		assertEquals(2, m.classify(26));
	}

	@Test
	void refusesTooFewValuesAndNaN() {
		assertThrows(IllegalArgumentException.class, () -> GaussianMixture1D.fit(new double[] { 1 }, 2));
		assertThrows(IllegalArgumentException.class, () -> GaussianMixture1D.fit(new double[] { 1, Double.NaN, 3 }, 2));
	}
}
