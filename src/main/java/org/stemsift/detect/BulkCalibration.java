package org.stemsift.detect;

import org.stemsift.core.Image2D;
import org.stemsift.core.filter.Statistics;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.TrainingResult;

/**
 * Measures, right after training, how bulk looks to the new model, and stores it in the model file so later
 * detection needs no separate bulk data: the ANM band of held-out crops (patch classification) and the largest
 * |filtered difference| in bulk (the automatic whole-image threshold).
 */
public final class BulkCalibration {

	/** Whole-image calibration looks at most at this many pixels a side of the training region (its centre). */
	static final int MAX_CALIBRATION_SIDE = 1024;

	private BulkCalibration() {}

	/**
	 * Calibrates a freshly trained model: the ANM band with the patch-classification filter and window, the bulk peak
	 * level with the whole-image detection filter.
	 */
	public static void calibrate(TrainingResult result) {
		result.model().setBulkStatistics(measure(result, DifferenceFilter.forPatches(), PatchAnalyzer.DEFAULT_ANM_WINDOW, DifferenceFilter.forImages()));
	}

	static ModelDescription.BulkStatistics measure(TrainingResult result, DifferenceFilter filter, int anmWindow, DifferenceFilter imageFilter) {
		CvaeModel model = result.model();
		int n = result.validationCount();
		// one reconstruction of the crops serves the band, the noise level and (for patch-trained models) the peak
		float[] difference = PatchAnalyzer.subtract(result.validationCrops(), model.reconstruct(result.validationCrops(), n));
		BulkBand band = BulkBand.of(new PatchAnalyzer(model, filter, anmWindow).scoreDifferences(difference, n), BulkBand.DEFAULT_K);

		double peak;
		String source;
		if (result.trainingRegion() != null) {
			peak = regionPeak(model, centre(result.trainingRegion()), imageFilter);
			source = "training region";
		}
		else {
			peak = 0;
			for (PatchScore s : new PatchAnalyzer(model, imageFilter, anmWindow).scoreDifferences(difference, n)) peak = Math.max(peak, Math.abs(s.peakValue()));
			source = "validation crops";
		}
		return new ModelDescription.BulkStatistics(n, band.mean(), band.std(), Statistics.std(difference), peak, source, imageFilter.cutoff(), imageFilter.smoothingSigma());
	}

	/** The largest |filtered difference| that whole-image detection sees in a defect-free image. */
	static double regionPeak(CvaeModel model, Image2D region, DifferenceFilter filter) {
		DetectionSettings s = DetectionSettings.defaults().withFilter(filter).withThreshold(Double.MIN_VALUE);
		return new AnomalyDetector(model, s).bulkPeak(region, null);
	}

	private static Image2D centre(Image2D region) {
		int w = Math.min(region.width(), MAX_CALIBRATION_SIDE), h = Math.min(region.height(), MAX_CALIBRATION_SIDE);
		return w == region.width() && h == region.height() ? region : region.crop((region.width() - w) / 2, (region.height() - h) / 2, w, h);
	}
}
