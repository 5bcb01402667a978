package org.stemsift.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.detect.SlidingWindowReconstructor;
import org.stemsift.io.ImageFiles;
import org.stemsift.io.ImageReadException;
import org.stemsift.io.NpyWriter;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFileException;
import org.stemsift.model.ModelFiles;
import org.stemsift.testutil.ModelZips;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/** The core refuses bad input with exceptions of a documented type whose message says what is wrong and what to do. */
class CoreBadInputTest {

	@TempDir
	static Path dir;
	static Path modelFile;
	static CvaeModel model;

	@BeforeAll
	static void load() throws Exception {
		modelFile = TinyModels.copyTo(dir);
		model = ModelFiles.loadCvae(modelFile);
	}

	@AfterAll
	static void close() {
		if (model != null) model.close();
	}

	static <T extends Throwable> T fails(Class<T> type, Executable e, String... words) {
		T t = assertThrows(type, e);
		assertNotNull(t.getMessage());
		for (String w : words) assertTrue(t.getMessage().contains(w), () -> "'" + w + "' missing from: " + t.getMessage());
		return t;
	}

	// ---- reconstruction and detection ----

	@Test
	void theReconstructorRefusesAnImageSmallerThanAPatchAndSaysWhatToDo() {
		SlidingWindowReconstructor r = new SlidingWindowReconstructor(model, 16);
		fails(IllegalArgumentException.class, () -> r.reconstruct(Image2D.zeros(31, 100), null), "31x100 px, smaller than the model's 32x32 patch",
			"use a larger image or a model trained with a smaller patch size");
		fails(IllegalArgumentException.class, () -> r.reconstruct(Image2D.zeros(100, 8), null), "100x8");
		assertEquals(32, r.reconstruct(TestImages.reference(2).crop(0, 0, 32, 32), null).prediction().width(), "exactly one patch is enough");
	}

	@Test
	void theReconstructorRefusesImpossibleStrides() {
		fails(IllegalArgumentException.class, () -> new SlidingWindowReconstructor(model, 0), "between 1 and the patch size (32 px), got 0");
		fails(IllegalArgumentException.class, () -> new SlidingWindowReconstructor(model, 33), "got 33");
	}

	@Test
	void detectionRefusesNonFinitePixelsNamingThePixel() {
		Image2D img = TestImages.reference(2).copy();
		img.set(9, 4, Float.POSITIVE_INFINITY);
		fails(IllegalArgumentException.class, () -> new AnomalyDetector(model, DetectionSettings.defaults()).detect(img, null), "infinite pixel at x=9, y=4");
	}

	@Test
	void trainingRefusesNonFiniteData() {
		Image2D img = TestImages.reference(2).copy();
		img.set(1, 2, Float.NaN);
		fails(IllegalArgumentException.class, () -> new CvaeTrainer(TinyModels.settings(1), null).train(img, null), "NaN pixel at x=1, y=2");
		float[] data = new float[2 * 32 * 32];
		data[32 * 32 + 5] = Float.NaN;
		fails(IllegalArgumentException.class, () -> new CvaeTrainer(TinyModels.settings(1), null).train(new PatchStack(2, 32, 32, data), "p"), "Patch 1 has a NaN");
	}

	@Test
	void patchAnalysisRefusesPatchesOfAnotherSize() {
		PatchStack wrong = new PatchStack(2, 48, 48, new float[2 * 48 * 48]);
		PatchClassifier c = new PatchClassifier(model, DifferenceFilter.forPatches(), PatchAnalyzer.DEFAULT_ANM_WINDOW, 1.5);
		fails(IllegalArgumentException.class, () -> c.classify(wrong, c.bandFromModel(), null), "48x48 px but the model was trained on 32x32",
			"train a model with patch size 48");
	}

	@Test
	void aReferenceRegionOutsideTheImage() {
		DetectionSettings s = DetectionSettings.defaults().withReferenceRoi(new int[] { 0, 0, 200, 10 });
		fails(IllegalArgumentException.class, () -> new AnomalyDetector(model, s).detect(TestImages.reference(2), null), "0,0,200,10 lies outside the 128x128 image");
	}

	// ---- model files ----

	@Test
	void modelFilesThatAreNotModelsGiveModelFileExceptions() throws Exception {
		Map<String, Path> bad = Map.of(
			"not a STEMsift model file", TestImages.randomBytes(dir.resolve("random.stemsift"), 4096, 3),
			"no model.json", ModelZips.write(dir.resolve("weights-only.stemsift"), Map.of("weights.params", new byte[] { 1, 2, 3 })),
			"truncated", TestImages.truncatedCopy(modelFile, dir.resolve("half.stemsift"), 0.5),
			"not valid JSON", ModelZips.write(dir.resolve("bad-json.stemsift"), ModelZips.json("{\"kind\": ")),
			"does not name a STEMsift model kind", ModelZips.write(dir.resolve("foreign.stemsift"), ModelZips.json("{\"kind\":\"pytorch\",\"formatVersion\":1}")),
			"format version is missing", ModelZips.editDescription(modelFile, dir.resolve("v0.stemsift"), o -> o.remove("formatVersion")),
			"no weights", ModelZips.write(dir.resolve("no-weights.stemsift"), Map.of("model.json", ModelZips.entries(modelFile).get("model.json"))),
			"'stemsift.other' model, but a CVAE model is needed", ModelZips.write(dir.resolve("other.stemsift"), ModelZips.json("{\"kind\":\"stemsift.other\",\"formatVersion\":1}")),
			"where the network needs", ModelZips.editDescription(modelFile, dir.resolve("latent6.stemsift"), o -> o.getAsJsonObject("architecture").addProperty("latentDim", 6)));
		for (Map.Entry<String, Path> e : bad.entrySet()) {
			ModelFileException ex = fails(ModelFileException.class, () -> ModelFiles.loadCvae(e.getValue()), e.getKey(), e.getValue().toString());
			assertTrue(ex.getMessage().startsWith("Model file "), ex.getMessage());
		}
	}

	@Test
	void readDescriptionIsAsStrictAboutDamageAndCheapForOtherKinds() throws Exception {
		fails(ModelFileException.class, () -> ModelFiles.readDescription(TestImages.randomBytes(dir.resolve("r2.stemsift"), 100, 4)), "not a STEMsift model file");
		fails(ModelFileException.class, () -> ModelFiles.readDescription(TestImages.truncatedCopy(modelFile, dir.resolve("q.stemsift"), 0.25)));
		ModelDescription other = ModelFiles.readDescription(ModelZips.write(dir.resolve("o2.stemsift"), ModelZips.json("{\"kind\":\"stemsift.other\",\"formatVersion\":1}")));
		assertEquals("stemsift.other", other.kind(), "a description of another STEMsift kind can be read, e.g. to say what the file is");
		fails(ModelFileException.class, () -> ModelFiles.readDescription(ModelZips.write(dir.resolve("cvae-no-arch.stemsift"),
			ModelZips.json("{\"kind\":\"stemsift.cvae\",\"formatVersion\":1}"))), "lacks the architecture");
	}

	@Test
	void aMissingModelFileIsNoSuchFile() {
		Path none = dir.resolve("none.stemsift");
		NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ModelFiles.loadCvae(none));
		assertEquals(none.toString(), e.getFile());
	}

	@Test
	void savingWhereTheFolderIsAFileFails() throws Exception {
		Path blocker = TestImages.randomBytes(dir.resolve("a-file"), 10, 5);
		assertThrows(java.io.IOException.class, () -> ModelFiles.save(model, blocker.resolve("model.stemsift")), "the parent is a file, not a folder");
	}

	// ---- images ----

	@Test
	void imageReadingFailuresAreImageReadExceptionsNamingTheFile() throws Exception {
		Path stack = dir.resolve("stack.npy");
		NpyWriter.writeFloat32(stack, new int[] { 2, 8, 8 }, new float[128]);
		Path cut = TestImages.truncatedCopy(stack, dir.resolve("cut.npy"), 0.6);
		Path rgb = TestImages.colourTiff(16, 16, dir.resolve("rgb.tif"));
		Path dm = TestImages.truncatedCopy(TestImages.resource("/io/dm/ncempy/dmTest_float32_nonSquare_diffPixelSize.dm3"), dir.resolve("cut.dm3"), 0.5);
		Path text = dir.resolve("notes.tif");
		java.nio.file.Files.writeString(text, "not an image");
		for (Path p : List.of(stack, cut, rgb, dm, text, dir.resolve("missing.tif"))) {
			ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(p), p::toString);
			assertEquals(p, e.file());
			assertTrue(e.getMessage().startsWith("Cannot read " + p + ": "), e.getMessage());
		}
	}

	@Test
	void theBridgeRefusesStacksAndFalseColour() {
		ImageStack s = new ImageStack(8, 8);
		s.addSlice(new ij.process.FloatProcessor(8, 8));
		s.addSlice(new ij.process.FloatProcessor(8, 8));
		fails(IllegalArgumentException.class, () -> ImagePlusBridge.toImage2D(new ImagePlus("two", s)), "'two' has 2 slices", "Image > Duplicate");
		int[] rgb = new int[64];
		rgb[10] = 0x102030;
		fails(IllegalArgumentException.class, () -> ImagePlusBridge.toImage2D(new ImagePlus("false colour", new ColorProcessor(8, 8, rgb))), "x=2, y=1", "R=16, G=32, B=48");
	}
}
