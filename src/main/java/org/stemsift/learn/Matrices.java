package org.stemsift.learn;

import java.util.Arrays;

/**
 * Checks and small helpers for data sets given as {@code double[n][d]} (one row per sample), shared by the learners
 * of this package so that every one of them rejects the same bad input with the same clear message.
 */
public final class Matrices {

	private Matrices() {}

	/**
	 * Returns the number of columns after checking that {@code data} has at least {@code minRows} rows, that all rows
	 * have the same length (at least one) and that every value is finite.
	 *
	 * @param what what the rows are, for the message ("segments", "samples")
	 */
	public static int requireRectangularFinite(double[][] data, int minRows, String what) {
		if (data == null || data.length < minRows)
			throw new IllegalArgumentException("Need at least " + minRows + " " + what + ", got " + (data == null ? 0 : data.length));
		int d = data[0].length;
		if (d == 0) throw new IllegalArgumentException("The " + what + " have no features");
		for (int i = 0; i < data.length; i++) {
			if (data[i].length != d) throw new IllegalArgumentException("Row " + i + " of the " + what + " has " + data[i].length + " values, row 0 has " + d);
			for (int j = 0; j < d; j++)
				if (!Double.isFinite(data[i][j]))
					throw new IllegalArgumentException("Row " + i + " of the " + what + " has a " + (Double.isNaN(data[i][j]) ? "NaN" : "infinite") + " value (feature " + j
						+ "); replace non-finite values first");
		}
		return d;
	}

	/** Variance of all entries together (divisor n·d), as NumPy's {@code X.var()}. */
	public static double varianceOfAll(double[][] data) {
		double sum = 0;
		long count = 0;
		for (double[] row : data) for (double v : row) { sum += v; count++; }
		double mean = sum / count, ss = 0;
		for (double[] row : data) for (double v : row) ss += (v - mean) * (v - mean);
		return ss / count;
	}

	/** Median (mean of the two middle values for an even count); NaN for no values. */
	public static double median(double[] values) {
		if (values.length == 0) return Double.NaN;
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
	}
}
