package org.stemsift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.io.ImageFiles;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train-cvae", mixinStandardHelpOptions = true,
	description = { "Train a convolutional VAE on defect-free data and save it as one model file.",
		"Give a defect-free image (optionally a region of it) or a set of defect-free patches." })
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
		if (source.image != null) training.trainOnImage(ImageFiles.readImage(source.image), roi, model, engine.progress());
		else {
			if (roi != null) throw new IllegalArgumentException("--roi applies to --image, not to --patches");
			training.trainOnPatches(source.patches, model, engine.progress());
		}
		return 0;
	}
}
