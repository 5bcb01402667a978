package org.stemsift.evaluate;

import java.util.Arrays;

/**
 * Agreement between a known grouping and a found clustering, invariant to how the groups are numbered, computed as
 * scikit-learn does (including its conventions for degenerate labelings, so numbers can be compared with Python).
 */
public final class ClusterAgreement {

	private ClusterAgreement() {}

	/**
	 * Adjusted Rand index: pair-counting agreement corrected for chance; 1 for identical partitions, about 0 for
	 * independent ones, negative when worse than chance.
	 */
	public static double adjustedRandIndex(int[] truth, int[] found) {
		long[][] table = contingency(truth, found);
		double n = truth.length, together = 0;
		double[] rowSums = new double[table.length], columnSums = new double[table[0].length];
		for (int r = 0; r < table.length; r++)
			for (int c = 0; c < table[r].length; c++) {
				together += pairs(table[r][c]);
				rowSums[r] += table[r][c];
				columnSums[c] += table[r][c];
			}
		double sameTruth = 0, sameFound = 0;
		for (double v : rowSums) sameTruth += pairs(v);
		for (double v : columnSums) sameFound += pairs(v);
		double onlyTruth = sameTruth - together, onlyFound = sameFound - together;
		if (onlyTruth == 0 && onlyFound == 0) return 1; // same partition, including the all-in-one and all-apart cases
		double neither = pairs(n) - together - onlyTruth - onlyFound;
		return 2 * (together * neither - onlyTruth * onlyFound)
			/ ((together + onlyTruth) * (onlyTruth + neither) + (together + onlyFound) * (onlyFound + neither));
	}

	/**
	 * Normalised mutual information with the arithmetic mean of the two entropies as normaliser (scikit-learn's
	 * default): 1 for identical partitions, 0 when one labeling is a single group (unless both are).
	 */
	public static double normalizedMutualInformation(int[] truth, int[] found) {
		long[][] table = contingency(truth, found);
		int rows = table.length, columns = table[0].length;
		if (rows == 1 && columns == 1) return 1;
		if (rows == 1 || columns == 1) return 0;
		double n = truth.length, mi = 0;
		double[] rowSums = new double[rows], columnSums = new double[columns];
		for (int r = 0; r < rows; r++)
			for (int c = 0; c < columns; c++) { rowSums[r] += table[r][c]; columnSums[c] += table[r][c]; }
		for (int r = 0; r < rows; r++)
			for (int c = 0; c < columns; c++) {
				double count = table[r][c];
				if (count == 0) continue;
				// log(n nrc / (nr nc)) as a sum of logs, as scikit-learn, to keep precision
				double term = count / n * (Math.log(count) - Math.log(n) - Math.log(rowSums[r] * columnSums[c]) + 2 * Math.log(n));
				if (Math.abs(term) >= Math.ulp(1.0)) mi += term;
			}
		mi = Math.max(0, mi);
		if (mi == 0) return 0;
		return mi / ((entropy(rowSums, n) + entropy(columnSums, n)) / 2);
	}

	private static double entropy(double[] counts, double n) {
		double h = 0;
		for (double c : counts) h -= c / n * (Math.log(c) - Math.log(n));
		return h;
	}

	private static double pairs(double count) { return count * (count - 1) / 2; }

	/** Counts of samples per (truth group, found group), groups numbered in order of their label values. */
	private static long[][] contingency(int[] truth, int[] found) {
		if (truth == null || found == null || truth.length != found.length)
			throw new IllegalArgumentException("Need two labelings of the same samples, got " + (truth == null ? 0 : truth.length) + " and "
				+ (found == null ? 0 : found.length) + " labels");
		if (truth.length == 0) throw new IllegalArgumentException("Need at least one labelled sample");
		int[] rows = Arrays.stream(truth).distinct().sorted().toArray(), columns = Arrays.stream(found).distinct().sorted().toArray();
		long[][] table = new long[rows.length][columns.length];
		for (int i = 0; i < truth.length; i++) table[Arrays.binarySearch(rows, truth[i])][Arrays.binarySearch(columns, found[i])]++;
		return table;
	}
}
