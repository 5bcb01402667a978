package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.io.CsvTable;
import org.stemsift.io.NpyWriter;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/** {@code stemsift detect}: the output files, their formats and their agreement with each other. */
class DetectCommandTest {

	static final int W = 128, H = 128;
	static final String HEADER = "x,y,score,significance,sign,area,label,x_calibrated,y_calibrated,unit";
	static final Pattern COUNT = Pattern.compile("^(\\d+) defects \\(threshold ([0-9.]+)(, automatic)?\\)\\. Results in (.+)$", Pattern.MULTILINE);

	@TempDir
	static Path dir;
	static Path model, image;
	static Image2D pixels;

	@BeforeAll
	static void fixtures() {
		model = TinyModels.copyTo(dir);
		pixels = TestImages.withDefects(W, 21);
		image = TestImages.tiff(pixels, dir.resolve("sample.tif"));
	}

	@Test
	void writesTheTableAndFourImagesOfTheInputSize() throws Exception {
		Path out = dir.resolve("out");
		Cli.Result r = Cli.run("detect", "--model", model.toString(), "--image", image.toString(), "--out", out.toString(), "-q");
		assertEquals(0, r.exitCode(), r::toString);
		Matcher m = COUNT.matcher(r.out());
		assertTrue(m.find(), r::toString);
		int reported = Integer.parseInt(m.group(1));
		assertNotNull(m.group(3), "no threshold given: it must be automatic");
		assertEquals(out.toAbsolutePath().toString(), m.group(4));

		List<String> lines = Files.readAllLines(out.resolve("defects.csv"));
		assertTrue(lines.get(0).startsWith("x,y,score"), lines.get(0));
		assertEquals(HEADER, lines.get(0));
		CsvTable defects = CsvTable.read(out.resolve("defects.csv"));
		assertEquals(reported, defects.rowCount(), "stdout and defects.csv disagree");
		double threshold = Double.parseDouble(m.group(2));
		for (int i = 0; i < defects.rowCount(); i++) {
			double x = Double.parseDouble(defects.get(i, "x")), y = Double.parseDouble(defects.get(i, "y")), score = Double.parseDouble(defects.get(i, "score"));
			assertTrue(x >= 0 && x < W && y >= 0 && y < H, "outside the image: " + defects.rows().get(i));
			assertTrue(score >= threshold * 0.999, "score below the threshold: " + defects.rows().get(i));
			assertTrue(Set.of("missing", "extra").contains(defects.get(i, "sign")), defects.rows().get(i).toString());
			assertEquals(Integer.toString(i + 1), defects.get(i, "label"));
			assertEquals(defects.get(i, "x"), defects.get(i, "x_calibrated"), "an uncalibrated image: calibrated = pixel coordinates");
			assertEquals("pixel", defects.get(i, "unit"));
		}

		for (String name : List.of("anomaly.tif", "difference.tif", "prediction.tif", "labels.tif")) {
			ImagePlus imp = IJ.openImage(out.resolve(name).toString());
			assertNotNull(imp, name + " is not readable by ImageJ");
			assertEquals(W, imp.getWidth(), name);
			assertEquals(H, imp.getHeight(), name);
			assertEquals(1, imp.getStackSize(), name);
			assertEquals(name.equals("labels.tif") ? 16 : 32, imp.getBitDepth(), name);
		}
		ImagePlus labels = IJ.openImage(out.resolve("labels.tif").toString());
		assertEquals(reported, (int) labels.getStatistics().max, "labels are numbered 1..n, one per row of defects.csv");
		ImagePlus anomaly = IJ.openImage(out.resolve("anomaly.tif").toString());
		assertTrue(anomaly.getStatistics().min >= 0, "the anomaly map is a magnitude");
		ImagePlus prediction = IJ.openImage(out.resolve("prediction.tif").toString());
		assertTrue(prediction.getStatistics().max > 0.2 * pixels.max(), "the prediction is in the input's intensity units");
		try (var s = Files.list(out)) {
			assertEquals(6, s.count(), "exactly the six documented files, no temporary leftovers");
		}
	}

	@Test
	void progressGoesToStderrSoStdoutHoldsOnlyTheSummary() {
		Cli.Result r = Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", dir.resolve("progress").toString(), "--threshold", "0.05");
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals(1, r.out().lines().count(), () -> "stdout must be the one summary line:\n" + r.out());
		assertTrue(r.err().contains("Reconstructing image"), () -> "no progress on stderr without --quiet:\n" + r.err());
		Cli.Result quiet = Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", dir.resolve("progress").toString(), "--threshold", "0.05", "-q");
		assertTrue(quiet.err().lines().noneMatch(l -> l.contains("Reconstructing")), quiet::toString);
	}

	@Test
	void aHighThresholdGivesAnEmptyTableWithItsHeader() throws Exception {
		Path out = dir.resolve("none");
		Cli.Result r = Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", out.toString(), "--threshold", "1000", "-q");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().startsWith("0 defects (threshold 1000.000)"), r::toString);
		assertEquals(List.of(HEADER), Files.readAllLines(out.resolve("defects.csv")));
		assertEquals(0, IJ.openImage(out.resolve("labels.tif").toString()).getStatistics().max);
	}

	@Test
	void aTwoDimensionalNpyGivesTheSameResultAsTheTiff() throws Exception {
		Path npy = dir.resolve("sample.npy");
		NpyWriter.write(npy, pixels);
		Path fromTiff = dir.resolve("tiff-run"), fromNpy = dir.resolve("npy-run");
		assertEquals(0, Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", fromTiff.toString(), "--threshold", "0.05", "-q").exitCode());
		Cli.Result r = Cli.run("detect", "-m", model.toString(), "-i", npy.toString(), "-o", fromNpy.toString(), "--threshold", "0.05", "-q");
		assertEquals(0, r.exitCode(), r::toString);
		assertArrayEquals(Files.readAllBytes(fromTiff.resolve("defects.csv")), Files.readAllBytes(fromNpy.resolve("defects.csv")));
	}

	@Test
	void optionsChangeTheResult() throws Exception {
		Path low = dir.resolve("low"), missingOnly = dir.resolve("missing-only"), ref = dir.resolve("ref");
		assertEquals(0, Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", low.toString(), "--threshold", "0.02", "-q").exitCode());
		Cli.Result m = Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", missingOnly.toString(), "--threshold", "0.02", "--polarity", "MISSING", "-q");
		assertEquals(0, m.exitCode(), m::toString);
		CsvTable all = CsvTable.read(low.resolve("defects.csv")), missing = CsvTable.read(missingOnly.resolve("defects.csv"));
		assertTrue(all.rowCount() > 0, "a tiny model on a lattice with planted defects finds something at threshold 0.02");
		long missingInAll = all.rows().stream().filter(row -> row.get(4).equals("missing")).count();
		assertEquals(missingInAll, missing.rowCount(), "--polarity MISSING keeps exactly the 'missing' rows");
		for (int i = 0; i < missing.rowCount(); i++) assertEquals("missing", missing.get(i, "sign"));

		Cli.Result r = Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", ref.toString(), "--reference-roi", "0,0,40,40", "-q");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains(", automatic)"), r::toString);
	}

	@Test
	void rerunningIntoTheSameFolderReplacesTheFiles() throws Exception {
		Path out = dir.resolve("twice");
		assertEquals(0, Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", out.toString(), "--threshold", "0.02", "-q").exitCode());
		assertTrue(CsvTable.read(out.resolve("defects.csv")).rowCount() > 0);
		assertEquals(0, Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", out.toString(), "--threshold", "1000", "-q").exitCode());
		assertEquals(0, CsvTable.read(out.resolve("defects.csv")).rowCount());
	}
}
