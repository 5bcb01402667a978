package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.io.CsvTable;
import org.stemsift.io.NpyWriter;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.report.DetectionFiles;
import org.stemsift.report.PatchMontage;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/** The pictures and tables the CLI writes for people: detect's overview.png, train-cvae's loss table and plot, classify-patches' montage.png. */
class PictureOutputsTest {

	@TempDir
	static Path dir;
	static Path model, image;

	@BeforeAll
	static void fixtures() {
		model = TinyModels.copyTo(dir);
		image = TestImages.tiff(TestImages.withDefects(128, 21), dir.resolve("sample.tif"));
	}

	@Test
	void detectOverviewCirclesEveryDefectAndNothingWhenNoneIsFound() throws Exception {
		Path found = dir.resolve("found"), none = dir.resolve("none");
		assertEquals(0, Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", found.toString(), "--threshold", "0.02", "-q").exitCode());
		assertEquals(0, Cli.run("detect", "-m", model.toString(), "-i", image.toString(), "-o", none.toString(), "--threshold", "1000", "-q").exitCode());
		CsvTable defects = CsvTable.read(found.resolve("defects.csv"));
		assertTrue(defects.rowCount() > 0, "a tiny model finds something at threshold 0.02");

		ImagePlus withDefects = IJ.openImage(found.resolve(DetectionFiles.OVERVIEW).toString()), without = IJ.openImage(none.resolve(DetectionFiles.OVERVIEW).toString());
		assertNotNull(withDefects, "overview.png is not readable");
		assertEquals(128, withDefects.getWidth(), "the overview has the input's size");
		assertEquals(128, withDefects.getHeight());
		assertEquals(0, colouredPixels(without), "no defect: the overview is the gray image only");
		for (int i = 0; i < defects.rowCount(); i++) {
			int x = (int) Math.round(Double.parseDouble(defects.get(i, "x"))), y = (int) Math.round(Double.parseDouble(defects.get(i, "y")));
			Color expected = "missing".equals(defects.get(i, "sign")) ? Color.RED : Color.CYAN;
			assertTrue(hasColourNear(withDefects, x, y, 8, expected), "no " + expected + " circle around defect " + defects.rows().get(i));
		}
	}

	@Test
	void trainCvaeWritesOneLossRowPerEpochRunNextToTheModel() throws Exception {
		Path reference = TestImages.tiff(TestImages.reference(1), dir.resolve("reference.tif")), trained = dir.resolve("lattice.stemsift");
		Cli.Result r = Cli.run("train-cvae", "--image", reference.toString(), "--model", trained.toString(), "--channel-divisor", "16", "--patch-size", "32", "--latent", "4",
			"--epochs", "3", "--patience", "10", "--crops-per-epoch", "32", "--seed", "5", "-q");
		assertEquals(0, r.exitCode(), r::toString);
		ModelDescription.TrainingInfo info;
		try (CvaeModel m = ModelFiles.loadCvae(trained)) {
			info = m.description().training();
		}
		CsvTable losses = CsvTable.read(dir.resolve("lattice-training.csv"));
		assertEquals(java.util.List.of("epoch", "training_loss", "validation_loss"), losses.header());
		assertEquals(3, info.epochsRun());
		assertEquals(info.epochsRun(), losses.rowCount(), "one row per epoch run");
		for (int i = 0; i < losses.rowCount(); i++) {
			assertEquals(Integer.toString(i + 1), losses.get(i, "epoch"));
			double train = Double.parseDouble(losses.get(i, "training_loss")), val = Double.parseDouble(losses.get(i, "validation_loss"));
			assertTrue(Double.isFinite(train) && train > 0 && Double.isFinite(val) && val > 0, losses.rows().get(i).toString());
			assertEquals(info.history().get(i).validation(), val, 1e-9 * Math.abs(val), "the table holds the model's own history");
		}
		ImagePlus plot = IJ.openImage(dir.resolve("lattice-training.png").toString());
		assertNotNull(plot, "lattice-training.png is not readable");
		assertTrue(colouredPixels(plot) > 0, "the plot draws the two loss curves in colour");
	}

	@Test
	void classifyMontageShowsTheMostAnomalousPatchesFramedByTheirClass() throws Exception {
		PatchStack patches = ClassifyPatchesCommandTest.crops(TestImages.withDefects(TestImages.SIZE, 4), 9);
		Path npy = dir.resolve("montage.npy"), out = dir.resolve("classified");
		NpyWriter.write(npy, patches);
		Cli.Result r = Cli.run("classify-patches", "-m", model.toString(), "-p", npy.toString(), "-o", out.toString(), "--montage", "6", "--k", "0.5", "-q");
		assertEquals(0, r.exitCode(), r::toString);
		CsvTable t = CsvTable.read(out.resolve("patches.csv"));
		double[] anm = IntStream.range(0, t.rowCount()).mapToDouble(i -> Double.parseDouble(t.get(i, "anm"))).toArray();
		Integer[] order = IntStream.range(0, anm.length).boxed().sorted(Comparator.comparingDouble(i -> -anm[i])).toArray(Integer[]::new);

		ImagePlus montage = IJ.openImage(out.resolve(ClassifyPatchesCommand.MONTAGE).toString());
		assertNotNull(montage, "montage.png is not readable");
		int tile = TinyModels.PATCH * PatchMontage.scale(TinyModels.PATCH, TinyModels.PATCH);
		assertTrue(tile >= PatchMontage.MIN_TILE && tile < 2 * PatchMontage.MIN_TILE, "tiles are enlarged to fit a caption: " + tile);
		assertEquals(4 * (tile + 4) + 4, montage.getWidth(), "four columns");
		assertEquals(2 * (tile + 16 + 4) + 4, montage.getHeight(), "six patches: two rows");
		int[] frames = new int[6];
		for (int k = 0; k < 6; k++) {
			int x0 = 4 + (k % 4) * (tile + 4), y0 = 4 + (k / 4) * (tile + 16 + 4);
			boolean defect = Boolean.parseBoolean(t.get(order[k], "defect"));
			Color frame = new Color(montage.getProcessor().getPixel(x0, y0 + tile / 2));
			assertEquals(defect ? Color.RED : Color.GRAY, frame, "frame of tile " + k + " (patch " + order[k] + ", ANM " + anm[order[k]] + ")");
			frames[k] = defect ? 1 : 0;
		}
		assertTrue(Arrays.stream(frames).sum() > 0, "with k = 0.5 the most anomalous patches lie outside the band");
		Path noMontage = dir.resolve("no-montage");
		assertEquals(0, Cli.run("classify-patches", "-m", model.toString(), "-p", npy.toString(), "-o", noMontage.toString(), "--montage", "0", "-q").exitCode());
		assertTrue(!noMontage.resolve(ClassifyPatchesCommand.MONTAGE).toFile().exists(), "--montage 0 writes no montage");
	}

	/** Pixels whose red, green and blue differ: anything drawn in colour over the gray image. */
	static int colouredPixels(ImagePlus imp) {
		int n = 0;
		var ip = imp.getProcessor().convertToRGB();
		for (int i = 0; i < ip.getPixelCount(); i++) {
			Color c = new Color(ip.get(i));
			if (c.getRed() != c.getGreen() || c.getGreen() != c.getBlue()) n++;
		}
		return n;
	}

	/** Whether a pixel near (x, y) is clearly of the given hue (red or cyan); flattening blends stroke edges with the image. */
	static boolean hasColourNear(ImagePlus imp, int x, int y, int r, Color colour) {
		var ip = imp.getProcessor().convertToRGB();
		for (int yy = Math.max(0, y - r); yy <= Math.min(imp.getHeight() - 1, y + r); yy++)
			for (int xx = Math.max(0, x - r); xx <= Math.min(imp.getWidth() - 1, x + r); xx++) {
				Color c = new Color(ip.getPixel(xx, yy));
				boolean red = c.getRed() - Math.max(c.getGreen(), c.getBlue()) > 80, cyan = Math.min(c.getGreen(), c.getBlue()) - c.getRed() > 80;
				if (colour.equals(Color.RED) ? red : cyan) return true;
			}
		return false;
	}
}
