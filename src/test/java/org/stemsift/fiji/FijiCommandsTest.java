package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.awt.Rectangle;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.scijava.prefs.PrefService;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.io.CsvTable;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.service.DefaultModelService;
import org.stemsift.service.ModelService;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * The Fiji commands run headless through SciJava's CommandService (scijava-common only, no imagej-legacy), inside
 * ImageJ 1 batch mode so that the images they show are registered as batch-mode images.
 */
class FijiCommandsTest {

	static final int SIZE = TestImages.SIZE;

	@TempDir
	static Path dir;
	static Context context;
	static CommandService commands;
	static Path model;
	static Image2D sample;

	@BeforeAll
	static void start() {
		context = new Context();
		context.service(LogService.class).setLevel(LogLevel.NONE); // failures are asserted, not printed
		commands = context.service(CommandService.class);
		model = TinyModels.copyTo(dir);
		sample = TestImages.withDefects(SIZE, 31);
	}

	@AfterAll
	static void stop() {
		Interpreter.batchMode = false;
		if (context != null) forgetRememberedInputs();
		if (context != null) context.dispose();
	}

	@BeforeEach
	void batchModeAndNoRememberedValues() {
		Interpreter.batchMode = true; // an IJ1 macro ends batch mode when it finishes
		forgetRememberedInputs();
	}

	/**
	 * SciJava remembers every input of a run (java.util.prefs, on disk, across JVMs) and fills it into the next run
	 * that does not set it: without this, one test's threshold would silently apply to the next.
	 */
	static void forgetRememberedInputs() {
		PrefService prefs = context.service(PrefService.class);
		for (Class<?> c : List.of(DetectAnomaliesPlugin.class, TrainCvaePlugin.class, ClassifyPatchesPlugin.class)) prefs.clear(c);
	}

	/** A fresh 32-bit image of the sample (its own pixel array) with the given title. */
	static ImagePlus image(String title) {
		ImagePlus imp = ImagePlusBridge.toImagePlus(sample.copy());
		imp.setTitle(title);
		return imp;
	}

	static CommandModule run(Class<? extends Command> type, Object... inputs) throws Exception {
		return commands.run(type, true, inputs).get();
	}

	/**
	 * A user error ends the command with SciJava's cancel and a one-line reason (no crash report); the reason comes
	 * back as the message of the returned throwable.
	 */
	static Throwable failure(Class<? extends Command> type, Object... inputs) throws Exception {
		CommandModule m = run(type, inputs);
		assertTrue(m.isCanceled(), "the command should have been cancelled with a reason");
		assertTrue(m.getCancelReason().startsWith("STEMsift: "), m.getCancelReason());
		return new IllegalArgumentException(m.getCancelReason());
	}

	// ---- discovery ----

	@Test
	void theCommandsAreDiscoveredUnderPluginsStemsift() {
		List<String> classes = new ArrayList<>();
		for (PluginInfo<Command> p : context.service(PluginService.class).getPluginsOfType(Command.class)) classes.add(p.getClassName());
		for (Class<?> c : List.of(DetectAnomaliesPlugin.class, TrainCvaePlugin.class, ClassifyPatchesPlugin.class))
			assertTrue(classes.contains(c.getName()), c + " not found by the PluginService");

		assertEquals("Plugins > STEMsift > Detect Anomalies (CVAE)...", menu(DetectAnomaliesPlugin.class));
		assertEquals("Plugins > STEMsift > Train CVAE...", menu(TrainCvaePlugin.class));
		assertEquals("Plugins > STEMsift > Classify Patches (CVAE)...", menu(ClassifyPatchesPlugin.class));
		for (Class<? extends Command> c : List.of(DetectAnomaliesPlugin.class, TrainCvaePlugin.class, ClassifyPatchesPlugin.class))
			assertTrue(commands.getCommand(c).canRunHeadless(), c + " must be marked headless = true");

		assertInstanceOf(DefaultModelService.class, context.service(ModelService.class));
	}

	static String menu(Class<? extends Command> c) {
		CommandInfo info = commands.getCommand(c);
		assertNotNull(info, c + " is not a known command");
		return info.getMenuPath().getMenuString();
	}

	// ---- Detect Anomalies ----

	@Test
	void detectionFillsResultsAddsAnOverlayAndShowsTheMaps() throws Exception {
		ImagePlus imp = image("lattice.tif");
		float[] before = ((float[]) imp.getProcessor().getPixels()).clone();
		CommandModule m = run(DetectAnomaliesPlugin.class, "image", imp, "model", model.toFile(), "threshold", 0.02);
		int count = (Integer) m.getOutput("defectCount");
		assertTrue(count > 0, "a low threshold must find some candidates");

		ResultsTable rt = ResultsTable.getResultsTable();
		assertEquals(count, rt.size(), "one Results row per defect");
		for (String column : List.of("x", "y", "score", "significance", "sign", "area", "label")) assertTrue(rt.columnExists(column), "no column " + column);
		for (int i = 0; i < rt.size(); i++) {
			double x = rt.getValue("x", i), y = rt.getValue("y", i);
			assertTrue(x >= 0 && x < SIZE && y >= 0 && y < SIZE, "row " + i + " outside the image");
			assertTrue(rt.getValue("score", i) >= 0.02 * 0.999, "row " + i + " below the threshold");
			assertTrue(Set.of("missing", "extra").contains(rt.getStringValue("sign", i)), rt.getStringValue("sign", i));
		}

		assertEquals(Integer.toString(count), IJ.runMacro("return \"\"+nResults;"), "a macro must see the same Results table");
		assertEquals(rt.getValue("x", 0), Double.parseDouble(IJ.runMacro("return \"\"+getResult(\"x\", 0);")), 1e-3);
		assertEquals(rt.getStringValue("sign", count - 1), IJ.runMacro("return getResultString(\"sign\", nResults-1);"));
		Interpreter.batchMode = true;

		Overlay overlay = imp.getOverlay();
		assertNotNull(overlay, "the image must get an overlay");
		List<OvalRoi> circles = new ArrayList<>();
		for (Roi r : overlay.toArray()) if (r instanceof OvalRoi o) circles.add(o);
		assertEquals(count, circles.size(), "one circle per defect");
		for (int i = 0; i < count; i++) {
			double[] c = circles.get(i).getContourCentroid();
			assertEquals(rt.getValue("x", i) + 0.5, c[0], 1.0, "circle " + i + " is not centred on its defect");
			assertEquals(rt.getValue("y", i) + 0.5, c[1], 1.0);
		}
		assertArrayEquals(before, (float[]) imp.getProcessor().getPixels(), "the input pixels must not change");

		for (String title : List.of("lattice anomaly", "lattice difference", "lattice labels")) {
			ImagePlus shown = WindowManager.getImage(title);
			assertNotNull(shown, title + " is not registered with the WindowManager");
			assertEquals(SIZE, shown.getWidth());
			assertEquals(SIZE, shown.getHeight());
		}
		assertEquals(count, (int) WindowManager.getImage("lattice labels").getStatistics().max, "labels 1..n");
	}

	@Test
	void withoutImagesOrOverlayButWithAnOutputFolder() throws Exception {
		ImagePlus imp = image("quiet.tif");
		Path out = dir.resolve("fiji-out");
		CommandModule m = run(DetectAnomaliesPlugin.class, "image", imp, "model", model.toFile(), "threshold", 0.02, "showImages", false, "overlay", false,
			"outputFolder", out.toFile());
		assertNull(imp.getOverlay());
		for (String title : List.of("quiet anomaly", "quiet difference", "quiet labels")) assertNull(WindowManager.getImage(title), title + " shown although showImages=false");
		int count = (Integer) m.getOutput("defectCount");
		assertEquals(count, CsvTable.read(out.resolve("defects.csv")).rowCount(), "the saved table matches the Results table");
		assertEquals(count, ResultsTable.getResultsTable().size());
		for (String f : List.of("anomaly.tif", "difference.tif", "prediction.tif", "labels.tif")) assertTrue(Files.isRegularFile(out.resolve(f)), f);
	}

	@Test
	void aRectangularSelectionIsTheReferenceRegionForTheAutomaticThreshold() throws Exception {
		int[] region = { 0, 0, 48, 48 };
		int expectedWithRegion, expectedWithout;
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			expectedWithRegion = new AnomalyDetector(cvae, DetectionSettings.defaults().withReferenceRoi(region)).detect(sample, null).defects().size();
			expectedWithout = new AnomalyDetector(cvae, DetectionSettings.defaults()).detect(sample, null).defects().size();
		}
		ImagePlus imp = image("selected.tif");
		imp.setRoi(new Rectangle(region[0], region[1], region[2], region[3]));
		assertEquals(expectedWithRegion, (Integer) run(DetectAnomaliesPlugin.class, "image", imp, "model", model.toFile(), "showImages", false).getOutput("defectCount"));
		assertEquals(expectedWithout,
			(Integer) run(DetectAnomaliesPlugin.class, "image", imp, "model", model.toFile(), "showImages", false, "useSelection", false).getOutput("defectCount"));
		assertEquals(new Rectangle(0, 0, 48, 48), imp.getRoi().getBounds(), "the selection stays");
	}

	@Test
	void anOutputFolderOfAPreviousRunIsNotReused() throws Exception {
		Path first = dir.resolve("remembered-out");
		run(DetectAnomaliesPlugin.class, "image", image("o1.tif"), "model", model.toFile(), "showImages", false, "outputFolder", first.toFile());
		Files.delete(first.resolve("defects.csv"));
		run(DetectAnomaliesPlugin.class, "image", image("o2.tif"), "model", model.toFile(), "showImages", false);
		assertFalse(Files.exists(first.resolve("defects.csv")), "the second run wrote into the first run's output folder");
	}

	@Test
	void headlessOutsideBatchModeTheCommandsStillSucceed() throws Exception {
		Interpreter.batchMode = false;
		assertNotNull(run(DetectAnomaliesPlugin.class, "image", image("nb.tif"), "model", model.toFile(), "threshold", 0.02).getOutput("defectCount"));
		File out = dir.resolve("nb.stemsift").toFile();
		run(TrainCvaePlugin.class, "image", image("nbt.tif"), "model", out, "epochs", 1, "cropsPerEpoch", 32, "patchSize", 32, "latent", 4, "networkSize", "small");
		assertTrue(out.isFile());
	}

	@Test
	void polarityChoiceFiltersTheRows() throws Exception {
		run(DetectAnomaliesPlugin.class, "image", image("pol.tif"), "model", model.toFile(), "threshold", 0.02, "showImages", false, "polarity", "missing");
		ResultsTable rt = ResultsTable.getResultsTable();
		for (int i = 0; i < rt.size(); i++) assertEquals("missing", rt.getStringValue("sign", i));
	}

	@Test
	void polarityChoicesWorkInEveryLocale() throws Exception {
		Locale old = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR")); // "missing".toUpperCase() is "MİSSİNG" there
		try {
			run(DetectAnomaliesPlugin.class, "image", image("tr.tif"), "model", model.toFile(), "threshold", 0.02, "showImages", false, "polarity", "missing");
		} finally {
			Locale.setDefault(old);
		}
		ResultsTable rt = ResultsTable.getResultsTable();
		for (int i = 0; i < rt.size(); i++) assertEquals("missing", rt.getStringValue("sign", i));
	}

	@Test
	void aCorruptModelFailsWithAMessageAndChangesNothing() throws Exception {
		ImagePlus imp = image("corrupt.tif");
		float[] before = ((float[]) imp.getProcessor().getPixels()).clone();
		ResultsTable previous = new ResultsTable();
		previous.addValue("x", 1); // a row of an earlier run, which a macro must not take for this run's
		ij.plugin.filter.Analyzer.setResultsTable(previous);
		Path junk = TestImages.randomBytes(dir.resolve("junk.stemsift"), 2000, 9);
		Throwable t = failure(DetectAnomaliesPlugin.class, "image", imp, "model", junk.toFile());
		assertTrue(t.getMessage().contains(junk.toString()) && t.getMessage().contains("not a STEMsift model file"), t.getMessage());
		assertEquals(0, ResultsTable.getResultsTable().size(), "no Results rows, neither new nor of the earlier run");
		assertNull(imp.getOverlay());
		assertArrayEquals(before, (float[]) imp.getProcessor().getPixels());
		assertNull(WindowManager.getImage("corrupt anomaly"));

		Path truncated = TestImages.truncatedCopy(model, dir.resolve("half.stemsift"), 0.5);
		assertTrue(failure(DetectAnomaliesPlugin.class, "image", imp, "model", truncated.toFile()).getMessage().contains("truncated"));
		Path missing = dir.resolve("missing.stemsift");
		assertTrue(failure(DetectAnomaliesPlugin.class, "image", imp, "model", missing.toFile()).getMessage().contains(missing.toString()));
	}

	@Test
	void aStackOrATooSmallImageIsRefusedWithAdvice() throws Exception {
		ImagePlus stack = ImagePlusBridge.toImagePlus(new PatchStack(2, 40, 40, new float[2 * 40 * 40]), "two slices");
		Throwable t = failure(DetectAnomaliesPlugin.class, "image", stack, "model", model.toFile());
		assertTrue(t.getMessage().contains("has 2 slices") && t.getMessage().contains("Duplicate"), t.getMessage());
		ImagePlus small = ImagePlusBridge.toImagePlus(sample.crop(0, 0, 20, 20));
		Throwable s = failure(DetectAnomaliesPlugin.class, "image", small, "model", model.toFile());
		assertTrue(s.getMessage().contains("smaller than the model's 32x32 patch"), s.getMessage());
	}

	// ---- Train CVAE ----

	@Test
	void trainingWritesAModelFromTheSelection() throws Exception {
		ImagePlus imp = ImagePlusBridge.toImagePlus(TestImages.reference(4));
		imp.setTitle("reference.tif");
		imp.setRoi(new Rectangle(8, 8, 96, 100));
		File out = dir.resolve("fiji-trained.stemsift").toFile();
		CommandModule m = run(TrainCvaePlugin.class, "image", imp, "model", out, "epochs", 1, "cropsPerEpoch", 32, "patchSize", 32, "latent", 4,
			"networkSize", "small", "seed", 5L);
		assertTrue(out.isFile(), "no model file written");
		ModelDescription d = ModelFiles.readDescription(out.toPath());
		assertEquals(32, d.architecture().patchSize());
		assertEquals(4, d.architecture().latentDim());
		assertArrayEquals(new int[] { 16, 32, 32 }, d.architecture().encoderChannels(), "'small' divides the channels by 4");
		assertEquals(5, d.training().seed());
		assertEquals(1, d.training().epochsRun());
		assertArrayEquals(new int[] { 8, 8, 96, 100 }, d.training().roi(), "the selection is the training region");
		assertNotNull(d.bulkStatistics(), "the command must calibrate the model");
		String summary = (String) m.getOutput("summary");
		assertTrue(summary.startsWith("Trained 1 epochs") && summary.contains(out.toString()), summary);
		assertNotNull(WindowManager.getImage("STEMsift training losses"), "the loss plot is shown (registered in batch mode)");

		// the model it wrote works in the detection command
		assertNotNull(run(DetectAnomaliesPlugin.class, "image", image("trained-check.tif"), "model", out, "showImages", false).getOutput("defectCount"));
	}

	// ---- Classify Patches ----

	@Test
	void classificationFillsOneResultsRowPerSlice() throws Exception {
		List<Image2D> crops = new ArrayList<>();
		for (int i = 0; i < 5; i++) crops.add(sample.crop(20 * i, 10 * i, 32, 32).withName("p" + i));
		ImagePlus stack = ImagePlusBridge.toImagePlus(PatchStack.of(crops), "patches");
		CommandModule m = run(ClassifyPatchesPlugin.class, "patches", stack, "model", model.toFile());
		ResultsTable rt = ResultsTable.getResultsTable();
		assertEquals(5, rt.size());
		for (String c : List.of("index", "name", "anm", "defect", "peak_x", "peak_y", "band_low", "band_high")) assertTrue(rt.columnExists(c), "no column " + c);
		int defects = 0;
		for (int i = 0; i < 5; i++) {
			assertEquals(i, (int) rt.getValue("index", i));
			assertEquals("p" + i, rt.getStringValue("name", i), "slice labels name the rows");
			double anm = rt.getValue("anm", i), d = rt.getValue("defect", i);
			assertTrue(d == 0 || d == 1, "defect is 0/1 in the Results table");
			assertEquals(anm < rt.getValue("band_low", i) || anm > rt.getValue("band_high", i), d == 1);
			defects += (int) d;
		}
		assertEquals(defects, (Integer) m.getOutput("defectCount"));
		assertEquals("5", IJ.runMacro("return \"\"+nResults;"));
		Interpreter.batchMode = true;
	}

	@Test
	void classificationRefusesPatchesOfAnotherSize() throws Exception {
		ImagePlus stack = ImagePlusBridge.toImagePlus(new PatchStack(3, 24, 24, new float[3 * 24 * 24]), "small patches");
		Throwable t = failure(ClassifyPatchesPlugin.class, "patches", stack, "model", model.toFile());
		assertTrue(t.getMessage().contains("24x24 px but the model was trained on 32x32"), t.getMessage());
		assertFalse(t.getMessage().isBlank());
	}
}
