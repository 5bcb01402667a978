package org.stemsift.cluster.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.FeatureTable;

/**
 * A constructed table of three planted patch groups: two separating features, a rescaled copy of the first (tier 1), a
 * pure-noise feature (tier 2), a feature that separates one group but barely varies relative to its size (tier 3) and a
 * constant one.
 */
class FeatureSelectionTest {

	static final List<String> NAMES = List.of("sep_a", "sep_b", "sep_a_copy", "noise", "flat", "const");

	static FeatureTable planted() {
		Random r = new Random(12);
		int n = 600;
		double[][] v = new double[n][NAMES.size()];
		for (int i = 0; i < n; i++) {
			int group = i % 3;
			v[i][0] = 5 * (group - 1) + r.nextGaussian();
			v[i][1] = new double[] { 4, -4, 0 }[group] + r.nextGaussian();
			v[i][2] = 2 * v[i][0] + 1 + 0.05 * r.nextGaussian();
			v[i][3] = r.nextGaussian();
			v[i][4] = 100 + (group == 1 ? 0.8 : 0) + 0.1 * r.nextGaussian();
			v[i][5] = 3;
		}
		return table(NAMES, v);
	}

	static FeatureTable table(List<String> names, double[][] values) {
		return new FeatureTable(names, Collections.nCopies(names.size(), FeatureFamily.INTENSITY), Collections.nCopies(names.size(), ""), values);
	}

	/** The paper's limits: tier 2 on, with limit 0 (the defaults leave it off). */
	static final SelectionSettings PAPER = SelectionSettings.paper();

	@Test
	void defaultsLeaveTierTwoOff() {
		SelectionResult result = FeatureSelection.select(planted(), SelectionSettings.defaults());
		assertEquals(List.of("sep_a", "sep_b", "noise"), result.kept());
		assertTrue(result.removed().stream().noneMatch(m -> m.tier() == 2), result.removed()::toString);
	}

	@Test
	void removesEachPlantedFeatureInItsTier() {
		SelectionResult result = FeatureSelection.select(planted(), PAPER);
		assertEquals(List.of("sep_a", "sep_b"), result.kept());
		assertArrayEquals(new int[] { 0, 1 }, result.keptIndices());
		assertEquals(4, result.removed().size());
		assertRemoval(result, "const", 3, "constant");
		assertRemoval(result, "sep_a_copy", 1, "with sep_a");
		assertTrue(removal(result, "sep_a_copy").reason().startsWith("|r| = 1.000") || removal(result, "sep_a_copy").reason().startsWith("|r| = 0.99"));
		assertRemoval(result, "noise", 2, "single-feature silhouette");
		assertTrue(removal(result, "noise").reason().contains("K = 3"), removal(result, "noise").reason());
		assertRemoval(result, "flat", 3, "mean absolute value");
		for (Removal m : result.removed()) assertFalse(m.reason().contains("NaN"), m.reason());
	}

	@Test
	void givenProvisionalKAndLooserLimitsKeepMore() {
		SelectionResult result = FeatureSelection.select(planted(), new SelectionSettings(1.0, -1, 0, 3, 1));
		assertEquals(List.of("sep_a", "sep_b", "sep_a_copy", "noise", "flat"), result.kept());
		assertEquals(1, result.removed().size());
	}

	@Test
	void isDeterministic() {
		SelectionResult a = FeatureSelection.select(planted(), PAPER);
		SelectionResult b = FeatureSelection.select(planted(), PAPER);
		assertEquals(a.kept(), b.kept());
		assertEquals(a.removed(), b.removed());
	}

	@Test
	void neverRemovesEverything() {
		FeatureTable t = planted();
		SelectionResult silhouette = FeatureSelection.select(t, new SelectionSettings(0.95, 0.99, 0.1, 3, 1));
		assertEquals(1, silhouette.kept().size());
		String best = silhouette.kept().get(0);
		assertTrue(removal(silhouette, "sep_b").reason().contains("so the best one, " + best), removal(silhouette, "sep_b").reason());

		SelectionResult variance = FeatureSelection.select(t, new SelectionSettings(0.95, 0, 1e9, 3, 1));
		assertEquals(1, variance.kept().size());
		assertTrue(variance.removed().stream().anyMatch(m -> m.tier() == 3 && m.reason().contains("was kept")));

		double[][] constant = new double[5][2];
		for (double[] row : constant) { row[0] = 1; row[1] = 2; }
		SelectionResult allConstant = FeatureSelection.select(table(List.of("a", "b"), constant), PAPER);
		assertEquals(List.of("a"), allConstant.kept());
		assertRemoval(allConstant, "b", 3, "every feature is constant, so a was kept");
	}

	@Test
	void stopsWhenCancelled() {
		org.stemsift.progress.Progress cancelled = new org.stemsift.progress.Progress() {
			@Override public void update(String message, long done, long total) {}
			@Override public boolean isCancelled() { return true; }
		};
		assertThrows(org.stemsift.progress.CancelledException.class, () -> FeatureSelection.select(planted(), PAPER, cancelled));
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class, () -> new SelectionSettings(0, 0, 0.1, 0, 1));
		assertThrows(IllegalArgumentException.class, () -> new SelectionSettings(0.95, 0, 0.1, 1, 1));
		double[][] nan = { { 1, 2 }, { Double.NaN, 3 }, { 2, 2 } };
		assertThrows(IllegalArgumentException.class, () -> FeatureSelection.select(table(List.of("a", "b"), nan), PAPER));
		assertThrows(IllegalArgumentException.class, () -> FeatureSelection.select(table(List.of("a"), new double[][] { { 1 }, { 2 } }), PAPER));
		double[][] four = { { 1 }, { 2 }, { 3 }, { 4 } };
		assertThrows(IllegalArgumentException.class, () -> FeatureSelection.select(table(List.of("a"), four), new SelectionSettings(0.95, 0, 0.1, 4, 1)));
	}

	private static Removal removal(SelectionResult r, String feature) {
		return r.removed().stream().filter(m -> m.feature().equals(feature)).findFirst().orElseThrow(() -> new AssertionError(feature + " was not removed: " + r));
	}

	private static void assertRemoval(SelectionResult r, String feature, int tier, String reasonPart) {
		Removal m = removal(r, feature);
		assertEquals(tier, m.tier(), feature + ": " + m.reason());
		assertTrue(m.reason().contains(reasonPart), feature + ": " + m.reason());
	}
}
