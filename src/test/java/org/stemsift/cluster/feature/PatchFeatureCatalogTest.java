package org.stemsift.cluster.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemsift.cluster.feature.FeatureImages.ALL;
import static org.stemsift.cluster.feature.FeatureImages.gaussian;
import static org.stemsift.cluster.feature.FeatureImages.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.PatchAnalyzer;

/**
 * The feature catalogue as a whole: discovery finds every family, every feature is finite on awkward patches, the
 * batch computation agrees with the per-patch one, and docs/features.md lists exactly the discovered features.
 */
class PatchFeatureCatalogTest {

	@Test
	void discoveryFindsAllFamiliesWithUniqueSnakeCaseNames() {
		List<String> names = ALL.names();
		assertTrue(names.size() >= 45, names.size() + " features: " + names);
		assertEquals(names.size(), new HashSet<>(names).size(), "names are unique");
		Map<FeatureFamily, Integer> perFamily = new EnumMap<>(FeatureFamily.class);
		for (int i = 0; i < names.size(); i++) {
			PatchFeature f = ALL.features().get(i);
			perFamily.merge(f.family(), 1, Integer::sum);
			assertTrue(names.get(i).matches("[a-z][a-z0-9_]*"), names.get(i));
			assertTrue(f.description().endsWith("."), names.get(i) + ": one sentence: " + f.description());
		}
		assertTrue(perFamily.getOrDefault(FeatureFamily.INTENSITY, 0) >= 15, perFamily.toString());
		assertTrue(perFamily.getOrDefault(FeatureFamily.SHAPE, 0) >= 12, perFamily.toString());
		assertTrue(perFamily.getOrDefault(FeatureFamily.FREQUENCY, 0) >= 10, perFamily.toString());
	}

	/** Patches that tend to break statistics: flat, zero, noisy, extreme magnitudes, a single spike, tiny sides. */
	static List<PatchImages> awkwardPatches() {
		List<PatchImages> patches = new ArrayList<>();
		for (int side : new int[] { 1, 2, 3, 17, 64 }) {
			int n = side * side;
			float[] zero = new float[n], flat = image(side, i -> 0.37), noise = gaussian(n, side, 0.2);
			SplittableRandom r = new SplittableRandom(side);
			float[] extreme = image(side, i -> switch (r.nextInt(4)) {
				case 0 -> Float.MAX_VALUE;
				case 1 -> -Float.MAX_VALUE;
				case 2 -> Float.MIN_VALUE;
				default -> r.nextGaussian() * 1e30;
			});
			float[] spike = new float[n];
			spike[n / 2] = 1;
			float[] tiny = image(side, i -> 1e-30 * (i % 3));
			patches.add(new PatchImages(side, flat, flat, zero, zero));
			patches.add(new PatchImages(side, flat, flat, flat, flat));
			patches.add(new PatchImages(side, noise, flat, noise, noise));
			patches.add(new PatchImages(side, extreme, noise, extreme, extreme));
			patches.add(new PatchImages(side, spike, zero, spike, spike));
			patches.add(new PatchImages(side, tiny, flat, tiny, tiny));
		}
		return patches;
	}

	@Test
	void everyFeatureIsFiniteOnAwkwardPatches() {
		for (PatchImages patch : awkwardPatches()) {
			double[] v = ALL.computeOne(patch);
			for (int f = 0; f < v.length; f++)
				assertTrue(Double.isFinite(v[f]), ALL.names().get(f) + " on a " + patch.side() + " px patch: " + v[f]);
		}
	}

	@Test
	void sharedIntermediatesAreComputedOncePerPatch() {
		float[] d = gaussian(64 * 64, 5, 0.1);
		PatchImages patch = new PatchImages(64, d, d, d, d);
		ALL.computeOne(patch);
		assertSame(patch.blobs(), patch.blobs());
		assertSame(patch.spectrum(), patch.spectrum());
		assertSame(patch.differenceStats(), patch.differenceStats());
		assertSame(patch.filteredStats(), patch.filteredStats());
	}

	@Test
	void batchComputationOverAnAnalysisMatchesOnePatchAtATime() {
		int side = 16, n = 150, pp = side * side;
		float[][] images = new float[4][];
		for (int k = 0; k < 4; k++) images[k] = gaussian(n * pp, 40 + k, 0.3);
		// One more blobby patch so the shape features are exercised: a bright square in patch 7's filtered image.
		for (int y = 5; y < 9; y++)
			for (int x = 6; x < 10; x++) images[3][7 * pp + y * side + x] = 3;
		PatchStack stack = new PatchStack(n, side, side, new float[n * pp]);
		PatchAnalyzer.Analysis analysis = new PatchAnalyzer.Analysis(stack, images[0], images[1], images[2], images[3], null);
		FeatureTable table = ALL.compute(analysis, null);
		assertEquals(n, table.patchCount());
		assertEquals(ALL.names(), table.names());
		for (int i = 0; i < n; i++) {
			float[][] one = new float[4][pp];
			for (int k = 0; k < 4; k++) System.arraycopy(images[k], i * pp, one[k], 0, pp);
			double[] expected = ALL.computeOne(new PatchImages(side, one[0], one[1], one[2], one[3]));
			assertArrayEquals(expected, table.values()[i], 0, "patch " + i);
		}
		int blobCount = table.names().indexOf("blob_count");
		assertEquals(1, table.values()[7][blobCount], "the planted square is one blob");
		for (int f = 0; f < table.featureCount(); f++) {
			assertEquals(ALL.features().get(f).family(), table.families().get(f));
			assertEquals(ALL.features().get(f).description(), table.descriptions().get(f));
		}
	}

	@Test
	void docsListExactlyTheDiscoveredFeatures() throws IOException {
		String doc = Files.readString(Path.of("docs", "features.md"));
		Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| ([a-z]+) \\| (.+) \\|$").matcher(doc);
		List<String> documented = new ArrayList<>();
		while (row.find()) {
			documented.add(row.group(1));
			int i = ALL.names().indexOf(row.group(1));
			assertTrue(i >= 0, "docs/features.md lists " + row.group(1) + ", which no plugin provides");
			PatchFeature f = ALL.features().get(i);
			assertEquals(f.family().name().toLowerCase(), row.group(2), row.group(1));
			assertEquals(f.description(), row.group(3), row.group(1));
		}
		for (int i = 0; i < ALL.names().size(); i++) {
			PatchFeature f = ALL.features().get(i);
			assertTrue(documented.contains(ALL.names().get(i)), "docs/features.md needs the row: | `" + ALL.names().get(i) + "` | "
				+ f.family().name().toLowerCase() + " | " + f.description() + " |");
		}
		assertEquals(documented.size(), new HashSet<>(documented).size(), "each feature once");
	}
}
