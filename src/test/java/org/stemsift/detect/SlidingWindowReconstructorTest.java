package org.stemsift.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SlidingWindowReconstructorTest {

	@Test
	void windowPositionsCoverTheImageAndEndFlushWithTheBorder() {
		assertArrayEquals(new int[] { 0, 16, 32, 36 }, SlidingWindowReconstructor.positions(100, 64, 16));
		assertArrayEquals(new int[] { 0, 16, 32 }, SlidingWindowReconstructor.positions(96, 64, 16));
		assertArrayEquals(new int[] { 0 }, SlidingWindowReconstructor.positions(64, 64, 16));
	}
}
