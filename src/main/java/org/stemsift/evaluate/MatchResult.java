package org.stemsift.evaluate;

import java.util.List;

/**
 * Detection scores after one-to-one matching. Conventions for empty cases: precision is 1 when nothing was detected
 * (no false alarm), recall is 1 when there was nothing to find, F1 is 0 when both precision and recall are 0.
 *
 * @param meanError mean distance of the matched pairs in px (NaN without matches): the localisation error
 */
public record MatchResult(int truePositives, int falsePositives, int falseNegatives, List<MatchedPair> pairs, double meanError,
	List<Integer> unmatchedDetections, List<Integer> unmatchedTruth) {

	public MatchResult {
		pairs = List.copyOf(pairs);
		unmatchedDetections = List.copyOf(unmatchedDetections);
		unmatchedTruth = List.copyOf(unmatchedTruth);
	}

	public double precision() {
		int detected = truePositives + falsePositives;
		return detected == 0 ? 1 : (double) truePositives / detected;
	}

	public double recall() {
		int present = truePositives + falseNegatives;
		return present == 0 ? 1 : (double) truePositives / present;
	}

	public double f1() {
		double p = precision(), r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "TP=%d FP=%d FN=%d precision=%.3f recall=%.3f F1=%.3f mean error=%.3f px",
			truePositives, falsePositives, falseNegatives, precision(), recall(), f1(), meanError);
	}
}
