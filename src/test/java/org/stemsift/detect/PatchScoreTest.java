package org.stemsift.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PatchScoreTest {

	@Test
	void anmAveragesTheWindowAroundTheStrongestDifference() {
		float[] f = new float[10 * 10];
		f[4 * 10 + 6] = -0.9f; // strongest, negative
		f[4 * 10 + 7] = 0.3f;
		f[1 * 10 + 1] = 0.5f;
		PatchScore s = PatchScore.of(f, 0, 10, 10, 2);
		assertEquals(6, s.peakX());
		assertEquals(4, s.peakY());
		assertEquals(-0.9f, s.peakValue());
		// window 2: x 5..6, y 3..4 → only the peak itself is non-zero
		assertEquals(0.9 / 4, s.anm(), 1e-6);
	}

	@Test
	void cutoffRemovesSmallDifferencesOnly() {
		float[] d = { 0.1f, -0.25f, 0.19f, 0.5f };
		float[] out = new DifferenceFilter(0.2, 0).apply(d, 4, 1);
		assertEquals(0, out[0]);
		assertEquals(-0.25f, out[1]);
		assertEquals(0, out[2]);
		assertEquals(0.5f, out[3]);
		assertEquals(0.1f, d[0], "the input is not modified");
	}

	@Test
	void bandIsMeanPlusMinusKStd() {
		PatchScore[] bulk = { new PatchScore(1, 0, 0, 0), new PatchScore(3, 0, 0, 0) };
		BulkBand band = BulkBand.of(bulk, 1.5);
		assertEquals(2, band.mean(), 1e-12);
		assertEquals(1, band.std(), 1e-12);
		assertTrue(band.isDefect(3.6));
		assertTrue(band.isDefect(0.4));
		assertFalse(band.isDefect(3.4));
	}
}
