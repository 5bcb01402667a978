package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.scijava.prefs.PrefService;
import org.stemsift.io.CsvTable;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * The macros in {@code macros/}: every STEMsift command they call exists under that name and every option key is a
 * parameter of it; and they run end to end in ImageJ 1's macro interpreter, with {@link MacroBridge} standing in for
 * imagej-legacy.
 */
class MacrosTest {

	static final Path MACROS = Path.of("macros");
	static final List<Class<? extends Command>> PLUGINS = List.of(DetectAnomaliesPlugin.class, TrainCvaePlugin.class, ClassifyPatchesPlugin.class);
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
		Interpreter.batchMode = false;
		forget();
		context.dispose();
	}

	@BeforeEach
	void fresh() {
		forget();
		MacroBridge.lastFailure = null;
	}

	static void forget() {
		for (Class<?> c : PLUGINS) context.service(PrefService.class).clear(c);
	}

	static List<Path> macros() throws Exception {
		try (Stream<Path> s = Files.list(MACROS)) {
			return s.filter(p -> p.toString().endsWith(".ijm")).sorted().toList();
		}
	}

	@Test
	void theMacrosExist() throws Exception {
		assertEquals(List.of("batch_detect_folder.ijm", "detect_defects.ijm"), macros().stream().map(p -> p.getFileName().toString()).toList());
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
				if (!command.contains("CVAE")) continue;
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
		assertTrue(calls >= 2, "each macro calls Detect Anomalies (CVAE)");
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
