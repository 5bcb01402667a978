package org.stemsift.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

	@Test
	void confusionMatrixAndDerivedScores() {
		boolean[] truth = { true, true, true, false, false, false, false, false, false, false };
		boolean[] predicted = { true, true, false, true, false, false, false, false, false, false };
		BinaryMetrics m = BinaryMetrics.of(truth, predicted);
		assertEquals(new BinaryMetrics(2, 1, 6, 1), m);
		assertEquals(0.8, m.accuracy(), 1e-12);
		assertEquals(2.0 / 3, m.precision(), 1e-12);
		assertEquals(2.0 / 3, m.recall(), 1e-12);
		assertEquals(6.0 / 7, m.specificity(), 1e-12);
		assertEquals((2.0 / 3 + 6.0 / 7) / 2, m.balancedAccuracy(), 1e-12);
		assertEquals((2.0 * 6 - 1.0 * 1) / Math.sqrt(3.0 * 3 * 7 * 7), m.matthews(), 1e-12);
	}

	@Test
	void balancedAccuracyIsNotFooledByCallingEverythingIntact() {
		boolean[] truth = new boolean[100];
		truth[3] = true;
		BinaryMetrics lazy = BinaryMetrics.of(truth, new boolean[100]);
		assertEquals(0.99, lazy.accuracy(), 1e-12);
		assertEquals(0.5, lazy.balancedAccuracy(), 1e-12);
		assertEquals(0, lazy.matthews());
	}

	@Test
	void rocAucRanksScoresWithTiesCountingHalf() {
		boolean[] truth = { false, false, true, true };
		assertEquals(1, BinaryMetrics.rocAuc(truth, new double[] { 0.1, 0.2, 0.8, 0.9 }), 1e-12);
		assertEquals(0, BinaryMetrics.rocAuc(truth, new double[] { 0.9, 0.8, 0.2, 0.1 }), 1e-12);
		assertEquals(0.5, BinaryMetrics.rocAuc(truth, new double[] { 1, 1, 1, 1 }), 1e-12);
		// positives 0.8 and 0.3 against negatives 0.1 and 0.5: 0.8 beats both, 0.3 beats only 0.1 -> 3 of 4 pairs
		assertEquals(0.75, BinaryMetrics.rocAuc(truth, new double[] { 0.1, 0.5, 0.8, 0.3 }), 1e-12);
		assertTrue(Double.isNaN(BinaryMetrics.rocAuc(new boolean[] { true }, new double[] { 1 })));
		assertEquals(new BinaryMetrics(1, 1, 1, 1), BinaryMetrics.ofScores(truth, new double[] { 0.1, 0.5, 0.8, 0.3 }, 0.5));
	}
}
