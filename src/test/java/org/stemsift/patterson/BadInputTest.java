package org.stemsift.patterson;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeType;

/** Bad input gives one clear message: NaN, no periodicity, a segment larger than the image, too few segments. */
class BadInputTest {

	static final PattersonSettings ONE = PattersonSettings.defaults(1).toBuilder().gammaFactors(new double[0]).build();

	static String message(PattersonSettings settings, Image2D image) {
		return assertThrows(IllegalArgumentException.class, () -> new PattersonOcsvm(settings).run(image, Progress.NONE)).getMessage();
	}

	static Image2D lattice(int size) {
		return Synthetic.lattice(LatticeType.SQUARE, size, 16, 0, 3).image();
	}

	@Test
	void nanPixels() {
		Image2D image = lattice(128).copy();
		image.set(5, 7, Float.NaN);
		String m = message(ONE, image);
		assertTrue(m.contains("NaN") && m.contains("x=5, y=7"), m);
	}

	@Test
	void noPeriodicityInNoise() {
		SplittableRandom r = new SplittableRandom(4);
		float[] p = new float[256 * 256];
		for (int i = 0; i < p.length; i++) p[i] = (float) r.nextGaussian();
		Image2D noise = new Image2D(256, 256, p);
		for (PattersonSettings s : new PattersonSettings[] { ONE, ONE.toBuilder().scheme(2).build() }) {
			String m = message(s, noise);
			assertTrue(m.startsWith("No periodicity found"), "scheme " + s.scheme() + ": " + m);
		}
	}

	@Test
	void segmentLargerThanTheImage() {
		for (PattersonSettings s : new PattersonSettings[] { ONE.toBuilder().side(300).build(), ONE.toBuilder().scheme(2).side(300).build() }) {
			String m = message(s, lattice(128));
			assertTrue(m.contains("larger than the 128 x 128 image"), m);
		}
	}

	@Test
	void tooFewSegmentsForTheNuScan() {
		String m = message(ONE, lattice(96));
		assertTrue(m.startsWith("Too few segments for a nu scan"), m);
	}

	@Test
	void inconsistentSettings() {
		assertThrows(IllegalArgumentException.class, () -> ONE.toBuilder().scheme(3).build());
		assertThrows(IllegalArgumentException.class, () -> ONE.toBuilder().nu(1.5).build());
		assertThrows(IllegalArgumentException.class, () -> ONE.toBuilder().rerender(true).build());
		assertThrows(IllegalArgumentException.class, () -> ONE.toBuilder().nuGrid(new double[0]).build());
		assertThrows(IllegalArgumentException.class, () -> ONE.toBuilder().reflection(Double.NaN, 3).build());
	}
}
