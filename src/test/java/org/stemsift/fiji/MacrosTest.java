package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.io.FileSaver;
import ij.measure.ResultsTable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.io.CsvTable;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * The macros in {@code macros/}: every STEMsift command they call exists under that name and every option key is a
 * parameter of it; and they run end to end in ImageJ 1's macro interpreter, with {@link MacroBridge} standing in for
 * imagej-legacy.
 */
class MacrosTest {

	static final Path MACROS = Path.of("macros");
	static final List<Class<? extends Command>> PLUGINS = CommandContexts.COMMANDS;
	static final Pattern RUN = Pattern.compile("run\\(\"([^\"]+)\"\\s*,(.*?)\\);", Pattern.DOTALL);
	static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	static final Pattern KEY = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)=");

	@TempDir
	static Path dir;
	static Context context;
	static Path model;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void start() {
		context = new Context();
		MacroBridge.install(context, PLUGINS.toArray(Class[]::new));
		model = TinyModels.copyTo(dir);
	}

	@AfterAll
	static void stop() {
		CommandContexts.stop(context);
	}

	@BeforeEach
	void fresh() {
		CommandContexts.forgetInputs(context);
		MacroBridge.lastFailure = null;
	}

	static List<Path> macros() throws Exception {
		try (Stream<Path> s = Files.list(MACROS)) {
			return s.filter(p -> p.toString().endsWith(".ijm")).sorted().toList();
		}
	}

	@Test
	void theMacrosExist() throws Exception {
		assertEquals(List.of("batch_detect_folder.ijm", "batch_patterson_folder.ijm", "classify_patches.ijm", "cluster_patches.ijm", "detect_defects.ijm",
			"patterson_ocsvm.ijm", "train_cvae.ijm"), macros().stream().map(p -> p.getFileName().toString()).toList(), "a new macro needs a test here");
	}

	@Test
	void everyStemsiftCallUsesAnExistingCommandAndItsParameterNames() throws Exception {
		CommandService commands = context.service(CommandService.class);
		Map<String, CommandInfo> byLabel = PLUGINS.stream().map(commands::getCommand)
			.collect(Collectors.toMap(i -> i.getMenuPath().getLeaf().getName(), i -> i));
		int calls = 0;
		for (Path macro : macros()) {
			String text = Files.readString(macro);
			Matcher m = RUN.matcher(text);
			while (m.find()) {
				String command = m.group(1);
				if (!command.contains("CVAE") && !command.contains("Patterson") && !command.contains("Cluster")) continue;
				calls++;
				CommandInfo info = byLabel.get(command);
				assertTrue(info != null, macro + ": no STEMsift command is called '" + command + "' (ImageJ 1 matches the menu label exactly, with '...'); known: "
					+ byLabel.keySet());
				Set<String> names = new TreeSet<>();
				for (ModuleItem<?> in : info.inputs()) names.add(in.getName().toLowerCase(Locale.ROOT));
				Matcher lit = LITERAL.matcher(m.group(2));
				while (lit.find()) {
					Matcher k = KEY.matcher(lit.group(1));
					while (k.find()) {
						String key = k.group(1);
						assertTrue(names.contains(key), macro + ": '" + key + "=' is not a parameter of " + command + " " + names);
						assertEquals(key.toLowerCase(Locale.ROOT), key, macro + ": ImageJ 1 lower-cases option keys; write '" + key.toLowerCase(Locale.ROOT) + "='");
					}
				}
			}
		}
		assertEquals(macros().size(), calls, "each macro calls one STEMsift command");
	}

	@Test
	void detectDefectsPrintsOneLinePerResultsRow() throws Exception {
		Path image = TestImages.tiff(TestImages.withDefects(TestImages.SIZE, 12), dir.resolve("one.tif"));
		String out = runMacro(MACROS.resolve("detect_defects.ijm"), "image=[" + image + "] model=[" + model + "] threshold=0.02");
		assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
		ResultsTable rt = ResultsTable.getResultsTable();
		assertTrue(rt.size() > 0, "threshold 0.02 finds candidates");
		List<String> lines = out.lines().toList();
		int at = lines.indexOf("one.tif: " + rt.size() + " defects");
		assertTrue(at >= 0, () -> "no summary line in:\n" + out);
		assertEquals("x,y,score,sign", lines.get(at + 1));
		for (int i = 0; i < rt.size(); i++) {
			String[] f = lines.get(at + 2 + i).split(",");
			assertEquals(rt.getValue("x", i), Double.parseDouble(f[0]), 0.006);
			assertEquals(rt.getValue("y", i), Double.parseDouble(f[1]), 0.006);
			assertEquals(rt.getStringValue("sign", i), f[3]);
		}
	}

	@Test
	void batchDetectFolderWritesOneCsvPerImage() throws Exception {
		Path in = Files.createDirectories(dir.resolve("images")), out = dir.resolve("results");
		TestImages.tiff(TestImages.withDefects(TestImages.SIZE, 13), in.resolve("a.tif"));
		TestImages.tiff(TestImages.withDefects(TestImages.SIZE, 14), in.resolve("b.tif"));
		Files.writeString(in.resolve("notes.txt"), "not an image");
		String log = runMacro(MACROS.resolve("batch_detect_folder.ijm"), "input=[" + in + "] model=[" + model + "] output=[" + out + "] threshold=0.02");
		assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
		assertTrue(log.contains("Done: 2 images"), log);
		for (String name : List.of("a", "b")) {
			Path csv = out.resolve(name + "_defects.csv");
			assertTrue(Files.isRegularFile(csv), csv + " missing; log:\n" + log);
			CsvTable t = CsvTable.read(csv);
			assertTrue(t.header().containsAll(List.of("x", "y", "score", "sign")), t.header().toString());
			Matcher m = Pattern.compile("^" + name + "\\.tif: (\\d+) defects$", Pattern.MULTILINE).matcher(log);
			assertTrue(m.find(), log);
			assertEquals(Integer.parseInt(m.group(1)), t.rowCount(), name + ": CSV rows and printed count differ");
			assertTrue(t.rowCount() > 0);
		}
		try (Stream<Path> s = Files.list(out)) {
			assertEquals(2, s.count(), "nothing for notes.txt");
		}
	}

	@Test
	void trainCvaeSavesAModelAndPrintsOneLinePerEpoch() throws Exception {
		Path image = TestImages.tiff(TestImages.reference(5), dir.resolve("bulk.tif"));
		Path trained = dir.resolve("macro.stemsift");
		String out = runMacro(MACROS.resolve("train_cvae.ijm"), "image=[" + image + "] model=[" + trained + "] epochs=1 crops=32 patch=32 network=small seed=5");
		assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
		try (CvaeModel cvae = ModelFiles.loadCvae(trained)) {
			ModelDescription.TrainingInfo t = cvae.description().training();
			assertEquals(1, t.epochsRun());
			assertEquals(5L, t.seed());
			assertEquals(32, cvae.description().architecture().patchSize());
			List<String> lines = out.lines().toList();
			int at = lines.indexOf("bulk.tif: trained 1 epochs, model " + trained);
			assertTrue(at >= 0, () -> "no summary line in:\n" + out);
			assertEquals("epoch,training_loss,validation_loss", lines.get(at + 1));
			String[] f = lines.get(at + 2).split(",");
			assertEquals(1, Integer.parseInt(f[0]));
			assertEquals(t.finalValidationLoss(), Double.parseDouble(f[2]), 0.0006, "the Results table holds the model's losses");
		}
	}

	@Test
	void pattersonMacroPrintsOutliersAtThePlantedDefects() throws Exception {
		Path sample = Path.of("sample-data", "perovskite");
		String out = runMacro(MACROS.resolve("patterson_ocsvm.ijm"), "image=[" + sample.resolve("image.tif").toAbsolutePath() + "]");
		assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
		Matcher summary = Pattern.compile("^image\\.tif: (\\d+) outliers of (\\d+) segments$", Pattern.MULTILINE).matcher(out);
		assertTrue(summary.find(), out);
		assertEquals(ResultsTable.getResultsTable().size(), Integer.parseInt(summary.group(2)), "one Results row per segment");
		String csv = out.substring(out.indexOf("x,y,decision"));
		CsvTable outliers = CsvTable.parse(csv.lines().limit(1 + Integer.parseInt(summary.group(1))).collect(Collectors.joining("\n")));
		assertEquals(Integer.parseInt(summary.group(1)), outliers.rowCount());
		CsvTable planted = CsvTable.read(sample.resolve("defects.csv"));
		int found = 0;
		for (int i = 0; i < planted.rowCount(); i++)
			if (ScriptsTest.nearest(outliers, Double.parseDouble(planted.get(i, "x")), Double.parseDouble(planted.get(i, "y"))) < 15) found++;
		assertTrue(found >= planted.rowCount() - 1, found + " of " + planted.rowCount() + " planted defects have an outlier segment within 15 px");
	}

	@Test
	void batchPattersonFolderWritesOneCsvPerImage() throws Exception {
		Path in = Files.createDirectories(dir.resolve("pat-images")), out = dir.resolve("pat-results");
		TestImages.tiff(TestImages.withDefects(160, 21), in.resolve("c.tif"));
		TestImages.tiff(TestImages.withDefects(160, 22), in.resolve("d.tif"));
		String log = runMacro(MACROS.resolve("batch_patterson_folder.ijm"), "input=[" + in + "] output=[" + out + "]");
		assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
		assertTrue(log.contains("Done: 2 images"), log);
		for (String name : List.of("c", "d")) {
			CsvTable t = CsvTable.read(out.resolve(name + "_sites.csv"));
			assertTrue(t.header().containsAll(List.of("x", "y", "decision", "outlier")), t.header().toString());
			Matcher m = Pattern.compile("^" + name + "\\.tif: (\\d+) outliers of (\\d+) segments$", Pattern.MULTILINE).matcher(log);
			assertTrue(m.find(), log);
			assertEquals(Integer.parseInt(m.group(2)), t.rowCount());
			long flagged = t.rows().stream().filter(r -> Double.parseDouble(r.get(t.header().indexOf("outlier"))) == 1).count();
			assertEquals(Integer.parseInt(m.group(1)), flagged);
			assertTrue(flagged > 0 && flagged < t.rowCount(), "some but not all segments are outliers");
		}
	}

	@Test
	void classifyPatchesPrintsTheDefectPatchesTheCoreFindsInAStackAndInAFolder() throws Exception {
		Image2D image = TestImages.withDefects(TestImages.SIZE, 15);
		List<Image2D> crops = new ArrayList<>();
		for (int y = 0; y + TinyModels.PATCH <= image.height(); y += 24) for (int x = 0; x + TinyModels.PATCH <= image.width(); x += 24) crops.add(image.crop(x, y, TinyModels.PATCH, TinyModels.PATCH));
		PatchStack stack = PatchStack.of(crops);
		Path tif = dir.resolve("patches.tif"), folder = Files.createDirectories(dir.resolve("patch-folder"));
		assertTrue(new FileSaver(ImagePlusBridge.toImagePlus(stack, "patches")).saveAsTiffStack(tif.toString()));
		for (int i = 0; i < crops.size(); i++) TestImages.tiff(crops.get(i), folder.resolve(String.format("p%02d.tif", i)));
		List<Integer> expected = new ArrayList<>();
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			PatchClassifier c = new PatchClassifier(cvae, new DifferenceFilter(DifferenceFilter.PATCH_CUTOFF, DifferenceFilter.DEFAULT_SMOOTHING), PatchAnalyzer.DEFAULT_ANM_WINDOW, 1.0);
			PatchClassifier.Classification[] result = c.classify(stack, c.bandFromModel(), null);
			for (int i = 0; i < result.length; i++) if (result[i].defect()) expected.add(i);
		}
		assertTrue(!expected.isEmpty() && expected.size() < crops.size(), "k = 1 splits the set: " + expected);
		for (Path input : List.of(tif, folder)) {
			String out = runMacro(MACROS.resolve("classify_patches.ijm"), "patches=[" + input + "] model=[" + model + "] k=1");
			assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
			assertTrue(out.contains(": " + expected.size() + " of " + crops.size() + " patches hold a defect"), () -> "expected " + expected + " in:\n" + out);
			List<String> lines = out.lines().toList();
			List<String> printed = lines.subList(lines.indexOf("name,anm,peak_x,peak_y") + 1, lines.size());
			assertEquals(expected.size(), printed.size(), "one line per defect patch");
			if (input == folder)
				for (int k = 0; k < printed.size(); k++) assertTrue(printed.get(k).startsWith(String.format("p%02d", expected.get(k))), printed.get(k));
		}
	}

	@Test
	void clusterPatchesPrintsEveryPatchsClusterAndTheSizes() throws Exception {
		Path folder = dir.resolve("cluster-patches"), out = dir.resolve("cluster-out");
		PatchStack patches = ScriptsTest.patchFolder(folder);
		String log = runMacro(MACROS.resolve("cluster_patches.ijm"), "patches=[" + folder + "] model=[" + model + "] kmax=4 k=2 output=[" + out + "]");
		assertNull(MacroBridge.lastFailure, () -> "the command failed: " + MacroBridge.lastFailure);
		assertTrue(log.contains(": " + patches.count() + " patches in 2 clusters"), log);
		Matcher size = Pattern.compile("^cluster (\\d+): (\\d+) patches$", Pattern.MULTILINE).matcher(log);
		int total = 0;
		while (size.find()) total += Integer.parseInt(size.group(2));
		assertEquals(patches.count(), total, "the cluster sizes add up to every patch");
		List<String> lines = log.lines().toList();
		List<String> rows = lines.subList(lines.indexOf("file,cluster") + 1, lines.size());
		CsvTable saved = CsvTable.read(out.resolve(org.stemsift.cluster.ClusterFiles.CLUSTERS));
		assertEquals(patches.count(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			assertTrue(rows.get(i).startsWith(String.format("p%02d", i)), rows.get(i));
			assertEquals(Integer.parseInt(saved.get(i, "cluster")), Integer.parseInt(rows.get(i).substring(rows.get(i).lastIndexOf(',') + 1)), "the printed cluster is the saved one");
		}
	}

	/** Runs a macro file with an argument; returns what it printed (ImageJ 1 prints the log to stdout when headless). */
	static String runMacro(Path macro, String argument) {
		PrintStream old = System.out;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		String result;
		try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			System.setOut(capture);
			result = IJ.runMacroFile(macro.toAbsolutePath().toString(), argument);
		} finally {
			System.setOut(old);
		}
		String printed = bytes.toString(StandardCharsets.UTF_8);
		assertNotEquals("[aborted]", result, () -> macro + " aborted:\n" + printed);
		return printed;
	}

}
