package org.stemsift.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.prefs.PrefService;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.cluster.feature.PatchFeatures;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.fiji.ClusterPatchesPlugin;
import org.stemsift.fiji.MacroBridgeAccess;
import org.stemsift.evaluate.ClusterAgreement;
import org.stemsift.io.CsvTable;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * The clustering through its three doors (command line, Fiji command, macro) on 32 patches cut from two synthetic
 * images, with the tiny model: the outputs exist with the promised columns, agree with the core pipeline on the same
 * patches, and bad input ends with a message that names the problem.
 */
class ClusterCommandsTest {

	@TempDir
	static Path dir;
	static Path model;
	static PatchStack patches;
	static Path folder;
	static Context context;

	@BeforeAll
	static void setUp() throws Exception {
		model = TinyModels.copyTo(dir);
		List<Image2D> crops = new ArrayList<>();
		for (long seed : new long[] { 21, 22 }) {
			Image2D image = TestImages.withDefects(TestImages.SIZE, seed);
			for (int y = 0; y + TinyModels.PATCH <= image.height(); y += TinyModels.PATCH)
				for (int x = 0; x + TinyModels.PATCH <= image.width(); x += TinyModels.PATCH)
					crops.add(image.crop(x, y, TinyModels.PATCH, TinyModels.PATCH).withName(String.format("p%02d.tif", crops.size())));
		}
		patches = PatchStack.of(crops);
		folder = Files.createDirectories(dir.resolve("patches"));
		for (Image2D c : crops) TestImages.tiff(c, folder.resolve(c.name()));
		Files.writeString(folder.resolve("notes.txt"), "not an image");
		context = new Context();
		context.service(LogService.class).setLevel(LogLevel.NONE);
		MacroBridgeAccess.install(context, ClusterPatchesPlugin.class);
	}

	/** SciJava remembers a run's inputs and fills them into the next run that does not set them (the macro test sets k). */
	@BeforeEach
	void forgetInputs() {
		context.service(PrefService.class).clear(ClusterPatchesPlugin.class);
	}

	@AfterAll
	static void tearDown() {
		Interpreter.batchMode = false;
		context.service(PrefService.class).clear(ClusterPatchesPlugin.class);
		context.dispose();
	}

	/** What the core pipeline finds on the given patches with the given K range. */
	static ClusterResult core(PatchStack input, int kMax, ClusterSettings.View view) throws Exception {
		try (CvaeModel m = ModelFiles.loadCvae(model)) {
			return new ClusterPipeline(ClusterSettings.defaults().withK(kMax, 0).withView(view, 30, 1000, 15)).run(input, m, null);
		}
	}

	/**
	 * The same clusters as the core on the same patches, up to a patch or two: the tiny model's features of these
	 * near-identical patches lie so close that float rounding in the multi-threaded inference can move a border patch.
	 */
	static void assertSameClusters(int[] expected, int[] found) {
		assertTrue(ClusterAgreement.adjustedRandIndex(expected, found) > 0.8, () -> Arrays.toString(expected) + " vs " + Arrays.toString(found));
	}

	@Test
	void commandLineWritesEveryOutputAndSkipsTheUnreadableFile() throws Exception {
		Path out = dir.resolve("cli");
		Cli.Result r = Cli.run("cluster", "--model", model.toString(), "--patches", folder.toString(), "--out", out.toString(), "--kmax", "4", "-q");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.err().contains("notes.txt"), "the skipped file is named: " + r.err());
		assertTrue(r.out().contains("Feature selection:") && r.out().contains("tier 1"), r.out());
		CsvTable clusters = CsvTable.read(out.resolve(ClusterFiles.CLUSTERS));
		assertEquals(List.of("file", "cluster"), clusters.header().subList(0, 2));
		assertTrue(clusters.header().containsAll(PatchFeatures.discover().names()), "every feature is a column");
		assertEquals(patches.count(), clusters.rowCount());
		ClusterResult expected = core(ImageFiles.readPatches(folder), 4, ClusterSettings.View.TSNE);
		int[] found = new int[patches.count()];
		for (int i = 0; i < patches.count(); i++) {
			assertEquals(patches.name(i), clusters.get(i, "file"));
			found[i] = Integer.parseInt(clusters.get(i, "cluster")) - 1;
		}
		assertSameClusters(expected.labels(), found);
		CsvTable summary = CsvTable.read(out.resolve(ClusterFiles.SUMMARY));
		assertEquals(expected.k(), summary.rowCount());
		int total = 0;
		for (int c = 0; c < summary.rowCount(); c++) total += Integer.parseInt(summary.get(c, "size"));
		assertEquals(patches.count(), total);
		assertEquals(PatchFeatures.discover().names().size(), CsvTable.read(out.resolve(ClusterFiles.SELECTION)).rowCount());
		assertEquals(3, CsvTable.read(out.resolve(ClusterFiles.K_SCAN)).rowCount(), "K = 2, 3, 4");
		for (String png : List.of(ClusterFiles.SILHOUETTE_PLOT, ClusterFiles.TSNE_PLOT, ClusterFiles.MONTAGE)) {
			ImagePlus imp = IJ.openImage(out.resolve(png).toString());
			assertTrue(imp != null && imp.getWidth() > 100, png);
		}
	}

	@Test
	void tooFewPatchesForKmaxIsAClearError() {
		Cli.Result r = Cli.run("cluster", "--model", model.toString(), "--patches", folder.toString(), "--out", dir.resolve("few").toString(), "--kmax", "40", "-q");
		assertEquals(1, r.exitCode(), r::toString);
		assertTrue(r.err().contains("Only 32 patches") && r.err().contains("lower Kmax to 31"), r.err());
		assertTrue(!Files.exists(dir.resolve("few").resolve(ClusterFiles.CLUSTERS)));
	}

	@Test
	void fijiCommandFillsTheResultsTableLikeTheCore() throws Exception {
		Interpreter.batchMode = true;
		ImagePlus stack = ImagePlusBridge.toImagePlus(patches, "patches");
		CommandModule m = context.service(CommandService.class).run(ClusterPatchesPlugin.class, true, "patches", stack, "model", model.toFile(), "kmax", 4, "view", "none",
			"showplots", true).get();
		assertTrue(!m.isCanceled(), () -> m.getCancelReason());
		ClusterResult expected = core(ImagePlusBridge.toPatchStack(stack), 4, ClusterSettings.View.NONE);
		assertEquals(expected.k(), m.getOutput("clusterCount"));
		ResultsTable rt = ResultsTable.getResultsTable();
		assertEquals(patches.count(), rt.size());
		int[] clusters = new int[rt.size()];
		for (int i = 0; i < rt.size(); i++) {
			assertEquals(expected.name(i), rt.getStringValue("file", i));
			clusters[i] = (int) rt.getValue("cluster", i) - 1;
		}
		assertSameClusters(expected.labels(), clusters);
		assertTrue(Arrays.asList(WindowManager.getImageTitles()).contains("Typical patches per cluster"), Arrays.toString(WindowManager.getImageTitles()));
	}

	@Test
	void macroRunsTheCommandByItsMenuLabel() throws Exception {
		Path tif = dir.resolve("stack.tif");
		IJ.saveAsTiff(ImagePlusBridge.toImagePlus(patches, "stack"), tif.toString());
		String macro = "open(\"" + tif + "\");\nrun(\"Cluster Patches...\", \"model=[" + model + "] kmax=3 k=2 view=none showplots=false\");\nprint(\"rows=\" + nResults);";
		IJ.runMacro(macro);
		assertNull(MacroBridgeAccess.lastFailure(), () -> "the command failed: " + MacroBridgeAccess.lastFailure());
		ResultsTable rt = ResultsTable.getResultsTable();
		assertEquals(patches.count(), rt.size());
		for (int i = 0; i < rt.size(); i++) assertTrue(rt.getValue("cluster", i) == 1 || rt.getValue("cluster", i) == 2, "k=2 was passed through");
	}
}
