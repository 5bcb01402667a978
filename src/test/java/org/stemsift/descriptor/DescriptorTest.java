package org.stemsift.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The descriptors: the Patterson map is the periodic autocorrelation and is unchanged by periodic shifts (translation
 * invariance), FFT magnitude too, raw pixels are not; all are found through the SciJava annotation index without a
 * context.
 */
class DescriptorTest {

	static final int SIDE = 12;

	static float[] randomSegment(long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		float[] s = new float[SIDE * SIDE];
		for (int i = 0; i < s.length; i++) s[i] = (float) (100 + 30 * r.nextGaussian());
		return s;
	}

	/** The segment shifted periodically by (dx, dy). */
	static float[] shifted(float[] s, int dx, int dy) {
		float[] out = new float[s.length];
		for (int y = 0; y < SIDE; y++)
			for (int x = 0; x < SIDE; x++) out[Math.floorMod(y + dy, SIDE) * SIDE + Math.floorMod(x + dx, SIDE)] = s[y * SIDE + x];
		return out;
	}

	@Test
	void pattersonIsThePeriodicAutocorrelationWithZeroLagInTheCentre() {
		float[] s = randomSegment(1);
		double[] p = new PattersonDescriptor().describe(s, SIDE);
		int half = SIDE / 2;
		for (int v = -half; v < half; v++)
			for (int u = -half; u < half; u++) {
				double sum = 0;
				for (int y = 0; y < SIDE; y++)
					for (int x = 0; x < SIDE; x++) sum += (double) s[y * SIDE + x] * s[Math.floorMod(y + v, SIDE) * SIDE + Math.floorMod(x + u, SIDE)];
				assertEquals(sum / (SIDE * SIDE), p[(v + half) * SIDE + u + half], 1e-9 * sum, "lag " + u + "," + v);
			}
	}

	@Test
	void pattersonAndFftMagnitudeAreTranslationInvariantRawPixelsAreNot() {
		float[] s = randomSegment(2);
		for (int[] shift : new int[][] { { 1, 0 }, { 3, 2 }, { -2, 5 } }) {
			float[] t = shifted(s, shift[0], shift[1]);
			assertArrayEquals(new PattersonDescriptor().describe(s, SIDE), new PattersonDescriptor().describe(t, SIDE), 1e-8, "Patterson, shift " + shift[0] + "," + shift[1]);
			assertArrayEquals(new FftMagnitudeDescriptor().describe(s, SIDE), new FftMagnitudeDescriptor().describe(t, SIDE), 1e-9, "FFT magnitude");
			assertFalse(java.util.Arrays.equals(new RawPixelsDescriptor().describe(s, SIDE), new RawPixelsDescriptor().describe(t, SIDE)));
		}
		assertTrue(new PattersonDescriptor().translationInvariant());
		assertTrue(new FftMagnitudeDescriptor().translationInvariant());
		assertFalse(new RawPixelsDescriptor().translationInvariant());
	}

	@Test
	void descriptorsAreFoundWithoutAContextPattersonFirst() {
		SegmentDescriptors all = SegmentDescriptors.discover();
		List<String> names = all.names();
		assertEquals(PattersonDescriptor.NAME, names.get(0), names.toString());
		assertTrue(names.containsAll(List.of(PattersonDescriptor.NAME, FftMagnitudeDescriptor.NAME, RawPixelsDescriptor.NAME)), names.toString());
		assertTrue(all.create("fft-magnitude") instanceof FftMagnitudeDescriptor);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> all.create("nonsense"));
		assertTrue(e.getMessage().contains("patterson"), "the message lists what exists: " + e.getMessage());
	}

	@Test
	void normalisationRemovesLevelAndScale() {
		float[] s = randomSegment(3), brighter = s.clone();
		for (int i = 0; i < brighter.length; i++) brighter[i] = 3 * brighter[i] + 500;
		org.stemsift.core.PatchStack stack = new org.stemsift.core.PatchStack(2, SIDE, SIDE, concat(s, brighter));
		double[][] f = Descriptors.describeAll(new PattersonDescriptor(), stack, true, org.stemsift.progress.Progress.NONE);
		assertArrayEquals(f[0], f[1], 1e-4);
	}

	@Test
	void wrongSizesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new PattersonDescriptor().describe(new float[10], 3));
	}

	static float[] concat(float[] a, float[] b) {
		float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
