package org.stemsift.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What would have caught training going NaN at two threads on AMD Zen 5: many short trainings of a small CVAE at two
 * threads while another thread loads the CPU and churns memory, each with every loss finite and each same-seed pair
 * bit-identical; inference at one and two threads equal; and the same seed giving the same weights in fresh JVMs.
 */
class EngineStressTest {

	/** Small, but with the seed network's layout: stride-2 encoder, upsampling decoder, one-channel output convolution. */
	static TrainingSettings settings(long seed) {
		CvaeArchitecture arch = CvaeArchitecture.standard(32, 4).slimmed(8);
		return TrainingSettings.defaults().withArchitecture(arch).withEpochs(2).withCropsPerEpoch(96).withSeed(seed);
	}

	@AfterEach
	void allCores() {
		DeepLearningEngine.setThreads(0);
	}

	@Test
	void shortTrainingsAtTwoThreadsUnderLoadAreFiniteAndReproducible() throws InterruptedException {
		DeepLearningEngine.setThreads(2);
		AtomicBoolean stop = new AtomicBoolean();
		Thread load = new Thread(() -> {
			SplittableRandom r = new SplittableRandom(1);
			double sink = 0;
			while (!stop.get()) {
				float[] garbage = new float[1 << 16]; // churn the heap and the caches
				for (int i = 0; i < garbage.length; i++) garbage[i] = (float) r.nextDouble();
				sink += garbage[r.nextInt(garbage.length)];
				if (r.nextInt(64) == 0) System.gc();
			}
			if (sink == 42) System.out.print("");
		}, "cpu-load");
		load.setDaemon(true);
		load.start();
		try {
			for (long seed = 1; seed <= 3; seed++) {
				byte[] first = trainFinite(seed), second = trainFinite(seed);
				assertArrayEquals(first, second, "seed " + seed + " trained two different networks at 2 threads");
			}
		}
		finally {
			stop.set(true);
			load.join();
		}
	}

	private static byte[] trainFinite(long seed) {
		try (CvaeModel m = new CvaeTrainer(settings(seed), null).train(TinyTraining.lattice(), null).model()) {
			for (ModelDescription.EpochLosses e : m.description().training().history())
				assertTrue(Double.isFinite(e.training()) && Double.isFinite(e.validation()), "seed " + seed + ": " + e);
			assertEquals(0, m.description().training().learningRateHalvings(), "seed " + seed + " needed the non-finite guard");
			return m.saveParameters();
		}
	}

	@Test
	void inferenceAgreesAtOneAndTwoThreads() {
		try (CvaeModel m = new CvaeTrainer(settings(9), null).train(TinyTraining.lattice(), null).model()) {
			int pp = m.patchSize() * m.patchSize(), n = 40;
			float[] patches = new float[n * pp];
			SplittableRandom r = new SplittableRandom(4);
			for (int i = 0; i < patches.length; i++) patches[i] = (float) r.nextDouble();
			DeepLearningEngine.setThreads(1);
			float[] one = m.reconstruct(patches, n), oneCode = m.encode(patches, n);
			DeepLearningEngine.setThreads(2);
			float[] two = m.reconstruct(patches, n), twoCode = m.encode(patches, n);
			assertArrayEquals(one, two, 1e-4f);
			assertArrayEquals(oneCode, twoCode, 1e-4f);
		}
	}

	@Test
	void sameSeedSameWeightsInFreshJvms(@TempDir Path dir) throws IOException, InterruptedException {
		List<byte[]> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Path out = dir.resolve("weights-" + i);
			Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dai.djl.offline=true",
				"-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", System.getProperty("java.class.path"), FreshJvmTraining.class.getName(), "5", "2", out.toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("log-" + i).toFile()).start();
			assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the training JVM did not finish");
			assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log-" + i)));
			runs.add(Files.readAllBytes(out));
		}
		assertArrayEquals(runs.get(0), runs.get(1), "two fresh JVMs trained different networks from one seed");
		DeepLearningEngine.setThreads(2);
		assertArrayEquals(runs.get(0), FreshJvmTraining.weights(5), "this JVM trained another network than the fresh ones");
	}
}
