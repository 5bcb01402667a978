package org.stemsift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.core.Image2D;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.Polarity;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.report.DetectionFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "detect", mixinStandardHelpOptions = true,
	description = { "Find point defects in an image with a trained CVAE.",
		"Writes defects.csv (pixel coordinates of the input image), anomaly.tif, difference.tif, prediction.tif, labels.tif",
		"and overview.png (the image with the defects circled: red where intensity is missing, cyan where it is extra)." })
final class DetectCommand implements Callable<Integer> {

	@Option(names = { "--model", "-m" }, required = true, description = "Model file from train-cvae")
	Path model;

	@Option(names = { "--image", "-i" }, required = true, description = "Image to analyse")
	Path image;

	@Option(names = { "--out", "-o" }, required = true, description = "Output folder (created if missing)")
	Path out;

	@Mixin
	DetectionOptions detection;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		Image2D input = ImageFiles.readImage(image);
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			DetectionResult result = new AnomalyDetector(cvae, detection.settings()).detect(input, engine.progress());
			DetectionFiles.write(result, input, out);
			System.out.printf("%d defects (threshold %.3f%s). Results in %s%n", result.defects().size(), result.threshold(), result.thresholdAutomatic() ? ", automatic" : "",
				out.toAbsolutePath());
		}
		return 0;
	}

	/** Detection parameters, shared with the demo. */
	static final class DetectionOptions {
		@Option(names = "--stride", defaultValue = "16", description = "Sliding-window step in px (default: ${DEFAULT-VALUE})")
		int stride;

		@Option(names = "--threshold", description = "Minimum |filtered difference| of a defect (default: automatic from the reference region)")
		Double threshold;

		@Option(names = "--threshold-factor", defaultValue = "1.2", description = "Automatic threshold = factor x largest bulk peak (default: ${DEFAULT-VALUE})")
		double thresholdFactor;

		@Option(names = "--min-separation", description = "Minimum distance between defects in px (default: patch size / 6)")
		Double minSeparation;

		@Option(names = "--polarity", defaultValue = "BOTH", description = "Which defects: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
		Polarity polarity;

		@Option(names = "--reference-roi", split = ",", description = "Defect-free region x,y,width,height for the automatic threshold (default: the training region, else the whole image)")
		int[] referenceRoi;

		@Option(names = "--cutoff", defaultValue = "0.05", description = "Differences below this (in units of the window maximum) are set to zero (default: ${DEFAULT-VALUE})")
		double cutoff;

		@Option(names = "--border-margin", description = "Band along the image border where no defect is reported, px (default: patch size / 4)")
		Integer borderMargin;

		@Option(names = "--smoothing", defaultValue = "1.0", description = "Gaussian smoothing of the filtered difference, px (default: ${DEFAULT-VALUE})")
		double smoothing;

		DetectionSettings settings() {
			return new DetectionSettings(stride, new DifferenceFilter(cutoff, smoothing), threshold == null ? Double.NaN : threshold, thresholdFactor,
				minSeparation == null ? Double.NaN : minSeparation, polarity, referenceRoi, borderMargin == null ? DetectionSettings.AUTOMATIC : borderMargin);
		}
	}
}
