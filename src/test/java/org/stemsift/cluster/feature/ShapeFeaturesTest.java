package org.stemsift.cluster.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemsift.cluster.feature.FeatureImages.ALL;
import static org.stemsift.cluster.feature.FeatureImages.SIDE;
import static org.stemsift.cluster.feature.FeatureImages.disc;
import static org.stemsift.cluster.feature.FeatureImages.image;
import static org.stemsift.cluster.feature.FeatureImages.value;
import static org.stemsift.cluster.feature.FeatureImages.withDifference;

import org.junit.jupiter.api.Test;

/** Blob geometry against discs, ellipses, squares and an L whose areas, moments and hulls are known. */
class ShapeFeaturesTest {

	static final double AREA = (double) SIDE * SIDE;

	@Test
	void discHasItsAreaDiameterRoundnessAndCentroid() {
		double cx = 40.3, cy = 22.7;
		for (double r : new double[] { 5, 8, 12 }) {
			PatchImages patch = withDifference(disc(cx, cy, r));
			String at = "r = " + r;
			assertEquals(1, value("blob_count", patch), at);
			assertEquals(Math.PI * r * r / AREA, value("largest_blob_area", patch), 0.04 * Math.PI * r * r / AREA, at);
			assertEquals(value("largest_blob_area", patch), value("blob_area_fraction", patch), 1e-12, at);
			assertEquals(1, value("largest_blob_area_share", patch), at);
			assertEquals(1, value("blob_polarity", patch), at);
			assertEquals(2 * r / SIDE, value("largest_blob_equivalent_diameter", patch), 0.02 * 2 * r / SIDE, at);
			assertEquals(2 * Math.PI * r / SIDE, value("largest_blob_perimeter", patch), 0.05 * 2 * Math.PI * r / SIDE, at);
			// A digital disc's moments differ by a few percent, and √(1 − λ₂/λ₁) magnifies that (0.04 to 0.24 here).
			assertEquals(0, value("largest_blob_eccentricity", patch), 0.3, at);
			assertEquals(1, value("largest_blob_solidity", patch), 0.1, at);
			assertEquals(1, value("largest_blob_compactness", patch), 0.08, at);
			assertEquals(Math.PI / 4, value("largest_blob_extent", patch), 0.06, at);
			// A digital disc's centroid can sit a tenth of a pixel off the true centre.
			assertEquals(Math.hypot(cx - 31.5, cy - 31.5) / SIDE, value("largest_blob_centroid_distance", patch), 0.2 / SIDE, at);
			assertEquals(1 / (2 * Math.PI), value("largest_blob_hu1", patch), 0.003, at);
			assertEquals(0, value("largest_blob_hu2", patch), 1e-4, at);
			assertEquals(0, value("largest_blob_hu3", patch), 1e-4, at);
			assertEquals(0, value("largest_blob_hu4", patch), 1e-4, at);
		}
	}

	/** An ellipse with semi-axes a, b whose major axis makes angle theta with +x (towards +y). */
	static float[] ellipse(double a, double b, double theta) {
		double c = Math.cos(theta), s = Math.sin(theta);
		return image((x, y) -> {
			double dx = x - 31.2, dy = y - 32.6, u = (dx * c + dy * s) / a, v = (-dx * s + dy * c) / b;
			return u * u + v * v <= 1 ? 1 : 0;
		});
	}

	@Test
	void ellipseHasItsEccentricityAndOrientation() {
		double a = 14, b = 5;
		for (double theta : new double[] { 0, Math.PI / 6, -Math.PI / 3, Math.PI / 2 }) {
			PatchImages patch = withDifference(ellipse(a, b, theta));
			String at = "theta = " + theta;
			assertEquals(Math.sqrt(1 - b * b / (a * a)), value("largest_blob_eccentricity", patch), 0.01, at);
			double orientation = value("largest_blob_orientation", patch);
			double wrapped = Math.abs(Math.IEEEremainder(orientation - theta, Math.PI));
			assertTrue(wrapped < 0.02, at + ": orientation " + orientation);
			assertTrue(orientation > -Math.PI / 2 && orientation <= Math.PI / 2, at + ": range");
			assertEquals(Math.PI * a * b / AREA, value("largest_blob_area", patch), 0.03 * Math.PI * a * b / AREA, at);
			// η20 + η02 of an ellipse: (a² + b²) / (4π a b).
			assertEquals((a * a + b * b) / (4 * Math.PI * a * b), value("largest_blob_hu1", patch), 0.01, at);
			assertEquals(1, value("largest_blob_solidity", patch), 0.1, at);
		}
	}

	@Test
	void squareIsFullyConvexAndFillsItsBox() {
		PatchImages patch = withDifference(image((x, y) -> x >= 10 && x < 30 && y >= 12 && y < 32 ? 1 : 0));
		assertEquals(1, value("largest_blob_solidity", patch), 1e-12);
		assertEquals(1, value("largest_blob_extent", patch), 1e-12);
		assertEquals(0, value("largest_blob_eccentricity", patch), 1e-6);
		assertEquals(400 / AREA, value("largest_blob_area", patch), 1e-12);
		// The π/4 edge-length factor suits curved outlines; an axis-parallel square's perimeter comes out π/4 too short.
		assertEquals(4 / Math.PI, value("largest_blob_compactness", patch), 1e-9, "4π·s² / (4s·π/4)²");
		assertEquals(Math.hypot(19.5 - 31.5, 21.5 - 31.5) / SIDE, value("largest_blob_centroid_distance", patch), 1e-12);
	}

	@Test
	void lShapeSolidityIsItsAreaOverItsHull() {
		// Pixels x 10..14 for rows 10..29 and x 15..29 for rows 25..29: area 175; the hull of the pixel squares is
		// the square [10, 30]² without the triangle (15, 10), (30, 10), (30, 25): 400 − 112.5.
		PatchImages patch = withDifference(image((x, y) -> (x >= 10 && x < 15 && y >= 10 && y < 30) || (x >= 15 && x < 30 && y >= 25 && y < 30) ? 1 : 0));
		assertEquals(175 / 287.5, value("largest_blob_solidity", patch), 1e-12);
		assertEquals(175 / 400.0, value("largest_blob_extent", patch), 1e-12);
	}

	@Test
	void blobsOfOppositeSignStaySeparateAndTheLargestIsMeasured() {
		// A bright disc touching a larger dark one (a displaced atom's pair: columns x 18..25 and 26..37), and a small
		// bright one apart.
		float[] bright = disc(21.5, 32.5, 4), dark = disc(31.5, 32.5, 6), small = disc(50.5, 10.5, 2);
		float[] f = image(SIDE, i -> bright[i] + small[i] - dark[i]);
		PatchImages patch = withDifference(f);
		int nb = count(bright), nd = count(dark), ns = count(small);
		assertEquals(3, value("blob_count", patch));
		assertEquals((nb + ns - nd) / (double) (nb + nd + ns), value("blob_polarity", patch), 1e-12);
		assertEquals((nb + nd + ns) / AREA, value("blob_area_fraction", patch), 1e-12);
		assertEquals(nd / AREA, value("largest_blob_area", patch), 1e-12);
		assertEquals(nd / (double) (nb + nd + ns), value("largest_blob_area_share", patch), 1e-12);
		assertEquals(Math.hypot(31.5 - 31.5, 32.5 - 31.5) / SIDE, value("largest_blob_centroid_distance", patch), 1e-9);
		// The same discs all bright: the touching two merge.
		PatchImages merged = withDifference(image(SIDE, i -> Math.max(bright[i] + small[i], dark[i])));
		assertEquals(2, value("blob_count", merged));
	}

	@Test
	void diagonalNeighboursAreConnected() {
		// A one-pixel-wide diagonal line is one 8-connected blob.
		PatchImages patch = withDifference(image((x, y) -> x == y && x >= 20 && x < 40 ? 1 : 0));
		assertEquals(1, value("blob_count", patch));
		assertEquals(20 / AREA, value("largest_blob_area", patch), 1e-12);
		assertTrue(value("largest_blob_eccentricity", patch) > 0.99);
		assertEquals(Math.PI / 4, value("largest_blob_orientation", patch), 1e-9);
	}

	@Test
	void thresholdKeepsOnlyThePixelsFarAboveTheMean() {
		// Weak Gaussian background (|f| mean ≈ 0.8σ, std ≈ 0.6σ) and one strong disc: the threshold mean + 2·std of
		// |f| lies between, so the disc is the largest blob.
		float[] noise = FeatureImages.gaussian(SIDE * SIDE, 11, 0.01), d = disc(33.2, 30.1, 6);
		PatchImages patch = withDifference(image(SIDE, i -> noise[i] + d[i]));
		assertEquals(count(d) / AREA, value("largest_blob_area", patch), 1e-12);
	}

	@Test
	void noBlobsGiveZeros() {
		for (float[] f : new float[][] { new float[SIDE * SIDE], image(SIDE, i -> 0.7), image(SIDE, i -> i % 2 == 0 ? 0.4 : -0.4) }) {
			PatchImages patch = withDifference(f);
			for (PatchFeature feature : ALL.features())
				if (feature.family() == FeatureFamily.SHAPE) assertEquals(0, feature.compute(patch), feature.getClass().getSimpleName());
		}
	}

	static int count(float[] mask) {
		int n = 0;
		for (float v : mask) if (v != 0) n++;
		return n;
	}
}
