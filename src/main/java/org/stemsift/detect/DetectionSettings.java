package org.stemsift.detect;

/**
 * Parameters of whole-image detection. {@code threshold} and {@code minSeparation} may be NaN, meaning automatic:
 * the threshold from the reference region's own filtered-difference statistics, the separation from the patch size.
 *
 * @param stride sliding-window step in px (smaller: smoother prediction, slower)
 * @param filter small-difference cutoff and smoothing of the difference image
 * @param threshold minimum |filtered difference| of a defect, in units of the window maximum; NaN = automatic
 * @param thresholdFactor automatic threshold = factor × the largest bulk peak (reference region, else training data)
 * @param minSeparation minimum distance between two defects in px; NaN = patch size / 6
 * @param polarity which sign of intensity change to report
 * @param referenceRoi x, y, width, height of a defect-free region of this image for the automatic threshold; null =
 *            use the bulk level the model measured on its training data
 * @param borderMargin px along the image border where no defect is reported (fewer windows cover it, so its
 *            reconstruction is less reliable); {@link #AUTOMATIC} = a quarter of the patch size
 */
public record DetectionSettings(int stride, DifferenceFilter filter, double threshold, double thresholdFactor, double minSeparation, Polarity polarity,
	int[] referenceRoi, int borderMargin) {

	/** {@code borderMargin} value meaning a quarter of the model's patch size. */
	public static final int AUTOMATIC = -1;

	public static final double DEFAULT_THRESHOLD_FACTOR = 1.2;

	public DetectionSettings {
		if (stride < 1) throw new IllegalArgumentException("Stride must be at least 1 px, got " + stride);
		if (!Double.isNaN(threshold) && !(threshold > 0)) throw new IllegalArgumentException("Threshold must be positive (or automatic), got " + threshold);
		if (!(thresholdFactor > 0)) throw new IllegalArgumentException("Threshold factor must be positive, got " + thresholdFactor);
		if (!Double.isNaN(minSeparation) && !(minSeparation >= 1)) throw new IllegalArgumentException("Minimum separation must be at least 1 px, got " + minSeparation);
		if (referenceRoi != null && referenceRoi.length != 4) throw new IllegalArgumentException("Reference region must be x,y,width,height");
		if (borderMargin < AUTOMATIC) throw new IllegalArgumentException("Border margin must be 0 or more px (or automatic), got " + borderMargin);
		if (polarity == null) polarity = Polarity.BOTH;
		if (filter == null) filter = DifferenceFilter.forImages();
	}

	public static DetectionSettings defaults() {
		return new DetectionSettings(16, DifferenceFilter.forImages(), Double.NaN, DEFAULT_THRESHOLD_FACTOR, Double.NaN, Polarity.BOTH, null, AUTOMATIC);
	}

	public DetectionSettings withStride(int s) {
		return new DetectionSettings(s, filter, threshold, thresholdFactor, minSeparation, polarity, referenceRoi, borderMargin);
	}

	public DetectionSettings withThreshold(double t) {
		return new DetectionSettings(stride, filter, t, thresholdFactor, minSeparation, polarity, referenceRoi, borderMargin);
	}

	public DetectionSettings withMinSeparation(double d) {
		return new DetectionSettings(stride, filter, threshold, thresholdFactor, d, polarity, referenceRoi, borderMargin);
	}

	public DetectionSettings withReferenceRoi(int[] roi) {
		return new DetectionSettings(stride, filter, threshold, thresholdFactor, minSeparation, polarity, roi, borderMargin);
	}

	public DetectionSettings withPolarity(Polarity p) {
		return new DetectionSettings(stride, filter, threshold, thresholdFactor, minSeparation, p, referenceRoi, borderMargin);
	}

	public DetectionSettings withFilter(DifferenceFilter f) {
		return new DetectionSettings(stride, f, threshold, thresholdFactor, minSeparation, polarity, referenceRoi, borderMargin);
	}

	public DetectionSettings withBorderMargin(int px) {
		return new DetectionSettings(stride, filter, threshold, thresholdFactor, minSeparation, polarity, referenceRoi, px);
	}

	public DetectionSettings withThresholdFactor(double k) {
		return new DetectionSettings(stride, filter, threshold, k, minSeparation, polarity, referenceRoi, borderMargin);
	}
}
