package org.stemsift.core.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;
import org.stemsift.core.filter.GaussianBlur;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

class LatticeSpacingTest {

	private static LatticeEstimate estimate(LatticeType type, double spacing, double rotation, double ratio, double dose) {
		LatticeSettings settings = LatticeSettings.builder(type).size(256, 256).spacing(spacing).rotationDegrees(rotation).sublatticeRatio(ratio)
			.dose(dose).vacancies(2).seed(7).build();
		return LatticeSpacing.estimateDefault(LatticeGenerator.generate(settings).image());
	}

	private static void assertWithin3Percent(double expected, LatticeEstimate e, String what) {
		assertEquals(expected, e.spacing(), 0.03 * expected, what);
	}

	@Test
	void squarePerovskiteSpacingAtSeveralRotations() {
		for (double spacing : new double[] { 20, 23.7 }) {
			for (double rotation : new double[] { 0, 17, 30, 45, 71 }) {
				String what = "square a=" + spacing + " rotated " + rotation;
				LatticeEstimate e = estimate(LatticeType.SQUARE, spacing, rotation, 0.5, 20);
				assertWithin3Percent(spacing, e, what);
				assertEquals(spacing, e.spacing(), 0.005 * spacing, what + ": sub-pixel precision");
				assertEquals(90, e.angleBetweenDegrees(), 1, what);
				assertEquals(spacing, e.a2().length(), 0.03 * spacing, what);
				// a1 lies along one of the cell edges: its direction modulo 90 degrees is the rotation
				double direction = Math.floorMod(Math.round(-e.a1().angleDegrees() * 10), 900) / 10.0;
				double offset = Math.abs(direction - Math.floorMod(Math.round(rotation * 10), 900) / 10.0);
				assertTrue(Math.min(offset, 90 - offset) < 1, what + ": a1 direction " + e.a1().angleDegrees());
			}
		}
	}

	@Test
	void similarSublatticesStillGiveTheTruePeriodNotTheAtoBShift() {
		// with B at 0.8 of A the A-to-B shift peak is within 5 % of the lattice peak
		for (double rotation : new double[] { 0, 30 })
			assertWithin3Percent(20, estimate(LatticeType.SQUARE, 20, rotation, 0.8, 100), "ratio 0.8, rotation " + rotation);
	}

	@Test
	void honeycombAndTriangularSpacingAtSeveralRotations() {
		for (double rotation : new double[] { 0, 10, 25, 40 }) {
			LatticeEstimate honeycomb = estimate(LatticeType.HEXAGONAL, 18, rotation, 0.5, 20);
			assertWithin3Percent(18, honeycomb, "honeycomb rotated " + rotation);
			double angle = honeycomb.angleBetweenDegrees();
			assertTrue(Math.abs(angle - 60) < 1 || Math.abs(angle - 120) < 1, "hexagonal angle " + angle);
			assertWithin3Percent(15, estimate(LatticeType.TRIANGULAR, 15, rotation, 1, 20), "triangular rotated " + rotation);
		}
	}

	@Test
	void largeImagesAreMeasuredOnTheirCentre() {
		LatticeSettings settings = LatticeSettings.builder(LatticeType.SQUARE).size(1500, 1300).spacing(31.5).rotationDegrees(8).build();
		LatticeEstimate e = new LatticeSpacing().maxRegionSize(512).estimate(LatticeGenerator.generate(settings).image());
		assertWithin3Percent(31.5, e, "1500 x 1300");
		assertTrue(e.peakHeight() > 0.5 && e.peakHeight() <= 1.05, "confidence " + e.peakHeight());
	}

	@Test
	void noiseHasNoPeriodicity() {
		SplittableRandom random = new SplittableRandom(1);
		for (int n : new int[] { 64, 256 }) {
			float[] white = new float[n * n];
			for (int i = 0; i < white.length; i++) white[i] = (float) random.nextGaussian();
			assertNoPeriodicity(new Image2D(n, n, white), "white noise " + n);
			for (double sigma : new double[] { 1, 3, 8 })
				assertNoPeriodicity(GaussianBlur.blur(new Image2D(n, n, white), sigma), "blurred noise " + n + ", sigma " + sigma);
		}
		LatticeSettings flat = LatticeSettings.builder(LatticeType.SQUARE).size(128, 128).columnIntensity(0).dose(50).build();
		assertNoPeriodicity(LatticeGenerator.generate(flat).image(), "Poisson noise on a flat background");
		assertNoPeriodicity(new Image2D(64, 64, new float[64 * 64]), "constant image");
	}

	private static void assertNoPeriodicity(Image2D image, String what) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatticeSpacing.estimateDefault(image), what);
		assertTrue(e.getMessage().startsWith("No periodicity found"), what + ": " + e.getMessage());
	}

	@Test
	void stripesGiveOneVectorAcrossThem() {
		int n = 256;
		float[] stripes = new float[n * n];
		SplittableRandom random = new SplittableRandom(3);
		double nx = Math.cos(Math.toRadians(20)), ny = Math.sin(Math.toRadians(20));
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) stripes[y * n + x] = (float) (Math.cos(2 * Math.PI * (x * nx + y * ny) / 16) + 0.3 * random.nextGaussian());
		LatticeEstimate e = LatticeSpacing.estimateDefault(new Image2D(n, n, stripes));
		assertEquals(16, e.spacing(), 0.2);
		assertNull(e.a2());
		assertTrue(e.secondVector().isEmpty());
		assertEquals(1, Math.abs(e.a1().x() * nx + e.a1().y() * ny) / e.spacing(), 0.01, "a1 points across the stripes");
	}

	@Test
	void tinyImagesAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> LatticeSpacing.estimateDefault(new Image2D(12, 200, new float[12 * 200])));
	}

	@Test
	void fastFourierSizesHaveOnlySmallPrimeFactors() {
		assertEquals(1280, Autocorrelation.fastSize(1280));
		assertEquals(1296, Autocorrelation.fastSize(1281));
		assertEquals(320, Autocorrelation.fastSize(317));
	}
}
