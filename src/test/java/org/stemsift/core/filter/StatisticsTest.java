package org.stemsift.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StatisticsTest {

	@Test
	void summaryOfASmallSampleMatchesHandComputedValues() {
		float[] v = { 2, 4, 4, 4, 5, 5, 7, 9 };
		assertEquals(5.0, Statistics.mean(v), 1e-12);
		assertEquals(Math.sqrt(32.0 / 7), Statistics.std(v), 1e-12);
		assertEquals(4.5, Statistics.median(v), 1e-12);
		assertEquals(2, Statistics.percentile(v, 0), 0);
		assertEquals(9, Statistics.percentile(v, 100), 0);
		// NumPy: np.percentile([2,4,4,4,5,5,7,9], 90) = 7.6
		assertEquals(7.6, Statistics.percentile(v, 90), 1e-6);
		// |v - 4.5| = 2.5 .5 .5 .5 .5 .5 2.5 4.5 -> median 0.5
		assertEquals(0.5, Statistics.mad(v), 1e-12);
	}

	@Test
	void nanValuesAreSkippedAndTheInputIsUntouched() {
		float[] v = { 3, Float.NaN, 1, 2, Float.NaN };
		float[] before = v.clone();
		assertEquals(2, Statistics.median(v), 0);
		assertEquals(2, Statistics.mean(v), 1e-12);
		assertEquals(1, Statistics.min(v), 0);
		assertEquals(3, Statistics.max(v), 0);
		assertArrayEquals(before, v);
	}

	@Test
	void selectionAgreesWithSortingOnRandomDataWithTies() {
		SplittableRandom random = new SplittableRandom(5);
		for (int trial = 0; trial < 50; trial++) {
			float[] v = new float[1 + random.nextInt(500)];
			for (int i = 0; i < v.length; i++) v[i] = random.nextInt(20);
			float[] sorted = v.clone();
			Arrays.sort(sorted);
			int k = random.nextInt(v.length);
			assertEquals(sorted[k], Statistics.select(v.clone(), k), 0);
			double p = 100 * random.nextDouble();
			double rank = p / 100 * (v.length - 1);
			int lo = (int) Math.floor(rank);
			double expected = lo + 1 < v.length ? sorted[lo] + (rank - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
			assertEquals(expected, Statistics.percentile(v, p), 1e-4);
		}
	}

	@Test
	void robustSigmaOfNormalDataIsTheStandardDeviation() {
		SplittableRandom random = new SplittableRandom(2);
		float[] v = new float[200_000];
		for (int i = 0; i < v.length; i++) v[i] = (float) (3 * random.nextGaussian() + 10);
		assertEquals(3, Statistics.robustSigma(v), 0.03);
		assertEquals(3, Statistics.std(v), 0.03);
		assertTrue(Double.isNaN(Statistics.mean(new float[0])));
	}
}
