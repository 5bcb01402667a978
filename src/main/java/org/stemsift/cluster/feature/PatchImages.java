package org.stemsift.cluster.feature;

import java.util.Arrays;

/**
 * The images of one patch that features are computed from, all {@code side × side}, row-major, in units of the patch
 * maximum (as the CVAE sees them): the preprocessed input, the CVAE's bulk-like prediction, the difference
 * (input − prediction) and the filtered difference.
 * <p>
 * Arrays are shared, not copied: features must not modify them. What several features share (statistics, sorted
 * values, blobs, power spectrum) is computed on first use and kept, so each is computed once per patch; an instance
 * belongs to one thread at a time.
 */
public final class PatchImages {

	private final int side;
	private final float[] input;
	private final float[] prediction;
	private final float[] difference;
	private final float[] filtered;
	private ValueStats differenceStats, filteredStats;
	private float[] sortedDifference;
	private Blobs blobs;
	private PowerSpectrum spectrum;

	public PatchImages(int side, float[] input, float[] prediction, float[] difference, float[] filtered) {
		int n = side * side;
		if (side < 1 || input.length != n || prediction.length != n || difference.length != n || filtered.length != n)
			throw new IllegalArgumentException("Every patch image must hold " + side + "x" + side + " values");
		this.side = side;
		this.input = input;
		this.prediction = prediction;
		this.difference = difference;
		this.filtered = filtered;
	}

	public int side() { return side; }
	public float[] input() { return input; }
	public float[] prediction() { return prediction; }
	public float[] difference() { return difference; }
	public float[] filtered() { return filtered; }

	public ValueStats differenceStats() {
		if (differenceStats == null) differenceStats = ValueStats.of(difference, side);
		return differenceStats;
	}

	public ValueStats filteredStats() {
		if (filteredStats == null) filteredStats = ValueStats.of(filtered, side);
		return filteredStats;
	}

	/** The q-quantile (0 ≤ q ≤ 1) of the difference image, linearly interpolated. */
	public double differenceQuantile(double q) {
		if (sortedDifference == null) {
			sortedDifference = difference.clone();
			Arrays.sort(sortedDifference);
		}
		return ValueStats.quantile(sortedDifference, q);
	}

	/** Blobs of the thresholded filtered difference. */
	public Blobs blobs() {
		if (blobs == null) blobs = Blobs.of(filtered, side);
		return blobs;
	}

	/** Power spectrum of the difference image. */
	public PowerSpectrum spectrum() {
		if (spectrum == null) spectrum = PowerSpectrum.of(difference, side, differenceStats());
		return spectrum;
	}
}
