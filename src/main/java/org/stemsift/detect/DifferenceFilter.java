package org.stemsift.detect;

import org.stemsift.core.filter.GaussianBlur;

/**
 * Turns a difference image (input − bulk-like reconstruction, in units of the patch maximum) into the filtered
 * difference: values whose magnitude is below {@code cutoff} are residual noise of the bulk and are set to zero, then
 * the rest is smoothed with a Gaussian of {@code smoothingSigma} px so a defect becomes one compact blob.
 */
public record DifferenceFilter(double cutoff, double smoothingSigma) {

	/** Patch classification: the seed work's cutoff, which keeps the ANM of bulk patches near zero. */
	public static final double PATCH_CUTOFF = 0.2;
	/**
	 * Whole-image detection: a low cutoff, because there the threshold on the filtered peaks decides, and weak defects
	 * (a lighter atom on the dim sublattice changes the normalised intensity by about 0.15) must survive the filter.
	 */
	public static final double IMAGE_CUTOFF = 0.05;
	public static final double DEFAULT_SMOOTHING = 1.0;

	public static DifferenceFilter forPatches() {
		return new DifferenceFilter(PATCH_CUTOFF, DEFAULT_SMOOTHING);
	}

	public static DifferenceFilter forImages() {
		return new DifferenceFilter(IMAGE_CUTOFF, DEFAULT_SMOOTHING);
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
