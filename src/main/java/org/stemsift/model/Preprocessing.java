package org.stemsift.model;

/**
 * How raw intensities become network input: a Gaussian blur of {@code blurSigma} px (it suppresses shot noise the
 * network should not learn), then each patch divided by its own maximum so it lies in [0, 1] for the sigmoid
 * cross-entropy. The blur is applied to a whole image before it is cut, or to each patch when only patches exist.
 */
public record Preprocessing(double blurSigma) {

	public static final double DEFAULT_SIGMA = 2.0;

	public Preprocessing {
		if (!(blurSigma >= 0) || blurSigma > 50) throw new IllegalArgumentException("Blur sigma must be between 0 and 50 px, got " + blurSigma);
	}

	/** Scales each patch of a flat batch to its maximum in place and returns the scale factors (the maxima). */
	public static float[] scaleToMax(float[] batch, int patchPixels) {
		int n = batch.length / patchPixels;
		float[] maxima = new float[n];
		for (int i = 0; i < n; i++) {
			int off = i * patchPixels;
			float max = 0;
			for (int j = 0; j < patchPixels; j++) max = Math.max(max, batch[off + j]);
			maxima[i] = max;
			// an all-dark patch stays zero rather than dividing by zero
			float inv = max > 0 ? 1f / max : 0f;
			for (int j = 0; j < patchPixels; j++) batch[off + j] = Math.max(0f, batch[off + j] * inv);
		}
		return maxima;
	}
}
