package org.stemsift.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.cluster.ClusterFiles;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.ModelFiles;
import org.stemsift.validation.RealImagePipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ayyubi-images", mixinStandardHelpOptions = true,
	description = { "The whole pipeline of Ayyubi et al. on their two training micrographs, with default settings: train-cvae on the image,",
		"detect on it, cut a patch around each detection and cluster those patches. Prints, per image, the epochs, losses and time of",
		"training, the engine, the number of detections and the clusters (K by silhouette). --data is the folder holding",
		"CdTe_Training_Image.tif and STO_Training_Image.jpg (not part of STEMsift: the files carry no licence). Writes OUT/<name>.stemsift",
		"and OUT/<name>-clusters/." })
final class ValidateAyyubiImagesCommand implements Callable<Integer> {

	static final String[][] IMAGES = { { "CdTe", "CdTe_Training_Image.tif" }, { "SrTiO3", "STO_Training_Image.jpg" } };

	@Option(names = "--data", required = true, description = "Folder with CdTe_Training_Image.tif and STO_Training_Image.jpg")
	Path data;

	@Option(names = { "--out", "-o" }, defaultValue = "ayyubi-images", description = "Output folder (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--reuse-models", description = "Use OUT/<name>.stemsift when it exists instead of training again")
	boolean reuse;

	@Mixin
	TrainingOptions training;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		for (String[] image : IMAGES)
			if (!Files.isRegularFile(data.resolve(image[1]))) throw new NoSuchFileException(data.resolve(image[1]).toString(), null, "--data must hold both training images");
		Files.createDirectories(out);
		StringBuilder report = new StringBuilder();
		for (String[] image : IMAGES) {
			RealImagePipeline.Outcome o = RealImagePipeline.run(image[0], ImageFiles.readImage(data.resolve(image[1])), training.settings(),
				out.resolve(image[0] + ModelFiles.EXTENSION), reuse, engine.progress());
			ClusterFiles.write(o.clusters(), out.resolve(image[0] + "-clusters"));
			System.out.print(o.report());
			report.append(o.report());
		}
		org.stemsift.io.AtomicFiles.writeString(out.resolve("report.txt"), report.toString());
		System.out.println("Models, cluster files and report.txt in " + out.toAbsolutePath());
		return 0;
	}
}
