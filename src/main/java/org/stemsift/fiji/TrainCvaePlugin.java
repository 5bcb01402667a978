package org.stemsift.fiji;

import ij.ImagePlus;
import ij.gui.Roi;

import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.detect.BulkCalibration;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.Preprocessing;
import org.stemsift.model.TrainingResult;
import org.stemsift.model.TrainingSettings;
import org.stemsift.report.TrainingReport;

/**
 * Plugins › STEMsift › Train CVAE…: trains on the current image, or on its rectangular selection when there is one,
 * which should be free of defects. Writes one model file and shows the loss curves.
 */
@Plugin(type = Command.class, menuPath = "Plugins>STEMsift>Train CVAE...", label = "Train CVAE", headless = true)
public class TrainCvaePlugin extends StemsiftCommand {

	@Parameter(label = "Defect-free image")
	ImagePlus image;

	@Parameter(label = "Model file", style = FileWidget.SAVE_STYLE, description = "Where to save the trained model (.stemsift)")
	File model;

	@Parameter(label = "Train on the selection only", description = "Use the rectangular selection as the defect-free region")
	boolean useSelection = true;

	@Parameter(label = "Maximum epochs", min = "1")
	int epochs = 20;

	@Parameter(label = "Crops per epoch", min = "16")
	int cropsPerEpoch = 2048;

	@Parameter(label = "Patch size (px)", min = "16", description = "A multiple of 8")
	int patchSize = 64;

	@Parameter(label = "Latent dimensions", min = "1")
	int latent = 20;

	@Parameter(label = "Blur sigma (px)", min = "0")
	double sigma = Preprocessing.DEFAULT_SIGMA;

	@Parameter(label = "Learning rate", min = "0")
	double learningRate = 1e-3;

	@Parameter(label = "Network size", choices = { "standard", "small" }, description = "small divides every channel count by 4: much faster, for small images")
	String networkSize = "standard";

	@Parameter(label = "Random seed")
	long seed = 42;

	@Parameter(label = "CPU threads (0 = all)", min = "0")
	int threads = 0;

	@Parameter(label = "Summary", type = ItemIO.OUTPUT)
	String summary;

	@Override
	protected void execute() throws IOException {
		models.setThreads(threads);
		Image2D reference = ImagePlusBridge.toImage2D(image);
		int[] roi = selection(image, useSelection);
		CvaeArchitecture arch = CvaeArchitecture.standard(patchSize, latent);
		if ("small".equals(networkSize)) arch = arch.slimmed(4);
		TrainingSettings settings = TrainingSettings.defaults().withArchitecture(arch).withEpochs(epochs).withCropsPerEpoch(cropsPerEpoch).withSigma(sigma)
			.withLearningRate(learningRate).withSeed(seed);
		try (TaskProgress progress = progress("Train CVAE")) {
			TrainingResult result = new CvaeTrainer(settings, progress).train(reference, roi);
			try (CvaeModel trained = result.model()) {
				BulkCalibration.calibrate(result);
				models.save(trained, model);
				ModelDescription.TrainingInfo t = trained.description().training();
				summary = String.format("Trained %d epochs in %.0f s; validation loss %.2f; saved %s. %s", t.epochsRun(), t.seconds(), t.finalValidationLoss(), model,
					TrainingReport.engineLine(t));
				showLosses(t);
			}
		}
		if (log != null) log.info(summary);
	}

	/** The rectangular bounds of the image's selection, or null for the whole image. */
	static int[] selection(ImagePlus imp, boolean use) {
		Roi roi = imp.getRoi();
		if (!use || roi == null || !roi.isArea()) return null;
		Rectangle r = roi.getBounds().intersection(new Rectangle(0, 0, imp.getWidth(), imp.getHeight()));
		return new int[] { r.x, r.y, r.width, r.height };
	}

	private static void showLosses(ModelDescription.TrainingInfo t) {
		ResultsPublisher.show(TrainingReport.table(t), "Results"); // the Results table: a named table cannot be found by a headless macro
		ResultsPublisher.show(TrainingReport.plot(t).getImagePlus());
	}
}
