package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.io.CsvTable;
import org.stemsift.testutil.Cli;

/** {@code stemsift generate}: a synthetic image, its defect-free twin and the ground truth. */
class GenerateCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesImageReferenceAndGroundTruthWithTheirHeaders() throws Exception {
		Path out = dir.resolve("sample");
		Cli.Result r = Cli.run("generate", "--out", out.toString(), "--size", "96", "--spacing", "12", "--defects", "1", "--seed", "3");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("5 planted defects"), r::toString); // one of each of the five kinds

		for (String tif : List.of("image.tif", "reference.tif")) {
			ImagePlus imp = IJ.openImage(out.resolve(tif).toString());
			assertNotNull(imp, tif + " is not readable by ImageJ");
			assertEquals(96, imp.getWidth());
			assertEquals(96, imp.getHeight());
			assertEquals(32, imp.getBitDepth());
			assertTrue(imp.getStatistics().max > 0, tif + " is blank");
		}
		ImagePlus image = IJ.openImage(out.resolve("image.tif").toString()), reference = IJ.openImage(out.resolve("reference.tif").toString());
		assertFalse(java.util.Arrays.equals((float[]) image.getProcessor().getPixels(), (float[]) reference.getProcessor().getPixels()),
			"the reference must be a different rendering (no defects, other noise)");

		assertEquals("kind,x,y,sign", Files.readAllLines(out.resolve("defects.csv")).get(0));
		CsvTable defects = CsvTable.read(out.resolve("defects.csv"));
		assertEquals(5, defects.rowCount());
		for (int i = 0; i < defects.rowCount(); i++) {
			double x = Double.parseDouble(defects.get(i, "x")), y = Double.parseDouble(defects.get(i, "y"));
			assertTrue(x >= 0 && x < 96 && y >= 0 && y < 96, "defect outside the image: " + defects.rows().get(i));
		}
		assertEquals("x,y,sublattice,cell_u,cell_v,defect", Files.readAllLines(out.resolve("sites.csv")).get(0));
		assertTrue(CsvTable.read(out.resolve("sites.csv")).rowCount() > 40, "a 96 px image at 12 px spacing has dozens of sites");
	}

	@Test
	void sameSeedSameFilesOtherSeedOtherDefects() throws Exception {
		Path a = dir.resolve("a"), b = dir.resolve("b"), c = dir.resolve("c");
		for (Path p : List.of(a, b)) assertEquals(0, Cli.run("generate", "-o", p.toString(), "--size", "96", "--spacing", "12", "--defects", "1", "--seed", "9").exitCode());
		assertEquals(0, Cli.run("generate", "-o", c.toString(), "--size", "96", "--spacing", "12", "--defects", "1", "--seed", "10").exitCode());
		assertArrayEquals(Files.readAllBytes(a.resolve("defects.csv")), Files.readAllBytes(b.resolve("defects.csv")));
		assertArrayEquals((float[]) IJ.openImage(a.resolve("image.tif").toString()).getProcessor().getPixels(),
			(float[]) IJ.openImage(b.resolve("image.tif").toString()).getProcessor().getPixels());
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("defects.csv")), Files.readAllBytes(c.resolve("defects.csv"))));
	}

	@Test
	void hexagonalLatticeToo() {
		Cli.Result r = Cli.run("generate", "-o", dir.resolve("hex").toString(), "--lattice", "HEXAGONAL", "--size", "64", "--spacing", "12", "--defects", "0");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().startsWith("HEXAGONAL lattice, 0 planted defects"), r::toString);
		assertTrue(Files.isRegularFile(dir.resolve("hex/image.tif")));
	}

	@Test
	void impossibleSettingsFailWithOneLine() {
		Cli.Result r = Cli.run("generate", "-o", dir.resolve("tiny").toString(), "--size", "4");
		assertEquals(1, r.exitCode(), r::toString);
		assertEquals(1, r.err().lines().count(), r::toString);
		assertTrue(r.err().contains("at least 8 x 8"), r::toString);
		assertFalse(Files.exists(dir.resolve("tiny/image.tif")));
	}
}
