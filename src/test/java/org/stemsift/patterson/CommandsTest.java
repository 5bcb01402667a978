package org.stemsift.patterson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.scijava.plugin.PluginService;
import org.scijava.prefs.PrefService;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.descriptor.SegmentDescriptors;
import org.stemsift.fiji.PattersonOcsvmPlugin;
import org.stemsift.io.CsvTable;
import org.stemsift.io.ImageFiles;
import org.stemsift.synth.LatticeType;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;

/** The command line and the Fiji command (headless, through SciJava's CommandService) over the same pipeline. */
class CommandsTest {

	@TempDir
	static Path dir;
	static Context context;
	static Image2D lattice;

	@BeforeAll
	static void start() {
		context = new Context();
		context.service(LogService.class).setLevel(LogLevel.NONE);
		context.service(PrefService.class).clear(PattersonOcsvmPlugin.class);
		lattice = Synthetic.lattice(LatticeType.SQUARE, 320, 16, 3, 8).image();
	}

	@AfterAll
	static void stop() {
		Interpreter.batchMode = false;
		if (context != null) {
			context.service(PrefService.class).clear(PattersonOcsvmPlugin.class);
			context.dispose();
		}
	}

	@Test
	void theCliWritesSitesLabelsAndPlots() throws Exception {
		Path tif = TestImages.tiff(lattice, dir.resolve("lattice.tif")), out = dir.resolve("cli");
		Cli.Result r = Cli.run("patterson-ocsvm", "--image", tif.toString(), "--out", out.toString(), "--gamma-factors", "1,2", "-q");
		assertEquals(0, r.exitCode(), r.toString());
		assertTrue(r.out().contains("one-class SVM: nu"), r.out());
		CsvTable sites = CsvTable.read(out.resolve("sites.csv"));
		assertEquals(List.of("x", "y", "decision", "outlier", "class", "domain", "filled"), sites.header());
		assertTrue(sites.rowCount() > 300, "one row per segment: " + sites.rowCount());
		int outliers = 0;
		for (int i = 0; i < sites.rowCount(); i++) {
			double x = Double.parseDouble(sites.get(i, "x")), decision = Double.parseDouble(sites.get(i, "decision"));
			assertTrue(x >= 0 && x < 320, "pixel coordinates");
			boolean outlier = "1".equals(sites.get(i, "outlier"));
			assertEquals(decision < 0, outlier, "outlier means a negative decision value, row " + i);
			if (outlier) outliers++;
		}
		Image2D labels = ImageFiles.readImage(out.resolve("labels.tif"));
		assertEquals(320, labels.width());
		assertEquals(outliers, (int) labels.max(), "outlier segments labelled 1..m");
		for (String f : List.of("nu_scan.png", "decision_histogram.png", "pca_variance.png", "overview.png", "nu_scan.csv", "gamma_sweep.csv", "pca_variance.csv"))
			assertTrue(Files.size(out.resolve(f)) > 0, f);
		assertEquals(3, CsvTable.read(out.resolve("gamma_sweep.csv")).rowCount() + 1, "two gamma factors");
	}

	@Test
	void theCliReportsBadInputInOneLine() {
		Path nan = TestImages.floatTiff(64, 64, nanImage(), dir.resolve("nan.tif"));
		Cli.Result r = Cli.run("patterson-ocsvm", "--image", nan.toString(), "--out", dir.resolve("bad").toString(), "-q");
		assertEquals(1, r.exitCode(), r.toString());
		assertTrue(r.err().contains("NaN"), r.err());
		Cli.Result grid = Cli.run("patterson-ocsvm", "--image", nan.toString(), "--out", dir.resolve("bad").toString(), "--nu-grid", "0.1-0.2", "-q");
		assertEquals(1, grid.exitCode());
		assertTrue(grid.err().contains("from:to:steps"), grid.err());
	}

	@Test
	void theFijiCommandFillsResultsAndDrawsOutliers() throws Exception {
		Interpreter.batchMode = true;
		ImagePlus imp = ImagePlusBridge.toImagePlus(lattice.copy());
		imp.setTitle("lattice.tif");
		// a DynamicCommand is a Module itself: CommandService.run cannot return it, ModuleService.run can
		Module m = context.service(ModuleService.class).run(context.service(CommandService.class).getCommand(PattersonOcsvmPlugin.class), true, "image", imp,
			"gammaRobustness", false, "showImages", true, "outputFolder", dir.resolve("fiji").toFile()).get();
		int outliers = (Integer) m.getOutput("outlierCount");
		ResultsTable rt = ResultsTable.getResultsTable();
		assertEquals(CsvTable.read(dir.resolve("fiji").resolve("sites.csv")).rowCount(), rt.size(), "one Results row per segment");
		int flagged = 0;
		for (int i = 0; i < rt.size(); i++) if (rt.getValue("outlier", i) == 1) flagged++;
		assertEquals(outliers, flagged);
		Overlay overlay = imp.getOverlay();
		assertNotNull(overlay);
		assertEquals(outliers, overlay.size(), "one circle per outlier");
		assertTrue(overlay.get(0) instanceof OvalRoi);
		assertNotNull(ij.WindowManager.getImage("lattice outliers"), "label image shown");
		assertEquals("Plugins > STEMsift > Patterson One-Class SVM...", context.service(CommandService.class).getCommand(PattersonOcsvmPlugin.class).getMenuPath().getMenuString());
		assertTrue(context.service(CommandService.class).getCommand(PattersonOcsvmPlugin.class).canRunHeadless());
	}

	@Test
	void descriptorsAreSciJavaPlugins() {
		List<String> names = SegmentDescriptors.from(context.service(PluginService.class)).names();
		assertEquals(SegmentDescriptors.discover().names(), names, "the PluginService and the bare index agree");
	}

	static float[] nanImage() {
		float[] p = new float[64 * 64];
		p[100] = Float.NaN;
		return p;
	}
}
