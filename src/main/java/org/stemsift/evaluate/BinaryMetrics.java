package org.stemsift.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Confusion matrix of per-site (or per-cell) defect labels, with the derived scores. Defective sites are rare, so plain
 * accuracy rewards calling everything intact; balanced accuracy (the mean of sensitivity and specificity) and MCC do
 * not. Empty-class conventions as in {@link MatchResult}: a rate with a zero denominator is 1 when nothing could go
 * wrong (e.g. recall without positives).
 */
public record BinaryMetrics(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

	/** Counts from ground truth and predictions of equal length; {@code true} means defective. */
	public static BinaryMetrics of(boolean[] truth, boolean[] predicted) {
		if (truth.length != predicted.length)
			throw new IllegalArgumentException("Need one prediction per label: " + truth.length + " labels, " + predicted.length + " predictions");
		long tp = 0, fp = 0, tn = 0, fn = 0;
		for (int i = 0; i < truth.length; i++) {
			if (truth[i]) { if (predicted[i]) tp++; else fn++; }
			else { if (predicted[i]) fp++; else tn++; }
		}
		return new BinaryMetrics(tp, fp, tn, fn);
	}

	/** Predictions from scores: a site is called defective when its score is at or above the threshold. */
	public static BinaryMetrics ofScores(boolean[] truth, double[] scores, double threshold) {
		boolean[] predicted = new boolean[scores.length];
		for (int i = 0; i < scores.length; i++) predicted[i] = scores[i] >= threshold;
		return of(truth, predicted);
	}

	public long total() { return truePositives + falsePositives + trueNegatives + falseNegatives; }

	public double accuracy() { return ratio(truePositives + trueNegatives, total()); }

	public double precision() { return ratio(truePositives, truePositives + falsePositives); }

	/** Sensitivity, true-positive rate. */
	public double recall() { return ratio(truePositives, truePositives + falseNegatives); }

	/** True-negative rate. */
	public double specificity() { return ratio(trueNegatives, trueNegatives + falsePositives); }

	public double f1() {
		double p = precision(), r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	public double balancedAccuracy() { return (recall() + specificity()) / 2; }

	/** Matthews correlation coefficient in [-1, 1]; 0 when any margin of the matrix is empty. */
	public double matthews() {
		double tp = truePositives, fp = falsePositives, tn = trueNegatives, fn = falseNegatives;
		double denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
		return denominator == 0 ? 0 : (tp * tn - fp * fn) / denominator;
	}

	private static double ratio(long numerator, long denominator) {
		return denominator == 0 ? 1 : (double) numerator / denominator;
	}

	/**
	 * Area under the ROC curve of anomaly scores (higher = more likely defective): the probability that a random
	 * defective site outscores a random intact one, ties counting half (Mann-Whitney). Threshold-free, so it rates a
	 * scoring model before a cut-off is chosen. NaN when either class is empty.
	 */
	public static double rocAuc(boolean[] truth, double[] scores) {
		if (truth.length != scores.length) throw new IllegalArgumentException("Need one score per label: " + truth.length + " labels, " + scores.length + " scores");
		Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
		long positives = 0;
		for (boolean t : truth) if (t) positives++;
		long negatives = truth.length - positives;
		if (positives == 0 || negatives == 0) return Double.NaN;
		double positiveRankSum = 0;
		for (int start = 0; start < order.length;) {
			int end = start;
			while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) end++;
			double averageRank = (start + end) / 2.0 + 1;
			for (int k = start; k <= end; k++) if (truth[order[k]]) positiveRankSum += averageRank;
			start = end + 1;
		}
		return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}
}
