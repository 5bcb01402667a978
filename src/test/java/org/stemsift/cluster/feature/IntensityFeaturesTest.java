package org.stemsift.cluster.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stemsift.cluster.feature.FeatureImages.SIDE;
import static org.stemsift.cluster.feature.FeatureImages.gaussian;
import static org.stemsift.cluster.feature.FeatureImages.image;
import static org.stemsift.cluster.feature.FeatureImages.value;
import static org.stemsift.cluster.feature.FeatureImages.withDifference;

import org.junit.jupiter.api.Test;

/** Intensity features against closed-form values of simple images. */
class IntensityFeaturesTest {

	static final int N = SIDE * SIDE;

	@Test
	void twoLevelImageHasTheBernoulliMoments() {
		// p = 1/16 of the pixels are 1, the rest 0: mean p, variance p(1 − p), skewness (1 − 2p)/√(p(1 − p)),
		// excess kurtosis (1 − 6p(1 − p))/(p(1 − p)).
		double p = 1.0 / 16, q = 1 - p;
		float[] d = image(SIDE, i -> i % 16 == 3 ? 1 : 0);
		PatchImages patch = withDifference(d);
		assertEquals(p, value("diff_mean", patch), 1e-12);
		assertEquals(Math.sqrt(p * q), value("diff_std", patch), 1e-12);
		assertEquals((1 - 2 * p) / Math.sqrt(p * q), value("diff_skewness", patch), 1e-9);
		assertEquals((1 - 6 * p * q) / (p * q), value("diff_kurtosis", patch), 1e-9);
		assertEquals(p, value("diff_energy", patch), 1e-12);
		assertEquals(p, value("diff_positive_mass", patch), 1e-12);
		assertEquals(0, value("diff_negative_mass", patch));
		// Two occupied histogram bins of weights p and q.
		assertEquals(-(p * Math.log(p) + q * Math.log(q)) / Math.log(2), value("diff_entropy", patch), 1e-12);
	}

	@Test
	void filteredMomentsComeFromTheFilteredImage() {
		float[] d = gaussian(SIDE * SIDE, 3, 0.1), f = image(SIDE, i -> i % 16 == 3 ? -1 : 0);
		PatchImages patch = new PatchImages(SIDE, d, d, d, f);
		double p = 1.0 / 16, q = 1 - p;
		assertEquals(-p, value("filtered_mean", patch), 1e-12);
		assertEquals(Math.sqrt(p * q), value("filtered_std", patch), 1e-12);
		assertEquals(-(1 - 2 * p) / Math.sqrt(p * q), value("filtered_skewness", patch), 1e-9);
		assertEquals((1 - 6 * p * q) / (p * q), value("filtered_kurtosis", patch), 1e-9);
	}

	@Test
	void gaussianNoiseHasNoSkewnessOrExcessKurtosis() {
		for (long seed = 1; seed <= 5; seed++) {
			PatchImages patch = withDifference(gaussian(SIDE * SIDE, seed, 0.05));
			// Standard errors for 4096 samples: √(6/n) = 0.038 and √(24/n) = 0.077; four of them as tolerance.
			assertEquals(0, value("diff_skewness", patch), 0.16, "seed " + seed);
			assertEquals(0, value("diff_kurtosis", patch), 0.31, "seed " + seed);
			assertEquals(0.05, value("diff_std", patch), 0.003, "seed " + seed);
			assertEquals(-1.645 * 0.05, value("diff_p05", patch), 0.006, "seed " + seed);
			assertEquals(1.645 * 0.05, value("diff_p95", patch), 0.006, "seed " + seed);
		}
	}

	@Test
	void rampHasUniformPercentilesKurtosisAndEntropy() {
		// Values −1 + 2i/(n − 1), i = 0 .. n − 1: a discrete uniform distribution.
		PatchImages patch = withDifference(image(SIDE, i -> -1 + 2.0 * i / (N - 1)));
		String[] names = { "diff_p05", "diff_p25", "diff_p50", "diff_p75", "diff_p95" };
		double[] q = { 0.05, 0.25, 0.5, 0.75, 0.95 };
		for (int k = 0; k < q.length; k++) assertEquals(-1 + 2 * q[k], value(names[k], patch), 1e-6, names[k]);
		assertEquals(0, value("diff_skewness", patch), 1e-6);
		assertEquals(-6.0 * ((double) N * N + 1) / (5.0 * ((double) N * N - 1)), value("diff_kurtosis", patch), 1e-6);
		assertEquals(5, value("diff_entropy", patch), 1e-3, "32 equally filled bins: log2(32) bits");
	}

	@Test
	void constantImageHasZeroSpreadShapeAndEntropy() {
		PatchImages patch = withDifference(image(SIDE, i -> 0.3));
		assertEquals(0.3, value("diff_mean", patch), 1e-7);
		assertEquals(0, value("diff_std", patch), 1e-7);
		assertEquals(0, value("diff_skewness", patch));
		assertEquals(0, value("diff_kurtosis", patch));
		assertEquals(0, value("diff_entropy", patch));
		assertEquals(0.3 * 0.3, value("diff_energy", patch), 1e-7);
		assertEquals(0.3, value("diff_p05", patch), 1e-7);
		assertEquals(0.3, value("diff_p95", patch), 1e-7);
	}

	@Test
	void extremesAndTheirDistanceFromTheCentre() {
		float[] d = new float[N];
		d[20 * SIDE + 10] = 0.8f;
		d[5 * SIDE + 50] = -0.6f;
		PatchImages patch = withDifference(d);
		double c = (SIDE - 1) / 2.0;
		assertEquals(0.8, value("diff_max", patch), 1e-7);
		assertEquals(-0.6, value("diff_min", patch), 1e-7);
		assertEquals(Math.hypot(10 - c, 20 - c) / SIDE, value("diff_argmax_distance", patch), 1e-12);
		assertEquals(Math.hypot(50 - c, 5 - c) / SIDE, value("diff_argmin_distance", patch), 1e-12);
		assertEquals(0.8 / N, value("diff_positive_mass", patch), 1e-9);
		assertEquals(0.6 / N, value("diff_negative_mass", patch), 1e-9);
	}

	@Test
	void inputPredictionCorrelation() {
		float[] in = gaussian(SIDE * SIDE, 7, 1), scaled = image(SIDE, i -> 2 * in[i] + 1), negated = image(SIDE, i -> -in[i]);
		float[] other = gaussian(SIDE * SIDE, 8, 1), flat = image(SIDE, i -> 0.5);
		assertEquals(1, value("input_prediction_correlation", new PatchImages(SIDE, in, scaled, in, in)), 1e-6);
		assertEquals(-1, value("input_prediction_correlation", new PatchImages(SIDE, in, negated, in, in)), 1e-6);
		assertEquals(0, value("input_prediction_correlation", new PatchImages(SIDE, in, other, in, in)), 0.07, "independent noise: |r| < 4.5/√n");
		assertEquals(0, value("input_prediction_correlation", new PatchImages(SIDE, in, flat, in, in)));
	}
}
