package org.stemsift.fiji;

import ij.ImagePlus;

import java.io.File;
import java.io.IOException;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.Polarity;
import org.stemsift.model.CvaeModel;
import org.stemsift.report.DetectionFiles;
import org.stemsift.report.DetectionTables;

/**
 * Plugins › STEMsift › Detect Anomalies (CVAE)…: one row per defect in the Results table, an overlay of circles on the
 * image (pixels untouched), and the anomaly map, difference and label images. A rectangular selection, if any, is
 * taken as the defect-free reference region for the automatic threshold.
 */
@Plugin(type = Command.class, menuPath = "Plugins>STEMsift>Detect Anomalies (CVAE)...", label = "Detect Anomalies (CVAE)", headless = true)
public class DetectAnomaliesPlugin extends StemsiftCommand {

	@Parameter(label = "Image")
	ImagePlus image;

	@Parameter(label = "Model file", style = FileWidget.OPEN_STYLE)
	File model;

	@Parameter(label = "Sliding-window stride (px)", min = "1")
	int stride = 16;

	@Parameter(label = "Threshold (0 = automatic)", min = "0")
	double threshold = 0;

	@Parameter(label = "Automatic threshold factor", min = "0")
	double thresholdFactor = DetectionSettings.DEFAULT_THRESHOLD_FACTOR;

	@Parameter(label = "Minimum separation (px, 0 = automatic)", min = "0")
	double minSeparation = 0;

	@Parameter(label = "Defects", choices = { "both", "missing", "extra" })
	String polarity = "both";

	@Parameter(label = "Small-difference cutoff", min = "0")
	double cutoff = DifferenceFilter.IMAGE_CUTOFF;

	@Parameter(label = "Smoothing sigma (px)", min = "0")
	double smoothing = DifferenceFilter.DEFAULT_SMOOTHING;

	@Parameter(label = "Border margin (px, -1 = patch size / 4)", min = "-1")
	int borderMargin = -1;

	@Parameter(label = "Use selection as reference region")
	boolean useSelection = true;

	@Parameter(label = "Show anomaly, difference and label images")
	boolean showImages = true;

	@Parameter(label = "Add overlay to the image")
	boolean overlay = true;

	@Parameter(label = "Save results to folder (optional)", style = FileWidget.DIRECTORY_STYLE, required = false, persist = false)
	File outputFolder;

	@Parameter(label = "Defects found", type = ItemIO.OUTPUT)
	int defectCount;

	@Override
	protected void execute() throws IOException {
		Image2D input = ImagePlusBridge.toImage2D(image);
		DetectionSettings settings = new DetectionSettings(stride, new DifferenceFilter(cutoff, smoothing), threshold > 0 ? threshold : Double.NaN, thresholdFactor,
			minSeparation > 0 ? minSeparation : Double.NaN, Polarity.valueOf(polarity.toUpperCase(java.util.Locale.ROOT)), TrainCvaePlugin.selection(image, useSelection),
			borderMargin >= 0 ? borderMargin : DetectionSettings.AUTOMATIC);
		try (CvaeModel cvae = models.loadCvae(model); TaskProgress progress = progress("Detect anomalies")) {
			DetectionResult result = new AnomalyDetector(cvae, settings).detect(input, progress);
			defectCount = result.defects().size();
			ResultsPublisher.show(DetectionTables.defects(result, input.calibration()), "Results");
			if (overlay) image.setOverlay(ResultsPublisher.defectOverlay(result.defects(), result.minSeparation() / 2));
			if (showImages) {
				String base = stripExtension(image.getTitle());
				ResultsPublisher.show(result.anomalyMap(), base + " anomaly");
				ResultsPublisher.show(result.reconstruction().difference(), base + " difference");
				ResultsPublisher.show(result.labels(), base + " labels");
			}
			if (outputFolder != null) DetectionFiles.write(result, input, outputFolder.toPath());
			if (log != null) log.info(String.format("STEMsift: %d defects in %s (threshold %.3f%s)", defectCount, image.getTitle(), result.threshold(),
				result.thresholdAutomatic() ? ", automatic" : ""));
		}
	}

	static String stripExtension(String title) {
		int dot = title.lastIndexOf('.');
		return dot > 0 ? title.substring(0, dot) : title;
	}
}
