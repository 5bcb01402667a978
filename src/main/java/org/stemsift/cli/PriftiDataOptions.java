package org.stemsift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.stemsift.model.ModelFiles;
import org.stemsift.progress.Progress;
import org.stemsift.validation.PriftiValidation;

import picocli.CommandLine.Option;

/** The data, model and output folder of the validations on the SrTiO3 patches of Prifti et al. */
final class PriftiDataOptions {

	@Option(names = "--data", required = true, description = "Folder with the Prifti et al. .npy sets (and ground_truth/)")
	Path data;

	@Option(names = { "--model", "-m" }, description = "Use this model instead of training one")
	Path model;

	@Option(names = { "--out", "-o" }, defaultValue = "prifti-validation", description = "Output folder (default: ${DEFAULT-VALUE})")
	Path out;

	/** The given model, or one trained on the training set with {@code training} into the output folder. */
	Path modelFile(TrainingOptions training, Progress progress) throws IOException {
		Files.createDirectories(out);
		if (model != null) return model;
		Path trained = out.resolve("prifti-cvae" + ModelFiles.EXTENSION);
		training.trainOnPatches(data.resolve(PriftiValidation.TRAINING_SET), trained, progress);
		return trained;
	}
}
