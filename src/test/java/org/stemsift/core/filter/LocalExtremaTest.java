package org.stemsift.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;
import org.stemsift.synth.ColumnSite;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;
import org.stemsift.synth.SyntheticLattice;

class LocalExtremaTest {

	private static final int BORDER = 4;

	@Test
	void findsEveryColumnOfACleanSquareLatticeWithSubPixelAccuracy() {
		assertFindsAllColumns(LatticeSettings.builder(LatticeType.SQUARE).size(200, 160).spacing(20).rotationDegrees(10)
			.origin(97.3, 80.6).poissonNoise(false).build());
	}

	@Test
	void findsEveryColumnOfACleanHoneycombLattice() {
		assertFindsAllColumns(LatticeSettings.builder(LatticeType.HEXAGONAL).size(180, 180).spacing(22).rotationDegrees(-23)
			.origin(91.8, 88.2).sublatticeRatio(0.6).poissonNoise(false).build());
	}

	private static void assertFindsAllColumns(LatticeSettings settings) {
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		Image2D image = lattice.image();
		double nearest = lattice.geometry().nearestNeighbourDistance();
		double minSeparation = 0.7 * nearest;
		double background = settings.dose() * settings.background();
		double dimmestPeak = settings.dose() * settings.columnIntensity() * settings.sublatticeRatio();
		List<Peak> peaks = LocalExtrema.findMaxima(image, minSeparation, background + dimmestPeak / 2);

		List<ColumnSite> interior = lattice.sites().stream().filter(s -> isInterior(s.x(), s.y(), image)).toList();
		List<Peak> interiorPeaks = peaks.stream().filter(p -> isInterior(p.x(), p.y(), image)).toList();
		assertEquals(interior.size(), interiorPeaks.size(), "one peak per column");
		double worst = 0;
		for (ColumnSite s : interior) {
			double d = interiorPeaks.stream().mapToDouble(p -> p.distance(s.x(), s.y())).min().orElseThrow();
			worst = Math.max(worst, d);
		}
		assertTrue(worst < 0.5, "every column found within 0.5 px, worst " + worst);
		assertTrue(worst < 0.15, "quadratic refinement is well below a pixel, worst " + worst);
		assertRespectsSeparation(peaks, minSeparation);
		for (int i = 1; i < peaks.size(); i++) assertTrue(peaks.get(i - 1).value() >= peaks.get(i).value(), "sorted brightest first");
	}

	private static boolean isInterior(double x, double y, Image2D image) {
		return x >= BORDER && y >= BORDER && x <= image.width() - 1 - BORDER && y <= image.height() - 1 - BORDER;
	}

	private static void assertRespectsSeparation(List<Peak> peaks, double minSeparation) {
		for (int i = 0; i < peaks.size(); i++)
			for (int j = i + 1; j < peaks.size(); j++)
				assertTrue(peaks.get(i).distance(peaks.get(j).x(), peaks.get(j).y()) >= minSeparation, "peaks " + i + " and " + j + " too close");
	}

	@Test
	void aLargeSeparationKeepsOnlyTheBrightestOfNeighbouringPeaks() {
		SyntheticLattice lattice = LatticeGenerator.generate(LatticeSettings.builder(LatticeType.SQUARE).size(128, 128).spacing(20)
			.origin(63.4, 64.1).poissonNoise(false).build());
		// the B columns are 14 px from the A columns: a 16 px separation leaves only the bright A sublattice
		List<Peak> peaks = LocalExtrema.findMaxima(lattice.image(), 16, Double.NEGATIVE_INFINITY);
		assertRespectsSeparation(peaks, 16);
		double aPeak = lattice.settings().dose() * (lattice.settings().columnIntensity() + lattice.settings().background());
		long interiorA = peaks.stream().filter(p -> isInterior(p.x(), p.y(), lattice.image()) && p.value() > 0.9 * aPeak).count();
		long interiorAll = peaks.stream().filter(p -> isInterior(p.x(), p.y(), lattice.image())).count();
		assertEquals(interiorA, interiorAll, "no dim B column survives next to a bright A column");
	}

	@Test
	void aPlateauGivesOnePeakAtItsCentre() {
		int w = 20, h = 15;
		float[] v = new float[w * h];
		for (int y = 6; y <= 7; y++)
			for (int x = 8; x <= 10; x++) v[y * w + x] = 5;
		v[2 * w + 2] = 3;
		List<Peak> peaks = LocalExtrema.findMaxima(v, w, h, 3, 1);
		assertEquals(2, peaks.size());
		assertEquals(9, peaks.get(0).x(), 1e-9);
		assertEquals(6.5, peaks.get(0).y(), 1e-9);
		assertEquals(5, peaks.get(0).value());
		assertEquals(2, peaks.get(1).x(), 1e-9);
	}

	@Test
	void minimaAreFoundDarkestFirstWithTheThresholdAsUpperBound() {
		int w = 30, h = 30;
		float[] v = new float[w * h];
		java.util.Arrays.fill(v, 10);
		v[5 * w + 5] = 1;
		v[20 * w + 22] = 4;
		v[25 * w + 6] = 8;
		List<Peak> minima = LocalExtrema.findMinima(v, w, h, 4, 5);
		assertEquals(2, minima.size());
		assertEquals(1, minima.get(0).value());
		assertEquals(5, minima.get(0).pixelX());
		assertEquals(22, minima.get(1).pixelX());
		assertEquals(20, minima.get(1).pixelY());
	}

	@Test
	void subPixelFitRecoversTheCentreOfASampledParaboloid() {
		double cx = 0.3, cy = -0.2;
		double[] nine = new double[9];
		for (int j = -1; j <= 1; j++)
			for (int i = -1; i <= 1; i++) nine[(j + 1) * 3 + i + 1] = 10 - 2 * (i - cx) * (i - cx) - (j - cy) * (j - cy) - 0.5 * (i - cx) * (j - cy);
		double[] offset = SubPixel.refineMaximum(nine);
		assertEquals(cx, offset[0], 1e-12);
		assertEquals(cy, offset[1], 1e-12);
	}
}
