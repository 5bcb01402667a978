package org.stemsift.cluster.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemsift.cluster.feature.FeatureImages.ALL;
import static org.stemsift.cluster.feature.FeatureImages.SIDE;
import static org.stemsift.cluster.feature.FeatureImages.gaussian;
import static org.stemsift.cluster.feature.FeatureImages.image;
import static org.stemsift.cluster.feature.FeatureImages.value;
import static org.stemsift.cluster.feature.FeatureImages.withDifference;

import org.junit.jupiter.api.Test;

/** Spectral features of planted sinusoids (known frequency and direction) and of white noise (known geometry). */
class FrequencyFeaturesTest {

	/** cos(2π (u x + v y) / SIDE) plus an offset the mean removal must take away. */
	static PatchImages stripes(int u, int v) {
		return withDifference(image((x, y) -> 0.3 + 0.2 * Math.cos(2 * Math.PI * (u * x + v * y) / SIDE)));
	}

	/** Distance between two angles modulo π. */
	static double angleError(double a, double b) {
		return Math.abs(Math.IEEEremainder(a - b, Math.PI));
	}

	@Test
	void sinusoidPeaksAtItsFrequencyInItsBandAndSector() {
		// Chosen so that the Hann window's leakage into neighbouring bins stays in the same band and sector.
		int[][] waves = { { 12, 0 }, { 0, 12 }, { 7, 7 }, { 7, -7 }, { 10, 2 }, { 4, 0 } };
		String[] sector = { "spectrum_sector_0", "spectrum_sector_90", "spectrum_sector_45", "spectrum_sector_135", "spectrum_sector_0", "spectrum_sector_0" };
		for (int w = 0; w < waves.length; w++) {
			int u = waves[w][0], v = waves[w][1];
			PatchImages patch = stripes(u, v);
			String at = "wave " + u + "," + v;
			double f = Math.hypot(u, v) / SIDE, angle = Math.atan2(v, u);
			assertEquals(f, value("spectral_peak_frequency", patch), 1e-12, at);
			// The Hann window spreads the line over its neighbours, symmetrically in radius to first order.
			assertEquals(f, value("spectral_centroid", patch), 0.004, at);
			assertTrue(value("spectral_spread", patch) < 0.02, at);
			assertTrue(value(sector[w], patch) > 0.95, at + ": " + sector[w]);
			// The Hann window spreads each line over ±1 bin along x and y with power weights 1/6, 2/3, 1/6: variance 1/3
			// bin² across the wavevector, |k|² + 1/3 along it (k in bins), so the moment ratio is 1 + 3|k|².
			double ratio = 1 + 3.0 * (u * u + v * v);
			assertEquals(ratio, value("spectral_anisotropy", patch), 1e-4 * ratio, at);
			assertTrue(angleError(value("spectral_orientation", patch), angle) < 0.03, at + ": orientation " + value("spectral_orientation", patch));
			assertTrue(value("spectral_entropy", patch) < 0.4, at);
			String band = f <= 0.125 ? "spectrum_low_fraction" : f <= 0.25 ? "spectrum_mid_fraction" : "spectrum_high_fraction";
			assertTrue(value(band, patch) > 0.95, at + ": " + band);
		}
	}

	@Test
	void highFrequencyStripesFallInTheHighBand() {
		PatchImages patch = stripes(24, 0);
		assertEquals(24.0 / SIDE, value("spectral_peak_frequency", patch), 1e-12);
		assertTrue(value("spectrum_high_fraction", patch) > 0.95);
	}

	@Test
	void whiteNoiseIsIsotropicAndFillsBandsAndSectorsByTheirArea() {
		// Frequencies fill the square [−0.5, 0.5]²: the low disc (r ≤ 1/8) covers π/64 of it, the mid ring 3π/64; the
		// sectors at 0° and 90° cover tan(22.5°)/2 each, the diagonal ones the rest.
		double low = Math.PI / 64, mid = 3 * Math.PI / 64, axial = Math.tan(Math.PI / 8) / 2, diagonal = 0.5 - axial;
		// One noise image fluctuates by a few percent per sector: compare means over several.
		String[] names = { "spectrum_low_fraction", "spectrum_mid_fraction", "spectrum_high_fraction", "spectrum_sector_0", "spectrum_sector_45", "spectrum_sector_90",
			"spectrum_sector_135" };
		double[] expected = { low, mid, 1 - low - mid, axial, diagonal, axial, diagonal }, mean = new double[names.length];
		int images = 16;
		for (long seed = 1; seed <= images; seed++) {
			PatchImages patch = withDifference(gaussian(SIDE * SIDE, seed, 0.1));
			assertEquals(1, value("spectral_anisotropy", patch), 0.2, "seed " + seed);
			assertTrue(value("spectral_entropy", patch) > 0.8, "seed " + seed);
			for (int k = 0; k < names.length; k++) mean[k] += value(names[k], patch) / images;
		}
		for (int k = 0; k < names.length; k++) assertEquals(expected[k], mean[k], 0.015, names[k]);
	}

	@Test
	void smoothBlobHasLowFrequenciesOnly() {
		PatchImages patch = withDifference(image((x, y) -> Math.exp(-((x - 30) * (x - 30) + (y - 34) * (y - 34)) / (2 * 4.0 * 4.0))));
		// A Gaussian of σ = 4 px has a Gaussian spectrum of σ = 1/(2π·4) ≈ 0.04 cycles/px.
		assertTrue(value("spectrum_low_fraction", patch) > 0.95);
		assertEquals(1, value("spectral_anisotropy", patch), 0.05);
	}

	@Test
	void flatImageHasNoPower() {
		PatchImages patch = withDifference(image(SIDE, i -> 0.25));
		for (PatchFeature feature : ALL.features())
			if (feature.family() == FeatureFamily.FREQUENCY)
				assertEquals(feature.getClass().getSimpleName().equals("SpectralAnisotropy") ? 1 : 0, feature.compute(patch), feature.getClass().getSimpleName());
	}
}
