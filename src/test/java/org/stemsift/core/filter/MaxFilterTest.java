package org.stemsift.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MaxFilterTest {

	@Test
	void matchesBruteForceForManyWindowSizes() {
		SplittableRandom random = new SplittableRandom(11);
		int w = 37, h = 53;
		float[] v = new float[w * h];
		for (int i = 0; i < v.length; i++) v[i] = (float) random.nextGaussian();
		float[] before = v.clone();
		for (int r = 0; r <= 30; r += (r < 6 ? 1 : 8)) {
			float[] fast = MaxFilter.filter(v, w, h, r);
			float[] slow = new float[v.length];
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					float m = Float.NEGATIVE_INFINITY;
					for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++)
						for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) m = Math.max(m, v[yy * w + xx]);
					slow[y * w + x] = m;
				}
			}
			assertArrayEquals(slow, fast, "radius " + r);
		}
		assertArrayEquals(before, v);
	}

	@Test
	void transposeRoundTrips() {
		float[] v = new float[130 * 70];
		for (int i = 0; i < v.length; i++) v[i] = i;
		float[] t = MaxFilter.transpose(v, 130, 70);
		assertArrayEquals(new float[] { 130 }, new float[] { t[1] });
		assertArrayEquals(v, MaxFilter.transpose(t, 70, 130));
	}
}
