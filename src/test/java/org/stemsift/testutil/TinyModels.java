package org.stemsift.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.stemsift.core.Image2D;
import org.stemsift.detect.BulkCalibration;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.ModelFiles;
import org.stemsift.model.TrainingResult;
import org.stemsift.model.TrainingSettings;

/**
 * Tiny CVAE model files for behaviour tests: 32 px patches, latent 4, channels / 16, one epoch of 32 crops on a
 * 128 × 128 synthetic lattice (a second or two on a CPU). They detect nothing reliably; they exercise every code path
 * of loading, reconstruction, calibration and output. The first model a JVM asks for is trained once and each test
 * class gets its own copy, so a class may damage its file without affecting others.
 */
public final class TinyModels {

	public static final int PATCH = 32;
	public static final int LATENT = 4;
	public static final int DIVISOR = 16;
	public static final long SEED = 7;

	private static Path shared;

	private TinyModels() {}

	public static CvaeArchitecture architecture() {
		return CvaeArchitecture.standard(PATCH, LATENT).slimmed(DIVISOR);
	}

	public static TrainingSettings settings(long seed) {
		return TrainingSettings.defaults().withArchitecture(architecture()).withEpochs(1).withCropsPerEpoch(32).withLearningRate(1e-3).withSeed(seed);
	}

	/** Trains on {@code image}, calibrates the bulk statistics and saves to {@code file}. */
	public static Path train(Image2D image, long seed, Path file) {
		TrainingResult result = new CvaeTrainer(settings(seed), null).train(image, null);
		try (CvaeModel model = result.model()) {
			BulkCalibration.calibrate(result);
			ModelFiles.save(model, file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	/** A copy, in {@code dir}, of the tiny model trained on {@link TestImages#reference(long)}. */
	public static synchronized Path copyTo(Path dir) {
		try {
			if (shared == null) {
				Path tmp = Files.createTempDirectory("stemsift-tiny-model");
				tmp.toFile().deleteOnExit();
				shared = train(TestImages.reference(SEED), SEED, tmp.resolve("tiny" + ModelFiles.EXTENSION));
				shared.toFile().deleteOnExit();
			}
			return Files.copy(shared, dir.resolve("tiny" + ModelFiles.EXTENSION), StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
