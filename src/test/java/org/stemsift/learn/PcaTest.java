package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The PCA gives scikit-learn's explained variances, component count for 98 % and scores (up to sign). */
class PcaTest {

	static final double[][] DATA = Fixtures.matrix("pca_data.csv");
	static final JsonObject EXPECTED = Fixtures.json("pca_expected.json");

	@Test
	void explainedVarianceEqualsScikitLearn() {
		Pca pca = Pca.fit(DATA);
		double[] variance = Fixtures.doubles(EXPECTED.getAsJsonArray("explainedVariance"));
		double[] ratio = Fixtures.doubles(EXPECTED.getAsJsonArray("explainedVarianceRatio"));
		for (int k = 0; k < variance.length; k++) {
			assertEquals(variance[k], pca.explainedVariance()[k], 1e-9 * variance[0], "variance " + k);
			assertEquals(ratio[k], pca.explainedVarianceRatio()[k], 1e-9, "ratio " + k);
		}
		assertEquals(EXPECTED.get("componentsFor98").getAsInt(), pca.componentsFor(0.98));
	}

	@Test
	void scoresEqualScikitLearnUpToSign() {
		double[][] scores = Pca.fit(DATA).transform(DATA, 3);
		JsonArray expected = EXPECTED.getAsJsonArray("absScoresFirst3");
		for (int i = 0; i < expected.size(); i++) {
			double[] e = Fixtures.doubles(expected.get(i).getAsJsonArray());
			double[] a = { Math.abs(scores[i][0]), Math.abs(scores[i][1]), Math.abs(scores[i][2]) };
			assertArrayEquals(e, a, 1e-8, "row " + i);
		}
	}

	@Test
	void fewerSamplesThanFeaturesGiveTheSameVariances() {
		double[][] few = java.util.Arrays.copyOf(DATA, 8);
		Pca pca = Pca.fit(few);
		// reference: covariance route on the transposed problem is not available, so compare against the trace
		double total = 0;
		for (double v : pca.explainedVariance()) total += v;
		double trace = 0;
		for (int j = 0; j < few[0].length; j++) {
			double m = 0;
			for (double[] r : few) m += r[j];
			m /= few.length;
			for (double[] r : few) trace += (r[j] - m) * (r[j] - m);
		}
		assertEquals(trace / (few.length - 1), total, 1e-9 * trace);
		double[][] scores = pca.transform(few, 2);
		double var0 = 0;
		for (double[] s : scores) var0 += s[0] * s[0];
		assertEquals(pca.explainedVariance()[0], var0 / (few.length - 1), 1e-9 * var0);
	}
}
