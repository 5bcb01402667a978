package org.stemsift.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;

class GaussianBlurTest {

	@Test
	void blurredDeltaHasVarianceSigmaSquaredAlongEachAxis() {
		int n = 101;
		for (double sigma : new double[] { 1.0, 2.5, 6.0 }) {
			float[] delta = new float[n * n];
			delta[50 * n + 50] = 1;
			GaussianBlur.blurInPlace(delta, n, n, sigma);
			double sum = 0, varX = 0, varY = 0, covariance = 0;
			for (int y = 0; y < n; y++) {
				for (int x = 0; x < n; x++) {
					double w = delta[y * n + x];
					sum += w;
					varX += w * (x - 50) * (x - 50);
					varY += w * (y - 50) * (y - 50);
					covariance += w * (x - 50) * (y - 50);
				}
			}
			assertEquals(1, sum, 1e-5);
			assertEquals(sigma * sigma, varX / sum, 0.005 * sigma * sigma, "variance along x for sigma " + sigma);
			assertEquals(sigma * sigma, varY / sum, 0.005 * sigma * sigma, "variance along y for sigma " + sigma);
			assertEquals(0, covariance / sum, 1e-4);
		}
	}

	@Test
	void blurPreservesTheSumIncludingAtTheBorderAndLeavesTheInputAlone() {
		SplittableRandom random = new SplittableRandom(3);
		float[] pixels = new float[37 * 23];
		for (int i = 0; i < pixels.length; i++) pixels[i] = (float) random.nextDouble(0, 100);
		// bright spots right at the corners, where a clipped kernel would lose intensity
		pixels[0] = 5000;
		pixels[pixels.length - 1] = 5000;
		Image2D image = new Image2D(37, 23, pixels);
		float[] before = pixels.clone();
		for (double sigma : new double[] { 0.8, 3, 15 }) {
			Image2D blurred = GaussianBlur.blur(image, sigma);
			assertEquals(sum(before), sum(blurred.pixels()), 1e-5 * sum(before), "sum for sigma " + sigma);
		}
		assertArrayEquals(before, image.pixels());
	}

	@Test
	void constantImageStaysConstant() {
		float[] flat = new float[20 * 30];
		java.util.Arrays.fill(flat, 7.5f);
		GaussianBlur.blurInPlace(flat, 20, 30, 4);
		for (float v : flat) assertEquals(7.5f, v, 1e-4);
	}

	@Test
	void mirrorIndexReflectsAboutTheEdgesWithTheEdgePixelRepeated() {
		assertEquals(0, GaussianBlur.mirror(-1, 5));
		assertEquals(1, GaussianBlur.mirror(-2, 5));
		assertEquals(4, GaussianBlur.mirror(5, 5));
		assertEquals(3, GaussianBlur.mirror(6, 5));
		assertEquals(0, GaussianBlur.mirror(10, 5));
		assertEquals(2, GaussianBlur.mirror(2, 5));
	}

	private static double sum(float[] v) {
		double s = 0;
		for (float x : v) s += x;
		return s;
	}
}
