package org.stemsift.badinput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.io.NpyWriter;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.ModelZips;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * Every kind of bad input the command line meets: exit code 1, one line on stderr that names the file and the problem
 * (no stack trace), the input file byte for byte unchanged, and no half-written output.
 */
class BadInputCliTest {

	@TempDir
	static Path dir;
	static Path model, image;

	@BeforeAll
	static void fixtures() {
		model = TinyModels.copyTo(dir);
		image = TestImages.tiff(TestImages.withDefects(TestImages.SIZE, 5), dir.resolve("good.tif"));
	}

	/** Runs detect on {@code badImage} with the good model, or on the good image with {@code badModel}. */
	static void detectFails(Path badImage, Path badModel, String... words) {
		Path out = dir.resolve("out-" + badImage.getFileName() + "-" + badModel.getFileName());
		fails(List.of(badImage, badModel), out, new String[] { "detect", "--image", badImage.toString(), "--model", badModel.toString(), "--out", out.toString(), "-q" }, words);
	}

	/**
	 * Runs the command and checks exit code 1, a single "stemsift COMMAND: ..." line on stderr containing every word,
	 * no stack trace, the inputs unchanged and nothing written to {@code out}.
	 */
	static Cli.Result fails(List<Path> inputs, Path out, String[] args, String... words) {
		List<String> before = new ArrayList<>();
		for (Path p : inputs) before.add(Files.exists(p) ? TestImages.sha256(p) : "missing");
		Cli.Result r = Cli.run(args);
		assertEquals(1, r.exitCode(), r::toString);
		List<String> lines = r.errorLines();
		assertEquals(1, lines.size(), () -> "expected one error line:\n" + r);
		String line = lines.get(0);
		assertTrue(line.startsWith("stemsift " + args[0] + ": "), line);
		for (String w : words) assertTrue(line.contains(w), () -> "'" + w + "' missing from: " + line);
		assertFalse(r.err().contains("\tat "), () -> "stack trace on stderr:\n" + r.err());
		assertEquals("", r.out(), "nothing on stdout when the command failed");
		for (int i = 0; i < inputs.size(); i++) {
			Path p = inputs.get(i);
			assertEquals(before.get(i), Files.exists(p) ? TestImages.sha256(p) : "missing", p + " was changed");
		}
		if (out != null && Files.isDirectory(out)) {
			try (var s = Files.list(out)) {
				assertEquals(List.of(), s.toList(), "output written despite the failure");
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return r;
	}

	// ---- images ----

	@Test
	void aThreeDimensionalNpyAsImage() throws Exception {
		Path npy = dir.resolve("stack.npy");
		NpyWriter.writeFloat32(npy, new int[] { 3, 40, 40 }, new float[3 * 40 * 40]);
		detectFails(npy, model, npy.toString(), "shape (3, 40, 40)", "2-D image", "read it as patches");
	}

	@Test
	void anRgbTiffWithUnequalChannels() {
		Path tif = TestImages.colourTiff(64, 64, dir.resolve("colour.tif"));
		detectFails(tif, model, tif.toString(), "RGB image with different channels", "R=200, G=0, B=0");
	}

	@Test
	void aFloatTiffWithNaNPixels() {
		float[] p = TestImages.withDefects(TestImages.SIZE, 5).pixels().clone();
		p[7 * TestImages.SIZE + 5] = Float.NaN;
		Path tif = TestImages.floatTiff(TestImages.SIZE, TestImages.SIZE, p, dir.resolve("nan.tif"));
		detectFails(tif, model, "NaN pixel at x=5, y=7", "Remove NaNs");
		Path m = dir.resolve("from-nan.stemsift");
		fails(List.of(tif), null, new String[] { "train-cvae", "-i", tif.toString(), "-m", m.toString(), "--channel-divisor", "16", "--patch-size", "32", "--epochs", "1",
			"--crops-per-epoch", "32", "-q" }, "NaN pixel at x=5, y=7");
		assertFalse(Files.exists(m));
	}

	@Test
	void anImageSmallerThanThePatch() {
		Path tif = TestImages.tiff(TestImages.reference(3).crop(0, 0, 24, 40), dir.resolve("small.tif"));
		detectFails(tif, model, "24x40 px, smaller than the model's 32x32 patch", "larger image", "smaller patch size");
	}

	@Test
	void aTruncatedDm3() {
		Path dm = TestImages.truncatedCopy(TestImages.resource("/io/dm/ncempy/dmTest_float32_nonSquare_diffPixelSize.dm3"), dir.resolve("half.dm3"), 0.5);
		detectFails(dm, model, dm.toString(), "truncated");
	}

	@Test
	void aTruncatedNpy() throws Exception {
		Path whole = dir.resolve("whole.npy");
		NpyWriter.write(whole, TestImages.reference(3));
		Path npy = TestImages.truncatedCopy(whole, dir.resolve("cut.npy"), 0.5);
		detectFails(npy, model, npy.toString(), "truncated", "shape (128, 128)");
	}

	@Test
	void aMissingImageAndAMissingModel() {
		Path none = dir.resolve("no-such-image.tif");
		detectFails(none, model, none.toString(), "does not exist");
		Path noModel = dir.resolve("no-such-model.stemsift");
		detectFails(image, noModel, "not found", noModel.toString());
	}

	@Test
	void aFolderGivenAsImage() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("a-folder.tif"));
		Path out = dir.resolve("folder-out");
		fails(List.of(model), out, new String[] { "detect", "-i", folder.toString(), "-m", model.toString(), "-o", out.toString(), "-q" }, folder.toString(), "folder");
	}

	// ---- model files ----

	@Test
	void aModelFileOfRandomBytes() {
		Path junk = TestImages.randomBytes(dir.resolve("junk.stemsift"), 5000, 1);
		detectFails(image, junk, junk.toString(), "not a STEMsift model file");
	}

	@Test
	void aZipWithoutModelJson() {
		Path onlyWeights = ModelZips.write(dir.resolve("weights-only.stemsift"), Map.of("weights.params", ModelZips.entries(model).get("weights.params")));
		detectFails(image, onlyWeights, onlyWeights.toString(), "no model.json");
		Path other = ModelZips.write(dir.resolve("other-zip.stemsift"), Map.of("readme.txt", "hello".getBytes()));
		detectFails(image, other, other.toString(), "not a STEMsift model file");
	}

	@Test
	void aTruncatedModelFile() {
		Path half = TestImages.truncatedCopy(model, dir.resolve("half.stemsift"), 0.5);
		detectFails(image, half, half.toString(), "truncated");
	}

	@Test
	void aModelOfAnotherKind() {
		Path bare = ModelZips.write(dir.resolve("bare-other.stemsift"), ModelZips.json("{\"kind\":\"stemsift.other\",\"formatVersion\":1}"));
		detectFails(image, bare, bare.toString(), "stemsift.other");
		Path full = ModelZips.editDescription(model, dir.resolve("full-other.stemsift"), o -> o.addProperty("kind", "stemsift.other"));
		detectFails(image, full, full.toString(), "'stemsift.other' model", "CVAE model is needed");
	}

	@Test
	void aModelWhoseWeightsDoNotFitItsDescription() {
		Path latent = ModelZips.editDescription(model, dir.resolve("latent5.stemsift"), o -> o.getAsJsonObject("architecture").addProperty("latentDim", 5));
		detectFails(image, latent, latent.toString(), "corrupt", "shape (4, 128) where the network needs (5, 128)");
		Path patch = ModelZips.editDescription(model, dir.resolve("patch64.stemsift"), o -> o.getAsJsonObject("architecture").addProperty("patchSize", 64));
		detectFails(image, patch, patch.toString(), "corrupt", "has shape");
	}

	@Test
	void aModelFromANewerStemsift() {
		Path newer = ModelZips.editDescription(model, dir.resolve("v2.stemsift"), o -> o.addProperty("formatVersion", 2));
		detectFails(image, newer, newer.toString(), "newer STEMsift", "update STEMsift");
	}

	@Test
	void aModelWithoutBulkStatisticsNeedsAThreshold() {
		Path plain = ModelZips.editDescription(model, dir.resolve("no-bulk.stemsift"), o -> o.remove("bulkStatistics"));
		detectFails(image, plain, "no bulk statistics", "give a threshold");
		Path out = dir.resolve("no-bulk-out");
		Cli.Result ok = Cli.run("detect", "-i", image.toString(), "-m", plain.toString(), "-o", out.toString(), "--threshold", "0.05", "-q");
		assertEquals(0, ok.exitCode(), ok::toString);
	}

	// ---- options that do not fit the data ----

	@Test
	void aTrainingRoiOutsideTheImage() throws Exception {
		Path m = dir.resolve("roi.stemsift");
		Files.copy(model, m);
		byte[] old = Files.readAllBytes(m);
		fails(List.of(image, m), null, new String[] { "train-cvae", "-i", image.toString(), "-m", m.toString(), "--roi", "100,100,64,64", "--channel-divisor", "16",
			"--patch-size", "32", "--epochs", "1", "--crops-per-epoch", "32", "-q" }, "100,100,64,64", "outside the 128 x 128 image");
		assertArrayEquals(old, Files.readAllBytes(m), "a failed training must not replace an existing model");
	}

	@Test
	void aReferenceRoiOutsideTheImage() {
		Path out = dir.resolve("ref-out");
		fails(List.of(image, model), out, new String[] { "detect", "-i", image.toString(), "-m", model.toString(), "-o", out.toString(), "--reference-roi", "120,0,20,20", "-q" },
			"reference region 120,0,20,20 lies outside the 128x128 image");
		fails(List.of(image, model), out, new String[] { "detect", "-i", image.toString(), "-m", model.toString(), "-o", out.toString(), "--reference-roi", "1,2,3", "-q" },
			"x,y,width,height");
	}

	@Test
	void otherFilterSettingsWithoutAThreshold() {
		Path out = dir.resolve("cutoff-out");
		fails(List.of(image, model), out, new String[] { "detect", "-i", image.toString(), "-m", model.toString(), "-o", out.toString(), "--cutoff", "0.1", "-q" },
			"measured with cutoff 0.05", "give a threshold");
	}

	@Test
	void patchesOfTheWrongSize() throws Exception {
		Image2D ref = TestImages.reference(3);
		Path npy = dir.resolve("p24.npy");
		NpyWriter.write(npy, PatchStack.of(List.of(ref.crop(0, 0, 24, 24), ref.crop(24, 0, 24, 24))));
		Path out = dir.resolve("p24-out");
		fails(List.of(npy, model), out, new String[] { "classify-patches", "-p", npy.toString(), "-m", model.toString(), "-o", out.toString(), "-q" },
			"24x24 px", "trained on 32x32 patches");
	}

	@Test
	void aSingleImageGivenAsPatches() {
		Path out = dir.resolve("single-out");
		fails(List.of(image, model), out, new String[] { "classify-patches", "-p", image.toString(), "-m", model.toString(), "-o", out.toString(), "-q" },
			image.toString(), "single image");
	}

	@Test
	void aBadModelForClassifyPatches() throws Exception {
		Path npy = dir.resolve("p32.npy");
		NpyWriter.write(npy, PatchStack.of(List.of(TestImages.reference(3).crop(0, 0, 32, 32))));
		Path junk = TestImages.randomBytes(dir.resolve("junk2.stemsift"), 300, 2);
		Path out = dir.resolve("junk-out");
		fails(List.of(npy, junk), out, new String[] { "classify-patches", "-p", npy.toString(), "-m", junk.toString(), "-o", out.toString(), "-q" },
			junk.toString(), "not a STEMsift model file");
	}

	@Test
	void anOutputPathThatIsAFile() throws Exception {
		Path file = Files.writeString(dir.resolve("not-a-folder.txt"), "x");
		Cli.Result detect = fails(List.of(image, model, file), null, new String[] { "detect", "-i", image.toString(), "-m", model.toString(), "-o", file.toString(), "-q" },
			file.toString());
		assertFalse(detect.errorLines().get(0).endsWith(file.toString()), "the line must say what is wrong, not only name the path: " + detect.errorLines());
		Cli.Result train = fails(List.of(image, file), null, new String[] { "train-cvae", "-i", image.toString(), "-m", file.resolve("m.stemsift").toString(),
			"--channel-divisor", "16", "--patch-size", "32", "--epochs", "1", "--crops-per-epoch", "32", "-q" }, file.toString());
		assertFalse(train.errorLines().get(0).endsWith(file.toString()), "the line must say what is wrong: " + train.errorLines());
	}

	@Test
	void anInvalidStrideOrThreshold() {
		Path out = dir.resolve("stride-out");
		fails(List.of(image, model), out, new String[] { "detect", "-i", image.toString(), "-m", model.toString(), "-o", out.toString(), "--stride", "0", "-q" },
			"Stride must be at least 1 px, got 0");
		fails(List.of(image, model), out, new String[] { "detect", "-i", image.toString(), "-m", model.toString(), "-o", out.toString(), "--threshold", "-1", "-q" },
			"Threshold must be positive");
	}
}
