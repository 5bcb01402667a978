package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.io.NpyWriter;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;

/** {@code stemsift train-cvae}: what ends up in the model file, and that a seed reproduces it. */
class TrainCvaeCommandTest {

	@TempDir
	static Path dir;
	static Path reference;
	/** A model trained in {@link #trainOnce()} with the tiny settings below and seed 11. */
	static Path model;
	static Cli.Result firstRun;

	static final String[] TINY = { "--channel-divisor", "16", "--patch-size", "32", "--latent", "4", "--epochs", "1", "--crops-per-epoch", "32", "-q" };

	static String[] train(String source, Path input, Path modelFile, String... extra) {
		List<String> args = new ArrayList<>(List.of("train-cvae", source, input.toString(), "--model", modelFile.toString()));
		args.addAll(List.of(TINY));
		args.addAll(List.of(extra));
		return args.toArray(String[]::new);
	}

	@BeforeAll
	static void trainOnce() {
		reference = TestImages.tiff(TestImages.reference(1), dir.resolve("reference.tif"));
		model = dir.resolve("first.stemsift");
		firstRun = Cli.run(train("--image", reference, model, "--seed", "11"));
	}

	@Test
	void writesAModelWhoseDescriptionSaysHowItWasMade() throws IOException {
		assertEquals(0, firstRun.exitCode(), firstRun::toString);
		assertTrue(firstRun.out().startsWith("Trained CVAE 32x32, latent 4"), firstRun::toString);
		assertTrue(firstRun.out().contains(model.toString()), firstRun::toString);
		assertTrue(firstRun.err().lines().noneMatch(l -> l.contains("epoch") || l.contains("Training CVAE")), () -> "--quiet, yet progress output:\n" + firstRun.err());
		assertEquals(List.of(), firstRun.errorLines(), "nothing on stderr but engine log lines");

		ModelDescription d = ModelFiles.readDescription(model);
		assertEquals(ModelDescription.CVAE_KIND, d.kind());
		assertEquals(ModelDescription.FORMAT_VERSION, d.formatVersion());
		assertNotNull(d.created());
		assertEquals(32, d.architecture().patchSize());
		assertEquals(4, d.architecture().latentDim());
		assertArrayEquals(new int[] { 4, 8, 8 }, d.architecture().encoderChannels(), "standard 64/128/128 divided by 16");
		assertArrayEquals(new int[] { 8, 8, 4 }, d.architecture().decoderChannels());
		assertEquals(2.0, d.preprocessing().blurSigma());

		ModelDescription.TrainingInfo t = d.training();
		assertEquals(11, t.seed());
		assertEquals(1, t.epochsRun());
		assertEquals(1, t.maxEpochs());
		assertEquals(32, t.cropsPerEpoch());
		assertEquals(16, t.batchSize());
		assertTrue(t.augment());
		assertEquals("reference", t.imageName());
		assertNull(t.roi(), "trained on the whole image");
		assertEquals(1, t.history().size());
		assertTrue(Double.isFinite(t.finalValidationLoss()) && t.finalValidationLoss() > 0, "validation loss " + t.finalValidationLoss());

		ModelDescription.BulkStatistics b = d.bulkStatistics();
		assertNotNull(b, "train-cvae must calibrate the bulk statistics");
		assertEquals("training region", b.peakSource());
		assertTrue(b.patches() > 0);
		assertTrue(Double.isFinite(b.anmMean()) && b.anmStd() >= 0 && b.peakLevel() > 0, b.toString());
		assertEquals(DifferenceFilter.IMAGE_CUTOFF, b.filterCutoff());
		assertEquals(1.0, b.filterSmoothing());

		assertEquals(List.of("model.json", "weights.params"), entryNames(model));
		assertFalse(leftovers(), "no temporary files beside the model");
	}

	@Test
	void theSameSeedGivesTheSameWeightsAnotherSeedOthers() throws IOException {
		Path again = dir.resolve("again.stemsift"), other = dir.resolve("other.stemsift");
		Cli.Result r = Cli.run(train("--image", reference, again, "--seed", "11"));
		assertEquals(0, r.exitCode(), r::toString);
		assertArrayEquals(entry(model, "weights.params"), entry(again, "weights.params"), "same data, settings and seed must give identical weights");
		assertEquals(ModelFiles.readDescription(model).bulkStatistics(), ModelFiles.readDescription(again).bulkStatistics());

		Cli.Result o = Cli.run(train("--image", reference, other, "--seed", "12"));
		assertEquals(0, o.exitCode(), o::toString);
		assertFalse(java.util.Arrays.equals(entry(model, "weights.params"), entry(other, "weights.params")), "another seed must give other weights");
	}

	@Test
	void roiIsRecordedAndMustHaveFourNumbers() throws IOException {
		Path roiModel = dir.resolve("roi.stemsift");
		Cli.Result r = Cli.run(train("--image", reference, roiModel, "--roi", "8,16,96,80"));
		assertEquals(0, r.exitCode(), r::toString);
		assertArrayEquals(new int[] { 8, 16, 96, 80 }, ModelFiles.readDescription(roiModel).training().roi());

		Path bad = dir.resolve("bad-roi.stemsift");
		Cli.Result three = Cli.run(train("--image", reference, bad, "--roi", "1,2,3"));
		assertEquals(1, three.exitCode(), three::toString);
		assertTrue(three.err().contains("--roi needs four numbers"), three::toString);
		assertFalse(Files.exists(bad));
	}

	@Test
	void trainsOnAPatchStack() throws IOException {
		Image2D image = TestImages.reference(2);
		List<Image2D> crops = new ArrayList<>();
		for (int i = 0; i < 12; i++) crops.add(image.crop(8 * i, 5 * i, 32, 32));
		Path npy = dir.resolve("patches.npy");
		NpyWriter.write(npy, PatchStack.of(crops));
		Path patchModel = dir.resolve("patches.stemsift");
		Cli.Result r = Cli.run(train("--patches", npy, patchModel));
		assertEquals(0, r.exitCode(), r::toString);
		ModelDescription d = ModelFiles.readDescription(patchModel);
		assertEquals("patches.npy", d.training().imageName());
		assertEquals("validation crops", d.bulkStatistics().peakSource(), "no image: the bulk peak comes from crops");

		Cli.Result roi = Cli.run(train("--patches", npy, dir.resolve("x.stemsift"), "--roi", "0,0,32,32"));
		assertEquals(1, roi.exitCode(), roi::toString);
		assertTrue(roi.err().contains("--roi applies to --image"), roi::toString);
	}

	@Test
	void invalidTrainingSettingsFailBeforeTraining() {
		Path m = dir.resolve("never.stemsift");
		Cli.Result patch = Cli.run("train-cvae", "-i", reference.toString(), "-m", m.toString(), "--patch-size", "30", "--epochs", "1");
		assertEquals(1, patch.exitCode(), patch::toString);
		assertTrue(patch.err().contains("Patch size 30 must be a multiple of 8"), patch::toString);
		Cli.Result crops = Cli.run("train-cvae", "-i", reference.toString(), "-m", m.toString(), "--crops-per-epoch", "4");
		assertEquals(1, crops.exitCode(), crops::toString);
		assertTrue(crops.err().contains("Crops per epoch (4) must be at least the batch size (16)"), crops::toString);
		assertFalse(Files.exists(m));
	}

	static List<String> entryNames(Path zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
			for (ZipEntry e; (e = z.getNextEntry()) != null;) names.add(e.getName());
		}
		return names;
	}

	static byte[] entry(Path zip, String name) throws IOException {
		try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
			for (ZipEntry e; (e = z.getNextEntry()) != null;) if (e.getName().equals(name)) return z.readAllBytes();
		}
		throw new AssertionError(zip + " has no entry " + name);
	}

	static boolean leftovers() throws IOException {
		try (var s = Files.list(dir)) {
			return s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
		}
	}
}
