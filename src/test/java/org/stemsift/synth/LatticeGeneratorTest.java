package org.stemsift.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;
import org.stemsift.core.filter.Statistics;

class LatticeGeneratorTest {

	private static LatticeSettings.Builder mixedDefects() {
		return LatticeSettings.builder(LatticeType.SQUARE).size(384, 320).spacing(20).rotationDegrees(12).origin(190.2, 161.7)
			.vacancies(4).substitutions(4, 0.5).substitutions(2, 1.6).displacements(4, 0.25).interstitials(4, 0.5).seed(42);
	}

	@Test
	void sameSeedGivesIdenticalImagesAndAnotherSeedDoesNot() {
		SyntheticLattice a = LatticeGenerator.generate(mixedDefects().build());
		SyntheticLattice b = LatticeGenerator.generate(mixedDefects().build());
		SyntheticLattice c = LatticeGenerator.generate(mixedDefects().seed(43).build());
		assertEquals(a.image(), b.image());
		assertEquals(a.defects(), b.defects());
		assertEquals(a.sites(), b.sites());
		assertNotEquals(a.image(), c.image());
		assertNotEquals(a.defects(), c.defects());
	}

	@Test
	void everyKindIsPlantedAsOftenAsRequestedApartFromEachOtherAndTheBorder() {
		for (LatticeType type : LatticeType.values()) {
			LatticeSettings settings = mixedDefects().lattice(type).build();
			SyntheticLattice lattice = LatticeGenerator.generate(settings);
			assertEquals(4, lattice.defects(DefectKind.VACANCY).size(), type.name());
			assertEquals(6, lattice.defects(DefectKind.SUBSTITUTION).size(), type.name());
			assertEquals(4, lattice.defects(DefectKind.DISPLACEMENT).size(), type.name());
			assertEquals(4, lattice.defects(DefectKind.INTERSTITIAL).size(), type.name());
			double a = settings.spacing();
			List<PlantedDefect> defects = lattice.defects();
			for (PlantedDefect d : defects) {
				assertTrue(d.x() >= a && d.y() >= a && d.x() <= settings.width() - 1 - a && d.y() <= settings.height() - 1 - a, "away from border: " + d);
				for (PlantedDefect other : defects)
					if (other != d) assertTrue(d.distance(other) >= 2 * a, type + ": " + d + " too close to " + other);
			}
			for (DefectKind kind : List.of(DefectKind.VACANCY, DefectKind.SUBSTITUTION, DefectKind.DISPLACEMENT, DefectKind.INTERSTITIAL))
				assertEquals(lattice.defects(kind).size(), lattice.sites().stream().filter(s -> s.defect() == kind).count(), "site labels of " + kind);
		}
	}

	@Test
	void defectsSitWhereTheirKindSaysWithTheExpectedSign() {
		LatticeSettings settings = mixedDefects().build();
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		double a = settings.spacing();
		for (PlantedDefect d : lattice.defects()) {
			switch (d.kind()) {
				case VACANCY -> assertEquals(IntensityChange.MISSING, d.sign());
				case SUBSTITUTION -> assertEquals(d.magnitude() < 1 ? IntensityChange.MISSING : IntensityChange.EXTRA, d.sign());
				case DISPLACEMENT -> {
					assertEquals(IntensityChange.BOTH, d.sign());
					assertEquals(0.25 * a, Math.hypot(d.x() - d.siteX(), d.y() - d.siteY()), 1e-9);
				}
				case INTERSTITIAL -> {
					assertEquals(IntensityChange.EXTRA, d.sign());
					// the empty edge midpoint of a perovskite cell is half a spacing from the nearest column
					double nearest = lattice.sites().stream().filter(s -> s.sublattice() != ColumnSite.INTERSTITIAL)
						.mapToDouble(s -> Math.hypot(s.x() - d.x(), s.y() - d.y())).min().orElseThrow();
					assertEquals(0.5 * a, nearest, 1e-9);
				}
				case NONE -> throw new AssertionError();
			}
		}
	}

	@Test
	void honeycombInterstitialsFillHexagonCentres() {
		SyntheticLattice lattice = LatticeGenerator.generate(LatticeSettings.builder(LatticeType.HEXAGONAL).size(300, 300).spacing(24)
			.interstitials(5, 0.6).seed(9).build());
		for (PlantedDefect d : lattice.defects()) {
			List<Double> distances = new ArrayList<>();
			for (ColumnSite s : lattice.sites())
				if (s.sublattice() != ColumnSite.INTERSTITIAL) distances.add(Math.hypot(s.x() - d.x(), s.y() - d.y()));
			distances.sort(null);
			// six columns (3 A, 3 B) on the ring around the centre, at the bond length a / sqrt(3)
			for (int k = 0; k < 6; k++) assertEquals(24 / Math.sqrt(3), distances.get(k), 1e-9);
			assertTrue(distances.get(6) > 24 / Math.sqrt(3) + 1);
		}
	}

	@Test
	void vacancySitesAreDarkerThanTheMedianIntactSite() {
		LatticeSettings settings = mixedDefects().clearDefects().vacancies(6).dose(30).build();
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		Image2D image = lattice.image();
		for (int sublattice = 0; sublattice < 2; sublattice++) {
			int s = sublattice;
			double[] intact = lattice.sites().stream().filter(site -> site.sublattice() == s && site.defect() == DefectKind.NONE)
				.mapToDouble(site -> meanAround(image, site.x(), site.y())).toArray();
			double median = Statistics.median(toFloats(intact));
			for (ColumnSite site : lattice.sites())
				if (site.sublattice() == s && site.defect() == DefectKind.VACANCY)
					assertTrue(meanAround(image, site.x(), site.y()) < median, "vacancy at " + site + " below median " + median);
		}
	}

	private static float[] toFloats(double[] v) {
		float[] out = new float[v.length];
		for (int i = 0; i < v.length; i++) out[i] = (float) v[i];
		return out;
	}

	/** Mean of the 3 x 3 pixels around the nearest pixel. */
	private static double meanAround(Image2D image, double x, double y) {
		int cx = (int) Math.round(x), cy = (int) Math.round(y);
		double sum = 0;
		int n = 0;
		for (int dy = -1; dy <= 1; dy++)
			for (int dx = -1; dx <= 1; dx++) {
				int xx = cx + dx, yy = cy + dy;
				if (xx >= 0 && yy >= 0 && xx < image.width() && yy < image.height()) { sum += image.get(xx, yy); n++; }
			}
		return sum / n;
	}

	@Test
	void poissonNoiseHasVarianceEqualToTheExpectedCounts() {
		LatticeSettings settings = mixedDefects().dose(20).build();
		float[] noisy = LatticeGenerator.generate(settings).image().pixels();
		float[] expected = LatticeGenerator.generate(settings.withoutNoise()).image().pixels();
		double sumExpected = 0, sumNoisy = 0, sumSquaredResidual = 0;
		for (int i = 0; i < noisy.length; i++) {
			sumExpected += expected[i];
			sumNoisy += noisy[i];
			sumSquaredResidual += (noisy[i] - expected[i]) * (double) (noisy[i] - expected[i]);
		}
		assertEquals(1, sumNoisy / sumExpected, 0.01, "noise is unbiased");
		assertEquals(1, sumSquaredResidual / sumExpected, 0.03, "variance equals mean");
		for (float v : noisy) assertEquals(Math.rint(v), v, 0, "counts are whole numbers");
	}

	@Test
	void theDefectFreeTwinSharesTheNoiseAwayFromTheDefects() {
		LatticeSettings settings = mixedDefects().scanJitter(0.3).build();
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		Image2D twin = lattice.defectFreeImage();
		double reach = 5 * settings.columnSigma() + 0.25 * settings.spacing() + 3;
		int changedNear = 0;
		for (int y = 0; y < settings.height(); y++) {
			for (int x = 0; x < settings.width(); x++) {
				boolean nearDefect = false;
				for (PlantedDefect d : lattice.defects())
					nearDefect |= Math.hypot(x - d.siteX(), y - d.siteY()) < reach || Math.hypot(x - d.x(), y - d.y()) < reach;
				if (!nearDefect) assertEquals(lattice.image().get(x, y), twin.get(x, y), 0, "pixel " + x + "," + y);
				else if (lattice.image().get(x, y) != twin.get(x, y)) changedNear++;
			}
		}
		assertTrue(changedNear > 18 * 20, "every defect changes pixels, " + changedNear + " changed");
		assertEquals(twin, LatticeGenerator.renderReference(settings, settings.seed()));
		assertNotEquals(twin, LatticeGenerator.renderReference(settings, settings.seed() + 1));
		assertTrue(LatticeGenerator.generate(settings.withSeed(7).withoutDefects()).defects().isEmpty());
	}

	@Test
	void scanJitterShiftsLinesReproducibly() {
		LatticeSettings still = mixedDefects().poissonNoise(false).build();
		LatticeSettings jittered = still.toBuilder().scanJitter(0.5).build();
		assertNotEquals(LatticeGenerator.generate(still).image(), LatticeGenerator.generate(jittered).image());
		assertEquals(LatticeGenerator.generate(jittered).image(), LatticeGenerator.generate(jittered).image());
	}

	@Test
	void fractionsAreTakenOfTheEligibleSites() {
		LatticeSettings settings = LatticeSettings.builder(LatticeType.SQUARE).size(400, 400).spacing(20)
			.defect(DefectRequest.vacancies(0).asFraction(0.01).onSublattice(1)).seed(3).build();
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		long eligibleB = lattice.sites().stream().filter(s -> s.sublattice() == 1 && s.x() >= 20 && s.y() >= 20 && s.x() <= 379 && s.y() <= 379).count();
		assertEquals(Math.round(0.01 * eligibleB), lattice.defects().size());
		assertTrue(lattice.defects().stream().allMatch(d -> d.sublattice() == 1));
	}

	@Test
	void anImpossibleRequestFailsWithAnExplanation() {
		LatticeSettings crowded = LatticeSettings.builder(LatticeType.SQUARE).size(128, 128).spacing(20).vacancies(30).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatticeGenerator.generate(crowded));
		assertTrue(e.getMessage().contains("Ask for fewer defects"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> LatticeSettings.builder(LatticeType.SQUARE).spacing(-1).build());
		assertThrows(IllegalArgumentException.class, () -> DefectRequest.vacancies(-3));
	}

	@Test
	void siteListHoldsEveryColumnInsideTheImageWithItsCell() {
		LatticeSettings settings = LatticeSettings.builder(LatticeType.SQUARE).size(100, 100).spacing(20).origin(10, 10).poissonNoise(false).build();
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		// A sites at 10, 30, 50, 70, 90 on both axes (25), B sites at 20, 40, 60, 80 plus 0 (25)
		assertEquals(25, lattice.sites().stream().filter(s -> s.sublattice() == 0).count());
		assertEquals(25, lattice.sites().stream().filter(s -> s.sublattice() == 1).count());
		ColumnSite b = lattice.sites().stream().filter(s -> s.sublattice() == 1 && s.x() == 40 && s.y() == 60).findFirst().orElseThrow();
		assertEquals(1, b.cellU());
		// a2 points up on screen (-y), so cells further down have lower v
		assertEquals(-3, b.cellV());
		assertEquals("B", b.sublatticeName());
	}
}
