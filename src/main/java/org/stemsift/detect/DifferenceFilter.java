package org.stemsift.detect;

import org.stemsift.core.filter.GaussianBlur;

/**
 * Turns a difference image (input − bulk-like reconstruction, in units of the patch maximum) into the filtered
 * difference: values whose magnitude is below {@code cutoff} are residual noise of the bulk and are set to zero, then
 * the rest is smoothed with a Gaussian of {@code smoothingSigma} px so a defect becomes one compact blob.
 */
public record DifferenceFilter(double cutoff, double smoothingSigma) {

	public static final double DEFAULT_CUTOFF = 0.2;
	public static final double DEFAULT_SMOOTHING = 1.0;

	public static DifferenceFilter defaults() {
		return new DifferenceFilter(DEFAULT_CUTOFF, DEFAULT_SMOOTHING);
	}

	public DifferenceFilter {
		if (!(cutoff >= 0)) throw new IllegalArgumentException("The small-difference cutoff must be ≥ 0, got " + cutoff);
		if (!(smoothingSigma >= 0)) throw new IllegalArgumentException("The smoothing sigma must be ≥ 0, got " + smoothingSigma);
	}

	/** Filtered copy of a width×height difference image; the input is not modified. */
	public float[] apply(float[] difference, int width, int height) {
		float[] out = new float[difference.length];
		float c = (float) cutoff;
		for (int i = 0; i < out.length; i++) out[i] = Math.abs(difference[i]) < c ? 0f : difference[i];
		if (smoothingSigma > 0) GaussianBlur.blurInPlace(out, width, height, smoothingSigma);
		return out;
	}
}
