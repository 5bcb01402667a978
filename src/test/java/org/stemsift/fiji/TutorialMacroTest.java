package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.macro.Interpreter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.prefs.PrefService;
import org.stemsift.evaluate.DefectMatcher;
import org.stemsift.evaluate.PointXY;
import org.stemsift.io.CsvTable;

/**
 * The macro of docs/tutorial.md runs as printed on the bundled sample (with tiny training settings so that it takes
 * seconds): it trains, detects, leaves the defect table in the Results table and in results/defects.csv, and its
 * comparison with the ground truth counts the same matches as STEMsift's own matcher.
 */
class TutorialMacroTest {

	static final Path TUTORIAL = Path.of("docs/tutorial.md"), SAMPLE = Path.of("sample-data/perovskite");
	static final Pattern MACRO = Pattern.compile("```ijm\\n(.*?)```", Pattern.DOTALL);
	static final Pattern SUMMARY = Pattern.compile("^(\\d+) defects found, (\\d+) planted, (\\d+) matched within 7 px$", Pattern.MULTILINE);

	@TempDir
	static Path dir;
	static Context context;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void start() {
		context = new Context();
		MacroBridge.install(context, TrainCvaePlugin.class, DetectAnomaliesPlugin.class);
	}

	@AfterAll
	static void stop() {
		Interpreter.batchMode = false;
		for (Class<?> c : List.of(TrainCvaePlugin.class, DetectAnomaliesPlugin.class)) context.service(PrefService.class).clear(c);
		context.dispose();
	}

	/** The tutorial's macro with the sample and work folders of this test and a tiny network trained briefly. */
	static String tutorialMacro(Path work) throws Exception {
		Matcher m = MACRO.matcher(Files.readString(TUTORIAL));
		assertTrue(m.find(), "docs/tutorial.md has no ```ijm block");
		String macro = m.group(1);
		String tiny = macro.replaceFirst("sample = \"[^\"]*\";", Matcher.quoteReplacement("sample = \"" + SAMPLE.toAbsolutePath() + "/\";"))
			.replaceFirst("work = [^;]*;", Matcher.quoteReplacement("work = \"" + work + "/\";"))
			.replaceFirst("epochs=\\d+", "epochs=1").replaceFirst("cropsperepoch=\\d+", "cropsperepoch=32").replaceFirst("patchsize=\\d+", "patchsize=32")
			.replaceFirst("networksize=\\w+", "networksize=small latent=4")
			// a briefly trained tiny model's automatic threshold finds nothing; a fixed low one gives detections to compare
			.replaceFirst("threshold=0 ", "threshold=0.02 ");
		assertTrue(tiny.contains(SAMPLE.toAbsolutePath().toString()) && tiny.contains("epochs=1") && tiny.contains("patchsize=32") && tiny.contains("threshold=0.02"), "the tutorial macro's settings changed:\n" + macro);
		return tiny;
	}

	@Test
	void theTutorialMacroTrainsDetectsAndCountsMatchesLikeTheMatcher() throws Exception {
		Path work = dir.resolve("work"), macro = dir.resolve("tutorial.ijm");
		Files.writeString(macro, tutorialMacro(work));
		String printed = MacrosTest.runMacro(macro, "");
		assertNull(MacroBridge.lastFailure, () -> "a command failed: " + MacroBridge.lastFailure + "\n" + printed);
		assertTrue(Files.isRegularFile(work.resolve("perovskite.stemsift")), "no model was trained:\n" + printed);

		Matcher m = SUMMARY.matcher(printed);
		assertTrue(m.find(), () -> "no summary line in:\n" + printed);
		CsvTable found = CsvTable.read(work.resolve("results/defects.csv")), truth = CsvTable.read(SAMPLE.resolve("defects.csv"));
		assertEquals(found.rowCount(), Integer.parseInt(m.group(1)), "found = rows of the Results table = rows of defects.csv");
		assertTrue(found.rowCount() > 0, "threshold 0.02 gives detections to compare");
		assertEquals(truth.rowCount(), Integer.parseInt(m.group(2)));
		int matched = DefectMatcher.forSpacing(20).match(points(found), points(truth)).truePositives();
		assertEquals(matched, Integer.parseInt(m.group(3)), () -> "the macro's greedy matching disagrees with DefectMatcher:\n" + printed);
		long missedLines = printed.lines().filter(l -> l.startsWith("missed: ")).count();
		assertEquals(truth.rowCount() - matched, missedLines, "one 'missed' line per unmatched planted defect");
	}

	static List<PointXY> points(CsvTable t) {
		List<PointXY> p = new ArrayList<>();
		for (int i = 0; i < t.rowCount(); i++) p.add(new PointXY(Double.parseDouble(t.get(i, "x")), Double.parseDouble(t.get(i, "y"))));
		return p;
	}
}
