package org.stemsift.fiji;

import ij.ImagePlus;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.BulkBand;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.report.DetectionTables;

/**
 * Plugins › STEMsift › Classify Patches (CVAE)…: for each slice of a patch stack, whether it holds a defect (ANM
 * outside the bulk band) and where the anomaly peaks. One row per patch in the Results table.
 */
@Plugin(type = Command.class, menuPath = "Plugins>STEMsift>Classify Patches (CVAE)...", label = "Classify Patches (CVAE)", headless = true)
public class ClassifyPatchesPlugin extends StemsiftCommand {

	@Parameter(label = "Patch stack")
	ImagePlus patches;

	@Parameter(label = "Model file", style = FileWidget.OPEN_STYLE)
	File model;

	@Parameter(label = "Bulk patches (optional; default: the model's own statistics)", style = FileWidget.OPEN_STYLE, required = false, persist = false)
	File bulk;

	@Parameter(label = "Band width k (standard deviations)", min = "0")
	double k = BulkBand.DEFAULT_K;

	@Parameter(label = "Small-difference cutoff", min = "0")
	double cutoff = DifferenceFilter.PATCH_CUTOFF;

	@Parameter(label = "Smoothing sigma (px)", min = "0")
	double smoothing = DifferenceFilter.DEFAULT_SMOOTHING;

	@Parameter(label = "ANM window (px)", min = "1")
	int window = PatchAnalyzer.DEFAULT_ANM_WINDOW;

	@Parameter(label = "Defect patches", type = ItemIO.OUTPUT)
	int defectCount;

	@Override
	protected void execute() throws IOException {
		PatchStack stack = ImagePlusBridge.toPatchStack(patches);
		try (CvaeModel cvae = models.loadCvae(model); TaskProgress progress = progress("Classify patches")) {
			PatchClassifier classifier = new PatchClassifier(cvae, new DifferenceFilter(cutoff, smoothing), window, k);
			BulkBand band = bulk == null ? classifier.bandFromModel() : classifier.bandFrom(ImageFiles.readPatches(bulk.toPath()), progress);
			PatchClassifier.Classification[] result = classifier.classify(stack, band, progress);
			defectCount = (int) Arrays.stream(result).filter(PatchClassifier.Classification::defect).count();
			ResultsPublisher.show(DetectionTables.patches(result, band), "Results");
		}
	}
}
