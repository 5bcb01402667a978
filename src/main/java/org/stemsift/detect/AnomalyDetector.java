package org.stemsift.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.core.filter.LocalExtrema;
import org.stemsift.core.filter.Peak;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.progress.Progress;

/**
 * Whole-image CVAE anomaly detection: sliding-window reconstruction, filtered difference, and defect candidates at
 * the local maxima of |filtered difference| above a threshold. The automatic threshold is the largest bulk response:
 * in a defect-free reference region of this image when one is given, else as measured on the training data.
 */
public final class AnomalyDetector {

	/** A floor for automatic thresholds: a perfect model on noise-free bulk must not call every rounding error a defect. */
	static final double MIN_THRESHOLD = 1e-3;

	private final CvaeModel model;
	private final DetectionSettings settings;

	public AnomalyDetector(CvaeModel model, DetectionSettings settings) {
		this.model = model;
		this.settings = settings;
	}

	public DetectionResult detect(Image2D image, Progress progress) {
		SlidingWindowReconstructor.Reconstruction r = reconstruct(image, progress);
		int w = image.width(), h = image.height();
		float[] filtered = settings.filter().apply(r.normalisedDifference().pixels(), w, h);
		float[] magnitude = magnitude(filtered);

		double separation = Double.isNaN(settings.minSeparation()) ? Math.max(2, model.patchSize() / 6.0) : settings.minSeparation();
		boolean auto = Double.isNaN(settings.threshold());
		double threshold = auto ? automaticThreshold(magnitude, image) : settings.threshold();

		List<Peak> peaks = LocalExtrema.findMaxima(magnitude, w, h, separation, threshold);
		int margin = borderMargin();
		float[] labels = new float[w * h];
		List<Defect> defects = new ArrayList<>();
		for (Peak peak : peaks) {
			if (!inside(peak.pixelX(), peak.pixelY(), w, h, margin)) continue;
			float signed = filtered[peak.pixelY() * w + peak.pixelX()];
			if (!settings.polarity().accepts(signed)) continue;
			// a weaker peak inside a stronger defect's region is a shoulder of that defect, not another one
			if (labels[peak.pixelY() * w + peak.pixelX()] != 0) continue;
			int label = defects.size() + 1;
			int area = growRegion(filtered, labels, w, h, peak.pixelX(), peak.pixelY(), label, threshold / 2);
			defects.add(new Defect(label, peak.x(), peak.y(), peak.value(), peak.value() / threshold, Polarity.signOf(signed), area));
		}
		return new DetectionResult(r, image.like(filtered, image.name() + " filtered difference"), image.like(magnitude, image.name() + " anomaly map"),
			image.like(labels, image.name() + " defect labels"), defects, threshold, auto, separation, settings.referenceRoi());
	}

	/** The largest |filtered difference| of a (defect-free) image outside the border band: its bulk peak level. */
	double bulkPeak(Image2D image, Progress progress) {
		SlidingWindowReconstructor.Reconstruction r = reconstruct(image, progress);
		float[] m = magnitude(settings.filter().apply(r.normalisedDifference().pixels(), image.width(), image.height()));
		return maxInside(m, image.width(), image.height(), new int[] { 0, 0, image.width(), image.height() });
	}

	private SlidingWindowReconstructor.Reconstruction reconstruct(Image2D image, Progress progress) {
		return new SlidingWindowReconstructor(model, Math.min(settings.stride(), model.patchSize())).reconstruct(image, progress);
	}

	int borderMargin() {
		return settings.borderMargin() == DetectionSettings.AUTOMATIC ? model.patchSize() / 4 : settings.borderMargin();
	}

	private static boolean inside(int x, int y, int w, int h, int margin) {
		return x >= margin && y >= margin && x < w - margin && y < h - margin;
	}

	/** Max of the map over the region, leaving out the border band of the image. */
	private double maxInside(float[] map, int w, int h, int[] region) {
		int margin = borderMargin();
		double max = 0;
		for (int y = Math.max(region[1], margin); y < Math.min(region[1] + region[3], h - margin); y++)
			for (int x = Math.max(region[0], margin); x < Math.min(region[0] + region[2], w - margin); x++) max = Math.max(max, map[y * w + x]);
		return max;
	}

	private static float[] magnitude(float[] filtered) {
		float[] m = new float[filtered.length];
		for (int i = 0; i < m.length; i++) m[i] = Math.abs(filtered[i]);
		return m;
	}

	/**
	 * The largest |filtered difference| of bulk, times the threshold factor: bulk measured in the given reference
	 * region of this image, else as stored in the model at training time (valid for the filter it was measured with).
	 */
	double automaticThreshold(float[] magnitude, Image2D image) {
		int[] roi = settings.referenceRoi();
		if (roi != null) {
			checkInside(roi, image);
			return Math.max(MIN_THRESHOLD, maxInside(magnitude, image.width(), image.height(), roi) * settings.thresholdFactor());
		}
		ModelDescription.BulkStatistics bulk = model.description().bulkStatistics();
		if (bulk == null)
			throw new IllegalArgumentException("The model has no bulk statistics for an automatic threshold: give a threshold, or a defect-free reference region of the image");
		DifferenceFilter f = settings.filter();
		if (f.cutoff() != bulk.filterCutoff() || f.smoothingSigma() != bulk.filterSmoothing())
			throw new IllegalArgumentException("The model's automatic threshold was measured with cutoff " + bulk.filterCutoff() + " and smoothing "
				+ bulk.filterSmoothing() + "; with other filter settings give a threshold, or a defect-free reference region of the image");
		return Math.max(MIN_THRESHOLD, bulk.peakLevel() * settings.thresholdFactor());
	}

	private static void checkInside(int[] roi, Image2D image) {
		if (roi[0] < 0 || roi[1] < 0 || roi[2] < 1 || roi[3] < 1 || roi[0] + roi[2] > image.width() || roi[1] + roi[3] > image.height())
			throw new IllegalArgumentException("The reference region " + roi[0] + "," + roi[1] + "," + roi[2] + "," + roi[3] + " lies outside the " + image.width() + "x"
				+ image.height() + " image");
	}

	/** Labels the 4-connected pixels of the same sign with |value| ≥ level around (px, py) that no stronger defect took. */
	private static int growRegion(float[] filtered, float[] labels, int w, int h, int px, int py, int label, double level) {
		float sign = Math.signum(filtered[py * w + px]);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		int start = py * w + px;
		labels[start] = label;
		queue.add(start);
		int area = 0;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			area++;
			int x = i % w, y = i / w;
			int[] next = { x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1 };
			for (int j : next) {
				if (j < 0 || labels[j] != 0) continue;
				float v = filtered[j] * sign;
				if (v >= level) {
					labels[j] = label;
					queue.add(j);
				}
			}
		}
		return area;
	}
}
