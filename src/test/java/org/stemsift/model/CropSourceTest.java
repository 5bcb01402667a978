package org.stemsift.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;

class CropSourceTest {

	@Test
	void augmentationProducesTheEightSymmetriesOfAnAsymmetricPatch() {
		// a 4x4 image with distinct values: every crop is the whole image, so only the orientation varies
		float[] px = new float[16];
		for (int i = 0; i < 16; i++) px[i] = i;
		CropSource source = CropSource.fromImage(new Image2D(4, 4, px), 4, true);
		Set<String> seen = new HashSet<>();
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 400; i++) {
			float[] crop = new float[16];
			source.next(crop, 0, random);
			float sum = 0;
			for (float v : crop) sum += v;
			assertEquals(120, sum, 1e-6, "a rotation or mirror keeps every pixel");
			seen.add(java.util.Arrays.toString(crop));
		}
		assertEquals(8, seen.size());
	}

	@Test
	void withoutAugmentationCropsAreWindowsOfTheImage() {
		float[] px = new float[10 * 10];
		for (int i = 0; i < px.length; i++) px[i] = i;
		CropSource source = CropSource.fromImage(new Image2D(10, 10, px), 3, false);
		SplittableRandom random = new SplittableRandom(2);
		for (int i = 0; i < 100; i++) {
			float[] crop = new float[9];
			source.next(crop, 0, random);
			int x0 = (int) crop[0] % 10, y0 = (int) crop[0] / 10;
			for (int y = 0; y < 3; y++)
				for (int x = 0; x < 3; x++) assertEquals((y0 + y) * 10 + x0 + x, crop[y * 3 + x], 0);
		}
	}
}
