package org.stemsift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.BulkCalibration;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.report.TrainingReport;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.model.Preprocessing;
import org.stemsift.model.TrainingResult;
import org.stemsift.model.TrainingSettings;
import org.stemsift.progress.Progress;

import picocli.CommandLine.Option;

/** CVAE training options and the train → calibrate → save sequence, shared by every command that trains. */
final class TrainingOptions {

	@Option(names = "--epochs", defaultValue = "20", description = "Maximum epochs (default: ${DEFAULT-VALUE}); training stops earlier when validation loss stalls")
	int epochs;

	@Option(names = "--crops-per-epoch", defaultValue = "2048", description = "Random crops drawn per epoch (default: ${DEFAULT-VALUE})")
	int cropsPerEpoch;

	@Option(names = "--patience", defaultValue = "3", description = "Epochs without validation improvement before stopping (default: ${DEFAULT-VALUE})")
	int patience;

	@Option(names = "--patch-size", defaultValue = "64", description = "Patch side in px, a multiple of 8 (default: ${DEFAULT-VALUE})")
	int patchSize;

	@Option(names = "--latent", defaultValue = "20", description = "Latent dimensions (default: ${DEFAULT-VALUE})")
	int latent;

	@Option(names = "--sigma", defaultValue = "2.0", description = "Gaussian blur before the network, px (default: ${DEFAULT-VALUE})")
	double sigma;

	@Option(names = "--learning-rate", defaultValue = "1e-3", description = "Adam learning rate (default: ${DEFAULT-VALUE}; the seed work used 1e-4)")
	double learningRate;

	@Option(names = "--batch-size", defaultValue = "16", description = "Batch size (default: ${DEFAULT-VALUE})")
	int batchSize;

	@Option(names = "--kl-warmup", defaultValue = "0", description = "Epochs over which the KL weight rises from 0 to 1 (default: ${DEFAULT-VALUE})")
	int klWarmup;

	@Option(names = "--free-nats", defaultValue = "0.5", description = "KL free bits per latent dimension, against posterior collapse (default: ${DEFAULT-VALUE})")
	double freeNats;

	@Option(names = "--no-augment", description = "Do not rotate/flip training crops")
	boolean noAugment;

	@Option(names = "--channel-divisor", defaultValue = "1", description = "Divide every channel count by this (1 = the seed network; 4 = a small, fast network)")
	int channelDivisor;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
	long seed;

	TrainingSettings settings() {
		CvaeArchitecture arch = CvaeArchitecture.standard(patchSize, latent);
		if (channelDivisor > 1) arch = arch.slimmed(channelDivisor);
		return new TrainingSettings(arch, new Preprocessing(sigma), epochs, cropsPerEpoch, TrainingSettings.defaults().validationCrops(), batchSize, learningRate,
			patience, !noAugment, klWarmup, freeNats, seed);
	}

	ModelDescription.TrainingInfo trainOnImage(Image2D image, int[] roi, Path modelFile, Progress progress) throws IOException {
		return save(new CvaeTrainer(settings(), progress).train(image, roi), modelFile);
	}

	ModelDescription.TrainingInfo trainOnPatches(Path patches, Path modelFile, Progress progress) throws IOException {
		List<String> warnings = new ArrayList<>();
		PatchStack stack = ImageFiles.readPatches(patches, warnings);
		warnings.forEach(w -> System.err.println("warning: " + w));
		return save(new CvaeTrainer(settings(), progress).train(stack, patches.getFileName().toString()), modelFile);
	}

	private static ModelDescription.TrainingInfo save(TrainingResult result, Path modelFile) throws IOException {
		try (CvaeModel trained = result.model()) {
			BulkCalibration.calibrate(result);
			ModelFiles.save(trained, modelFile);
			ModelDescription.TrainingInfo t = trained.description().training();
			System.out.printf("Trained %s: %d epochs%s in %.0f s, validation loss %.2f. Saved %s%n", trained.architecture(), t.epochsRun(),
				result.stoppedEarly() ? " (stopped early)" : "", t.seconds(), t.finalValidationLoss(), modelFile);
			System.out.println(TrainingReport.engineLine(t));
			return t;
		}
	}
}
