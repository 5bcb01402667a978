package org.stemsift.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Trains {@link EngineStressTest#settings} in a JVM of its own and writes the weights: {@code seed threads file}. */
public final class FreshJvmTraining {

	private FreshJvmTraining() {}

	static byte[] weights(long seed) {
		try (CvaeModel m = new CvaeTrainer(EngineStressTest.settings(seed), null).train(TinyTraining.lattice(), null).model()) {
			return m.saveParameters();
		}
	}

	public static void main(String[] args) throws Exception {
		DeepLearningEngine.setThreads(Integer.parseInt(args[1]));
		Files.write(Path.of(args[2]), weights(Long.parseLong(args[0])));
	}
}
