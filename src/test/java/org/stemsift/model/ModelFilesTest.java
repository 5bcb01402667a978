package org.stemsift.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.detect.BulkCalibration;

class ModelFilesTest {

	@TempDir
	static Path dir;
	static Path saved;
	static float[] probe;
	static float[] expected;

	@BeforeAll
	static void trainAndSave() throws IOException {
		TrainingResult r = new CvaeTrainer(TinyTraining.settings(3), null).train(TinyTraining.lattice(), new int[] { 0, 0, 48, 48 });
		try (CvaeModel m = r.model()) {
			BulkCalibration.calibrate(r);
			saved = dir.resolve("tiny.stemsift");
			ModelFiles.save(m, saved);
			probe = java.util.Arrays.copyOf(r.validationCrops(), 4 * 256);
			expected = m.reconstruct(probe, 4);
		}
	}

	@Test
	void roundTripGivesTheSameNetworkAndDescription() throws IOException {
		try (CvaeModel loaded = ModelFiles.loadCvae(saved)) {
			assertArrayEquals(expected, loaded.reconstruct(probe, 4), 1e-6f);
			ModelDescription d = loaded.description();
			assertEquals(ModelDescription.CVAE_KIND, d.kind());
			assertEquals(TinyTraining.architecture(), d.architecture().toCvae());
			assertEquals(3, d.training().seed());
			assertArrayEquals(new int[] { 0, 0, 48, 48 }, d.training().roi());
			assertEquals("stemsift-tiny", "stemsift-" + saved.getFileName().toString().replace(".stemsift", ""));
			assertEquals(d.training().epochsRun(), d.training().history().size());
			assertNotNull(d.bulkStatistics());
			assertTrue(d.bulkStatistics().peakLevel() > 0);
			assertEquals("training region", d.bulkStatistics().peakSource());
		}
	}

	/** A network with a NaN weight is neither saved nor loaded, and never produces a NaN map. */
	@Test
	void nonFiniteWeightsAreRefusedEverywhere() throws Exception {
		try (CvaeModel m = ModelFiles.loadCvae(saved)) {
			ai.djl.ndarray.NDArray bias = m.block().getParameters().valueAt(m.block().getParameters().size() - 1).getArray();
			float[] values = bias.toFloatArray();
			values[0] = Float.NaN;
			bias.set(values);
			IllegalStateException run = assertThrows(IllegalStateException.class, () -> m.reconstruct(probe, 4));
			assertTrue(run.getMessage().contains("reconstruction of patch 0") && run.getMessage().contains("nothing was written"), run.getMessage());
			Path target = dir.resolve("nan.stemsift");
			IllegalStateException save = assertThrows(IllegalStateException.class, () -> ModelFiles.save(m, target));
			assertTrue(save.getMessage().contains("NaN or infinite weights"), save.getMessage());
			assertTrue(!Files.exists(target), "a model with NaN weights was written");
			// a file written by an older version that did not check: loading refuses it
			java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>(org.stemsift.testutil.ModelZips.entries(saved));
			entries.put("weights.params", m.saveParameters());
			Path old = org.stemsift.testutil.ModelZips.write(dir.resolve("old-nan.stemsift"), entries);
			IOException load = assertThrows(IOException.class, () -> ModelFiles.loadCvae(old));
			assertTrue(load.getMessage().contains("holds NaN") && load.getMessage().contains("retrain"), load.getMessage());
		}
	}

	@Test
	void savingLeavesNoTemporaryFilesAndReplacesAtomically() throws IOException {
		Path target = dir.resolve("copy.stemsift");
		Files.writeString(target, "old content");
		try (CvaeModel m = ModelFiles.loadCvae(saved)) {
			ModelFiles.save(m, target);
		}
		assertEquals(ModelFiles.readDescription(saved).training().seed(), ModelFiles.readDescription(target).training().seed());
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
	}

	@Test
	void refusesAModelFromANewerFormat() throws IOException {
		Path future = dir.resolve("future.stemsift");
		writeZip(future, "{\"kind\":\"stemsift.cvae\",\"formatVersion\":99}");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.loadCvae(future));
		assertTrue(e.getMessage().contains("newer STEMsift"), e.getMessage());
	}

	@Test
	void refusesWeightsThatDoNotFitTheDescription() throws IOException {
		Path odd = dir.resolve("odd.stemsift");
		String json = Files.exists(saved) ? new String(readEntry(saved, "model.json"), StandardCharsets.UTF_8).replace("\"latentDim\": 3", "\"latentDim\": 5") : "";
		try (OutputStream out = Files.newOutputStream(odd); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("model.json"));
			zip.write(json.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("weights.params"));
			zip.write(readEntry(saved, "weights.params"));
		}
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.loadCvae(odd));
		assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("do not match"), e.getMessage());
	}

	private static void writeZip(Path file, String json) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("model.json"));
			zip.write(json.getBytes(StandardCharsets.UTF_8));
		}
	}

	static byte[] readEntry(Path zipFile, String name) throws IOException {
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zipFile))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) if (e.getName().equals(name)) return in.readAllBytes();
		}
		throw new IOException("no entry " + name);
	}
}
