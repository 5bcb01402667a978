package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.io.CsvTable;
import org.stemsift.io.NpyWriter;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/** {@code stemsift classify-patches}: one row per patch in patches.csv. */
class ClassifyPatchesCommandTest {

	static final int N = 9;

	@TempDir
	static Path dir;
	static Path model, npy;
	static PatchStack patches;

	@BeforeAll
	static void fixtures() throws Exception {
		model = TinyModels.copyTo(dir);
		patches = crops(TestImages.withDefects(TestImages.SIZE, 4), N);
		npy = dir.resolve("patches.npy");
		NpyWriter.write(npy, patches);
	}

	static PatchStack crops(Image2D image, int n) {
		List<Image2D> list = new ArrayList<>();
		for (int i = 0; i < n; i++) list.add(image.crop(11 * i % 90, 7 * i % 90, TinyModels.PATCH, TinyModels.PATCH));
		return PatchStack.of(list);
	}

	@Test
	void writesOneRowPerPatch() throws Exception {
		Path out = dir.resolve("out");
		Cli.Result r = Cli.run("classify-patches", "--model", model.toString(), "--patches", npy.toString(), "--out", out.toString(), "-q");
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals("index,name,anm,defect,peak_x,peak_y,band_low,band_high", Files.readAllLines(out.resolve("patches.csv")).get(0));
		CsvTable t = CsvTable.read(out.resolve("patches.csv"));
		assertEquals(N, t.rowCount());
		int defects = 0;
		for (int i = 0; i < N; i++) {
			assertEquals(Integer.toString(i), t.get(i, "index"));
			assertEquals(Integer.toString(i), t.get(i, "name"), "patches of a .npy are named by index");
			double anm = Double.parseDouble(t.get(i, "anm")), low = Double.parseDouble(t.get(i, "band_low")), high = Double.parseDouble(t.get(i, "band_high"));
			assertTrue(Double.isFinite(anm) && anm >= 0, "ANM " + anm);
			assertTrue(low < high, "band " + low + " to " + high);
			boolean defect = Boolean.parseBoolean(t.get(i, "defect"));
			assertTrue(t.get(i, "defect").equals("true") || t.get(i, "defect").equals("false"));
			assertEquals(anm < low || anm > high, defect, "decision must follow the band: row " + t.rows().get(i));
			if (defect) defects++;
			int px = Integer.parseInt(t.get(i, "peak_x")), py = Integer.parseInt(t.get(i, "peak_y"));
			assertTrue(px >= 0 && px < TinyModels.PATCH && py >= 0 && py < TinyModels.PATCH, "peak outside the patch: " + t.rows().get(i));
		}
		Matcher m = Pattern.compile("^(\\d+) of (\\d+) patches hold a defect").matcher(r.out());
		assertTrue(m.find(), r::toString);
		assertEquals(defects, Integer.parseInt(m.group(1)));
		assertEquals(N, Integer.parseInt(m.group(2)));
	}

	@Test
	void aTiffStackWithSliceLabelsWorksAndNamesRows() throws Exception {
		ImagePlus stack = ImagePlusBridge.toImagePlus(new PatchStack(3, TinyModels.PATCH, TinyModels.PATCH,
			java.util.Arrays.copyOf(patches.data(), 3 * TinyModels.PATCH * TinyModels.PATCH), new String[] { "a", "b", "c" }), "stack");
		Path tif = dir.resolve("stack.tif");
		assertTrue(new FileSaver(stack).saveAsTiffStack(tif.toString()));
		Path out = dir.resolve("tif-out");
		Cli.Result r = Cli.run("classify-patches", "-m", model.toString(), "-p", tif.toString(), "-o", out.toString(), "-q");
		assertEquals(0, r.exitCode(), r::toString);
		CsvTable t = CsvTable.read(out.resolve("patches.csv"));
		assertEquals(3, t.rowCount());
		assertEquals(List.of("a", "b", "c"), List.of(t.get(0, "name"), t.get(1, "name"), t.get(2, "name")));
	}

	@Test
	void bulkPatchesDefineAnotherBandAndKWidensIt() throws Exception {
		Path bulk = dir.resolve("bulk.npy");
		NpyWriter.write(bulk, crops(TestImages.reference(8), 12));
		Path fromModel = dir.resolve("band-model"), fromBulk = dir.resolve("band-bulk"), wide = dir.resolve("band-wide");
		assertEquals(0, Cli.run("classify-patches", "-m", model.toString(), "-p", npy.toString(), "-o", fromModel.toString(), "-q").exitCode());
		Cli.Result r = Cli.run("classify-patches", "-m", model.toString(), "-p", npy.toString(), "-o", fromBulk.toString(), "--bulk", bulk.toString(), "-q");
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals(0, Cli.run("classify-patches", "-m", model.toString(), "-p", npy.toString(), "-o", wide.toString(), "--k", "10", "-q").exitCode());
		CsvTable m = CsvTable.read(fromModel.resolve("patches.csv")), b = CsvTable.read(fromBulk.resolve("patches.csv")), w = CsvTable.read(wide.resolve("patches.csv"));
		assertNotEquals(m.get(0, "band_low"), b.get(0, "band_low"), "--bulk must replace the model's band");
		assertEquals(m.get(0, "anm"), b.get(0, "anm"), "the band does not change the scores");
		double width = Double.parseDouble(m.get(0, "band_high")) - Double.parseDouble(m.get(0, "band_low"));
		double wideWidth = Double.parseDouble(w.get(0, "band_high")) - Double.parseDouble(w.get(0, "band_low"));
		assertEquals(10 / 1.5, wideWidth / width, 1e-3, "the band half-width is k standard deviations");
	}
}
