package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.testutil.TestImages;

/**
 * What a headless macro can read after each command: the Results table (a table of another name is unreachable
 * without windows), images registered with the WindowManager, or files in a folder the run was given. Found by the
 * audit for the Fiji distribution issue.
 */
class HeadlessOutputsTest {

	@TempDir
	static Path dir;
	static Context context;
	static Image2D lattice;

	@BeforeAll
	static void start() {
		context = CommandContexts.start(LogLevel.NONE);
		lattice = TestImages.withDefects(160, 3);
	}

	@AfterAll
	static void stop() {
		CommandContexts.stop(context);
	}

	@BeforeEach
	void fresh() {
		CommandContexts.forgetInputs(context);
		Interpreter.batchMode = false; // what a headless run outside a batch macro sees
	}

	static ImagePlus image(String title) {
		ImagePlus imp = ImagePlusBridge.toImagePlus(lattice.copy());
		imp.setTitle(title);
		return imp;
	}

	static Module patterson(Object... inputs) throws Exception {
		return context.service(ModuleService.class).run(context.service(CommandService.class).getCommand(PattersonOcsvmPlugin.class), true, inputs).get();
	}

	@Test
	void trainingLossesAreInTheResultsTableAMacroReads() throws Exception {
		File model = dir.resolve("t.stemsift").toFile();
		context.service(CommandService.class).run(TrainCvaePlugin.class, true, "image", image("bulk.tif"), "model", model, "useSelection", false, "epochs", 1,
			"cropsPerEpoch", 32, "patchSize", 32, "latent", 4, "networkSize", "small").get();
		try (CvaeModel cvae = ModelFiles.loadCvae(model.toPath())) {
			int epochs = cvae.description().training().epochsRun();
			ResultsTable rt = ResultsTable.getResultsTable();
			assertEquals(epochs, rt.size(), "one Results row per epoch");
			assertEquals(cvae.description().training().finalValidationLoss(), rt.getValue("validation_loss", epochs - 1), 1e-3);
			assertEquals(Integer.toString(epochs), IJ.runMacro("return \"\" + nResults;"));
		}
	}

	@Test
	void pattersonWithImagesAndPlotsSucceedsHeadlessOutsideBatchMode() throws Exception {
		Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "only a headless JVM cannot open windows");
		Module m = patterson("image", image("nb.tif"), "showImages", true, "gammaRobustness", false);
		int outliers = (Integer) m.getOutput("outlierCount");
		ResultsTable rt = ResultsTable.getResultsTable();
		assertTrue(rt.size() > outliers && outliers > 0, rt.size() + " segments, " + outliers + " outliers");
	}

	@Test
	void pattersonDoesNotWriteIntoThePreviousRunsOutputFolder() throws Exception {
		Interpreter.batchMode = true;
		Path first = dir.resolve("pat-first");
		patterson("image", image("p1.tif"), "showImages", false, "gammaRobustness", false, "outputFolder", first.toFile());
		Files.delete(first.resolve("sites.csv"));
		patterson("image", image("p2.tif"), "showImages", false, "gammaRobustness", false);
		assertFalse(Files.exists(first.resolve("sites.csv")), "the second run wrote into the first run's output folder");
	}

	@Test
	void aFailedRunLeavesNoRowsOfThePreviousRunForTheMacro() throws Exception {
		Interpreter.batchMode = true;
		patterson("image", image("ok.tif"), "showImages", false, "gammaRobustness", false);
		assertTrue(ResultsTable.getResultsTable().size() > 0);

		ImagePlus flat = ImagePlusBridge.toImagePlus(Image2D.zeros(160, 160));
		flat.setTitle("flat.tif");
		Module failed = patterson("image", flat, "showImages", false, "gammaRobustness", false);
		assertTrue(((org.scijava.Cancelable) failed).isCanceled(), "a flat image has no lattice: the command ends with a reason");
		String reason = ((org.scijava.Cancelable) failed).getCancelReason();
		assertTrue(reason.startsWith("STEMsift: ") && !reason.contains("\n"), "one line: " + reason);
		assertEquals("0", IJ.runMacro("return \"\" + nResults;"), "the previous image's rows must not look like this one's");

		File model = dir.resolve("never-written.stemsift").toFile();
		patterson("image", image("ok2.tif"), "showImages", false, "gammaRobustness", false);
		context.service(CommandService.class).run(DetectAnomaliesPlugin.class, true, "image", image("d.tif"), "model", model, "showImages", false).get();
		assertEquals(0, ResultsTable.getResultsTable().size(), "a missing model: no rows either");
	}
}
