package org.stemsift.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DefectMatcherTest {

	private static List<PointXY> points(double... xy) {
		List<PointXY> out = new ArrayList<>();
		for (int i = 0; i < xy.length; i += 2) out.add(new PointXY(xy[i], xy[i + 1]));
		return out;
	}

	@Test
	void countsTruePositivesFalsePositivesAndMisses() {
		List<PointXY> truth = points(0, 0, 10, 0, 20, 0);
		List<PointXY> detected = points(0.6, 0, 10.3, 0.4, 50, 50);
		MatchResult r = new DefectMatcher(1).match(detected, truth);
		assertEquals(2, r.truePositives());
		assertEquals(1, r.falsePositives());
		assertEquals(1, r.falseNegatives());
		assertEquals(2.0 / 3, r.precision(), 1e-12);
		assertEquals(2.0 / 3, r.recall(), 1e-12);
		assertEquals(2.0 / 3, r.f1(), 1e-12);
		assertEquals((0.6 + 0.5) / 2, r.meanError(), 1e-12);
		assertEquals(List.of(new MatchedPair(0, 0, 0.6), new MatchedPair(1, 1, 0.5)), r.pairs().stream()
			.map(p -> new MatchedPair(p.detectedIndex(), p.truthIndex(), Math.round(p.distance() * 1e9) / 1e9)).toList());
		assertEquals(List.of(2), r.unmatchedDetections());
		assertEquals(List.of(2), r.unmatchedTruth());
	}

	@Test
	void aPointExactlyAtTheRadiusMatchesAndOneBeyondDoesNot() {
		assertEquals(1, new DefectMatcher(2).match(points(2, 0), points(0, 0)).truePositives());
		assertEquals(0, new DefectMatcher(2).match(points(2.001, 0), points(0, 0)).truePositives());
	}

	@Test
	void eachPointIsUsedOnceAndTheAssignmentMaximisesMatches() {
		// greedy nearest-first would pair P with A (0.9) and leave both Q and B unmatched
		List<PointXY> truth = points(0, 0, 1.9, 0); // A, B
		List<PointXY> detected = points(0.9, 0, -0.95, 0); // P, Q
		MatchResult r = new DefectMatcher(1).match(detected, truth);
		assertEquals(2, r.truePositives());
		assertEquals(0, r.falsePositives());
		assertEquals(0, r.falseNegatives());
		// two detections on one defect: one true positive, one false positive
		MatchResult duplicate = new DefectMatcher(1).match(points(5, 5, 5.2, 5.1), points(5.1, 5));
		assertEquals(1, duplicate.truePositives());
		assertEquals(1, duplicate.falsePositives());
		assertEquals(0, duplicate.pairs().get(0).detectedIndex(), "the closer detection (0.10 px, not 0.14 px) wins");
	}

	@Test
	void emptyInputsFollowTheDocumentedConventions() {
		MatchResult none = new DefectMatcher(1).match(List.of(), List.of());
		assertEquals(1, none.precision());
		assertEquals(1, none.recall());
		assertTrue(Double.isNaN(none.meanError()));
		MatchResult allFalse = new DefectMatcher(1).match(points(1, 1), List.of());
		assertEquals(0, allFalse.precision());
		assertEquals(0, allFalse.f1());
		MatchResult allMissed = new DefectMatcher(1).match(List.of(), points(1, 1));
		assertEquals(0, allMissed.recall());
		assertEquals(1, allMissed.falseNegatives());
		assertThrows(IllegalArgumentException.class, () -> new DefectMatcher(0));
	}

	@Test
	void randomScenesMatchBruteForceMaximumMatching() {
		SplittableRandom random = new SplittableRandom(8);
		for (int trial = 0; trial < 200; trial++) {
			List<PointXY> truth = new ArrayList<>(), detected = new ArrayList<>();
			int nt = random.nextInt(7), nd = random.nextInt(7);
			for (int i = 0; i < nt; i++) truth.add(new PointXY(random.nextDouble(6), random.nextDouble(6)));
			for (int i = 0; i < nd; i++) detected.add(new PointXY(random.nextDouble(6), random.nextDouble(6)));
			double radius = 1.5;
			MatchResult r = new DefectMatcher(radius).match(detected, truth);
			double[] best = bruteForce(detected, truth, radius, 0, new boolean[nt]);
			assertEquals((int) best[0], r.truePositives(), "trial " + trial);
			double total = r.pairs().stream().mapToDouble(MatchedPair::distance).sum();
			assertEquals(best[1], total, 1e-9, "minimum total distance, trial " + trial);
			assertEquals(nd, r.truePositives() + r.falsePositives());
			assertEquals(nt, r.truePositives() + r.falseNegatives());
		}
	}

	/** {most pairs, smallest total distance among those} over all assignments of detections from index d on. */
	private static double[] bruteForce(List<PointXY> detected, List<PointXY> truth, double radius, int d, boolean[] used) {
		if (d == detected.size()) return new double[] { 0, 0 };
		double[] best = bruteForce(detected, truth, radius, d + 1, used);
		for (int t = 0; t < truth.size(); t++) {
			double distance = detected.get(d).distance(truth.get(t));
			if (used[t] || distance > radius) continue;
			used[t] = true;
			double[] rest = bruteForce(detected, truth, radius, d + 1, used);
			used[t] = false;
			double[] candidate = { rest[0] + 1, rest[1] + distance };
			if (candidate[0] > best[0] || candidate[0] == best[0] && candidate[1] < best[1] - 1e-12) best = candidate;
		}
		return best;
	}

	@Test
	void hungarianFindsTheCheapestAssignmentOfRectangularMatrices() {
		double[][] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };
		assertEquals(List.of(1, 0, 2), toList(Hungarian.solve(cost)));
		double[][] wide = { { 9, 1, 8, 7 }, { 1, 9, 9, 9 } };
		assertEquals(List.of(1, 0), toList(Hungarian.solve(wide)));
		// rows 0 and 2 (1 + 0.5) beat rows 1 and 2 (1 + 0.6) and rows 0 and 1 (1 + 1)
		double[][] tall = { { 9, 1 }, { 1, 9 }, { 0.5, 0.6 } };
		assertEquals(List.of(1, -1, 0), toList(Hungarian.solve(tall)));
	}

	private static List<Integer> toList(int[] a) {
		return java.util.Arrays.stream(a).boxed().toList();
	}

	@Test
	void forSpacingUsesThirtyFivePercentOfTheSpacing() {
		assertEquals(7, DefectMatcher.forSpacing(20).radius(), 1e-12);
		List<PointXY> converted = PointXY.of(List.of(new double[] { 1, 2 }), p -> p[0], p -> p[1]);
		assertEquals(new PointXY(1, 2), converted.get(0));
	}
}
