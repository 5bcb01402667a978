package org.stemsift.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.Defect;

/** The patch cutting of the real-image pipeline: centred on each detection, kept inside the image, or a grid. */
class RealImagePipelineTest {

	/** Pixel value = x + 1000 y, so a patch says where it was cut. */
	private static Image2D ramp(int w, int h) {
		float[] px = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) px[y * w + x] = x + 1000 * y;
		return new Image2D(w, h, px);
	}

	@Test
	void patchesAreCentredOnDetectionsAndShiftedInsideAtTheBorder() {
		Image2D image = ramp(100, 80);
		List<Defect> defects = List.of(new Defect(1, 50.2, 40.7, 1, 1, "missing", 3), new Defect(2, 3, 78, 1, 1, "extra", 3));
		PatchStack p = RealImagePipeline.around(image, defects, 16);
		assertEquals(2, p.count());
		// centred: top-left corner at (50 - 8, 41 - 8)
		assertEquals(42 + 1000 * 33, p.data()[0], 0);
		// clamped at the left and bottom borders: corner (0, 80 - 16)
		assertEquals(1000 * 64, p.data()[256], 0);
		assertEquals(15 + 1000 * 79, p.data()[511], 0);
		assertEquals("defect-001-x3-y78", p.name(1));
	}

	@Test
	void theGridStepsByHalfAPatch() {
		PatchStack p = RealImagePipeline.grid(ramp(64, 48), 32);
		assertEquals(3 * 2, p.count());
		assertEquals(16, p.data()[32 * 32], 0);
		assertEquals("grid-x32-y16", p.name(5));
	}
}
