package org.stemsift.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.stemsift.core.Image2D;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.Polarity;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.progress.Progress;
import org.stemsift.report.DetectionFiles;

/** {@code "type": "detect"}: CVAE anomaly detection with a model file, as {@code stemsift detect}. */
final class DetectStep extends BatchStep {

	static final String TYPE = "detect";

	private final Path model;
	private final DetectionSettings settings;
	private CvaeModel cvae;

	private DetectStep(String name, JobFields f, Path model, DetectionSettings settings) {
		super(name, f.json());
		this.model = model;
		this.settings = settings;
	}

	static DetectStep parse(String name, JobFields f) {
		Path model = f.existingFile("model");
		double threshold = f.number("threshold", 0);
		double minSeparation = f.number("minSeparation", 0);
		int stride = f.integer("stride", 16);
		if (stride < 1) throw f.error("stride", "must be at least 1, got " + stride);
		if (threshold < 0) throw f.error("threshold", "must be >= 0 (0 = automatic), got " + threshold);
		String polarity = f.choice("polarity", "both", List.of("both", "missing", "extra"));
		DetectionSettings s = new DetectionSettings(stride,
			new DifferenceFilter(f.number("cutoff", DifferenceFilter.IMAGE_CUTOFF), f.number("smoothing", DifferenceFilter.DEFAULT_SMOOTHING)),
			threshold > 0 ? threshold : Double.NaN, f.number("thresholdFactor", DetectionSettings.DEFAULT_THRESHOLD_FACTOR), minSeparation > 0 ? minSeparation : Double.NaN,
			Polarity.valueOf(polarity.toUpperCase(Locale.ROOT)), null, f.integer("borderMargin", DetectionSettings.AUTOMATIC));
		return new DetectStep(name, f, model, s);
	}

	@Override
	public void open() throws IOException {
		cvae = ModelFiles.loadCvae(model);
	}

	@Override
	public Outcome run(Image2D image, Path folder, Progress progress) throws IOException {
		DetectionResult result = new AnomalyDetector(cvae, settings).detect(image, progress);
		DetectionFiles.write(result, image, folder);
		return new Outcome(result.defects().size(), "defects");
	}

	@Override
	public void close() {
		if (cvae != null) cvae.close();
		cvae = null;
	}
}
