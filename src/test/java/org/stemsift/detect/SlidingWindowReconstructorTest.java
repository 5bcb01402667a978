package org.stemsift.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;

class SlidingWindowReconstructorTest {

	@Test
	void windowPositionsCoverTheImageAndEndFlushWithTheBorder() {
		assertArrayEquals(new int[] { 0, 16, 32, 36 }, SlidingWindowReconstructor.positions(100, 64, 16));
		assertArrayEquals(new int[] { 0, 16, 32 }, SlidingWindowReconstructor.positions(96, 64, 16));
		assertArrayEquals(new int[] { 0 }, SlidingWindowReconstructor.positions(64, 64, 16));
	}

	@Test
	void mirrorPaddingReflectsWithoutRepeatingTheEdge() {
		Image2D row = new Image2D(4, 1, new float[] { 1, 2, 3, 4 });
		Image2D padded = SlidingWindowReconstructor.mirrorPad(row, 2);
		assertEquals(8, padded.width());
		assertEquals(5, padded.height());
		float[] middle = new float[8];
		System.arraycopy(padded.pixels(), 2 * 8, middle, 0, 8);
		assertArrayEquals(new float[] { 3, 2, 1, 2, 3, 4, 3, 2 }, middle);
	}
}
