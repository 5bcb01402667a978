package org.stemsift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.io.ImageFiles;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.report.TrainingReport;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train-cvae", mixinStandardHelpOptions = true,
	description = { "Train a convolutional VAE on defect-free data and save it as one model file.",
		"Give a defect-free image (optionally a region of it) or a set of defect-free patches.",
		"Next to the model it writes <name>-training.csv and <name>-training.png: the losses per epoch." })
final class TrainCvaeCommand implements Callable<Integer> {

	static final class Source {
		@Option(names = { "--image", "-i" }, description = "Defect-free image (TIFF, PNG, JPEG, DM3/DM4, 2-D .npy)")
		Path image;

		@Option(names = "--patches", description = "Defect-free patches: 3-D .npy, TIFF stack or folder of images")
		Path patches;
	}

	@ArgGroup(exclusive = true, multiplicity = "1")
	Source source;

	@Option(names = "--roi", description = "Defect-free region of the image: x,y,width,height (default: whole image)", split = ",")
	int[] roi;

	@Option(names = { "--model", "-m" }, required = true, description = "Model file to write (.stemsift)")
	Path model;

	@Mixin
	TrainingOptions training;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		if (roi != null && roi.length != 4) throw new IllegalArgumentException("--roi needs four numbers: x,y,width,height");
		ModelDescription.TrainingInfo trained;
		if (source.image != null) trained = training.trainOnImage(ImageFiles.readImage(source.image), roi, model, engine.progress());
		else {
			if (roi != null) throw new IllegalArgumentException("--roi applies to --image, not to --patches");
			trained = training.trainOnPatches(source.patches, model, engine.progress());
		}
		TrainingReport.write(trained, reportFile(model, ".csv"), reportFile(model, ".png"));
		return 0;
	}

	/** The loss table and plot sit next to the model: lattice.stemsift → lattice-training.csv, lattice-training.png. */
	static Path reportFile(Path model, String extension) {
		String name = model.getFileName().toString();
		if (name.endsWith(ModelFiles.EXTENSION)) name = name.substring(0, name.length() - ModelFiles.EXTENSION.length());
		return model.resolveSibling(name + "-training" + extension);
	}
}
