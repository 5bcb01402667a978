package org.stemsift.patterson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

/** Scheme two on synthetic perovskite: the automatic reflection, fringe-centred segments, the domain map. */
class SchemeTwoTest {

	static final double SPACING = 16;
	static final PattersonSettings SETTINGS = PattersonSettings.defaults(2).toBuilder().gammaFactors(new double[0]).build();

	/** Left part B columns at half the A intensity, right part as bright as A: two phases on one lattice. */
	static Image2D twoPhases(int width, int height, int split) {
		LatticeSettings left = LatticeSettings.builder(LatticeType.SQUARE).size(width, height).spacing(SPACING).rotationDegrees(10).sublatticeRatio(0.5).seed(5).build();
		Image2D a = LatticeGenerator.generate(left).image(), b = LatticeGenerator.generate(left.toBuilder().sublatticeRatio(1).build()).image();
		float[] p = a.pixels().clone();
		for (int y = 0; y < height; y++) System.arraycopy(b.pixels(), y * width + split, p, y * width + split, width - split);
		return new Image2D(width, height, p).withName("two phases");
	}

	@TempDir
	Path dir;

	@Test
	void fringeCentredSegmentsCoverTheCrystalAndLabelTwoClasses() throws Exception {
		int w = 384, h = 256;
		Image2D image = twoPhases(w, h, 270);
		PattersonResult r = new PattersonOcsvm(SETTINGS).run(image, Progress.NONE);
		Reflection g = r.fringes().reflection();
		// A and B columns together form a lattice of spacing 16 / sqrt 2; its reflection is the strongest
		assertEquals(SPACING / Math.sqrt(2), g.spacing(), 0.03 * SPACING, "interplanar spacing");
		Segmentation s = r.segmentation();
		assertEquals(Math.round(g.spacing()), s.side());
		assertTrue((double) s.count() * s.side() * s.side() > 0.6 * w * h, "segments cover most of the image: " + s.count());
		for (int i = 0; i < s.count(); i++) assertTrue(s.x()[i] >= 0 && s.x()[i] < w && s.y()[i] >= 0 && s.y()[i] < h, "segment " + i + " centre outside the image");
		Set<Integer> labels = new HashSet<>();
		for (int v : r.labels()) labels.add(v);
		assertEquals(Set.of(0, 1, 2), labels, "domains 1 and 2, 0 where no segment lies");
		// the two phases are the two domains: count segments (away from the phase boundary) on the right side of it
		int agree = 0, counted = 0;
		for (int i = 0; i < s.count(); i++) {
			if (Math.abs(s.x()[i] - 270) < s.side()) continue;
			counted++;
			if ((s.x()[i] > 270) == (r.domains()[i] == 1)) agree++;
		}
		double accuracy = Math.max(agree, counted - agree) / (double) counted;
		assertTrue(accuracy >= 0.95, "domain map matches the two phases for " + accuracy + " of " + counted + " segments");
		PattersonFiles.write(r, image, dir);
		ImagePlus fft = IJ.openImage(dir.resolve("fft.png").toString());
		assertNotNull(fft, "scheme two writes the power spectrum with the chosen reflection");
		assertEquals(2 * Math.min(h / 2, (int) Math.ceil(3 * g.radius())), fft.getWidth(), "the spectrum out to 3 |g|");
		System.out.printf("Scheme 2, synthetic: reflection (%.1f, %.1f), d = %.2f px, %d segments, %d components, nu %.2f, %d outliers, domains %.3f%n", g.u(), g.v(),
			g.spacing(), s.count(), r.components(), r.nu(), r.outlierCount(), accuracy);
	}

	@Test
	void aGivenReflectionIsUsed() {
		Image2D image = twoPhases(256, 256, 128);
		BraggFilter bragg = BraggFilter.of(image);
		Reflection auto = bragg.automaticReflection(4);
		PattersonSettings given = SETTINGS.toBuilder().reflection(-auto.v(), auto.u()).nu(0.05).build(); // the (11) reflection turned by 90 degrees
		PattersonResult r = new PattersonOcsvm(given).run(image, Progress.NONE);
		assertEquals(-auto.v(), r.fringes().reflection().u(), 1e-9);
		assertEquals(auto.spacing(), r.fringes().reflection().spacing(), 1e-9, "the turned reflection has the same spacing");
		assertEquals(null, r.scan(), "nu was given: no scan");
		assertEquals(0.05, r.nu());
	}

	@Test
	void theFundamentalReflectionIsPreferredToItsHarmonic() {
		// stripes with a period of 24 px and a stronger second harmonic (period 12); 240 px hold whole periods
		int n = 240;
		float[] p = new float[n * n];
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) p[y * n + x] = (float) (0.4 * Math.cos(2 * Math.PI * x / 24.0) + Math.cos(2 * Math.PI * x / 12.0) + 0.5 * Math.cos(2 * Math.PI * y / 12.0));
		Reflection g = BraggFilter.of(new Image2D(n, n, p)).automaticReflection(4);
		assertEquals(24, g.spacing(), 0.1);
	}
}
