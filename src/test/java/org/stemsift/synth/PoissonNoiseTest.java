package org.stemsift.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PoissonNoiseTest {

	@Test
	void meanAndVarianceEqualTheRequestedMeanOnBothSidesOfTheAlgorithmSwitch() {
		SplittableRandom random = new SplittableRandom(17);
		for (double mean : new double[] { 0.2, 3, 9.99, 10, 37.5, 1000, 250_000 }) {
			int n = 200_000;
			double sum = 0, sumSq = 0;
			for (int i = 0; i < n; i++) {
				long k = PoissonNoise.sample(random, mean);
				assertTrue(k >= 0);
				sum += k;
				sumSq += (double) k * k;
			}
			double m = sum / n, variance = (sumSq - sum * sum / n) / (n - 1);
			// the sample mean has a standard error sqrt(mean / n); allow 5 of them
			assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean for " + mean);
			assertEquals(1, variance / mean, 0.03, "variance / mean for " + mean);
		}
	}

	@Test
	void smallMeansHaveTheExactPoissonProbabilities() {
		SplittableRandom random = new SplittableRandom(4);
		int n = 400_000;
		double mean = 12; // transformed rejection side
		int[] histogram = new int[40];
		for (int i = 0; i < n; i++) histogram[(int) Math.min(39, PoissonNoise.sample(random, mean))]++;
		double p = Math.exp(-mean);
		for (int k = 0; k < 30; k++) {
			if (k > 0) p *= mean / k;
			double expected = n * p;
			assertEquals(expected, histogram[k], 5 * Math.sqrt(expected) + 2, "P(" + k + ")");
		}
	}

	@Test
	void eachPixelOwnsItsStream() {
		float[] a = new float[1000];
		java.util.Arrays.fill(a, 50);
		float[] b = a.clone();
		b[500] = 80;
		PoissonNoise.applyInPlace(a, 100, 1);
		PoissonNoise.applyInPlace(b, 100, 1);
		for (int i = 0; i < a.length; i++) if (i != 500) assertEquals(a[i], b[i], 0);
		assertNotEquals(PoissonNoise.pixelSeed(1, 0), PoissonNoise.pixelSeed(1, 1));
		assertEquals(0, PoissonNoise.sample(new SplittableRandom(1), 0));
	}
}
