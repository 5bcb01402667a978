package org.stemsift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stemsift.core.Image2D;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionResult;
import org.stemsift.evaluate.DefectMatcher;
import org.stemsift.evaluate.MatchResult;
import org.stemsift.evaluate.PointXY;
import org.stemsift.io.AtomicFiles;
import org.stemsift.io.CsvTable;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.report.DetectionFiles;
import org.stemsift.report.OverlayPicture;
import org.stemsift.report.TrainingReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
	description = { "The whole job on the bundled sample: train a CVAE on the defect-free reference image, detect defects in the sample image,",
		"write the results and a picture, and score them against the sample's ground truth.", "Trains 8 epochs of 1024 crops unless --epochs / --crops-per-epoch say otherwise." })
final class DemoCommand implements Callable<Integer> {

	@Option(names = "--sample", description = "Sample folder with image.tif, reference.tif and defects.csv (default: sample-data/perovskite of this installation)")
	Path sample;

	@Option(names = { "--out", "-o" }, defaultValue = "stemsift-demo", description = "Output folder (default: ${DEFAULT-VALUE})")
	Path out;

	@Mixin
	TrainingOptions training;

	@Mixin
	DetectCommand.DetectionOptions detection;

	@Mixin
	EngineOptions engine;

	@Spec
	CommandSpec spec;

	/** The demo's lattice is learnt well in 8 epochs of 1024 crops (see the README's validation): quicker defaults. */
	static final int DEMO_EPOCHS = 8, DEMO_CROPS = 1024;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		Path folder = sample != null ? sample : Paths.get(System.getProperty("stemsift.home", ".")).resolve("sample-data/perovskite");
		for (String f : new String[] { "image.tif", "reference.tif", "defects.csv" })
			if (!Files.isRegularFile(folder.resolve(f)))
				throw new java.nio.file.NoSuchFileException(folder.resolve(f).toString(), null, "the sample is incomplete; regenerate it with: stemsift generate --out " + folder);
		Files.createDirectories(out);
		Path modelFile = out.resolve("model" + ModelFiles.EXTENSION);
		System.out.println("1/3 Training a CVAE on " + folder.resolve("reference.tif"));
		if (!spec.commandLine().getParseResult().hasMatchedOption("--epochs")) training.epochs = DEMO_EPOCHS;
		if (!spec.commandLine().getParseResult().hasMatchedOption("--crops-per-epoch")) training.cropsPerEpoch = DEMO_CROPS;
		ModelDescription.TrainingInfo trained = training.trainOnImage(ImageFiles.readImage(folder.resolve("reference.tif")), null, modelFile, engine.progress());

		System.out.println("2/3 Detecting defects in " + folder.resolve("image.tif"));
		Image2D image = ImageFiles.readImage(folder.resolve("image.tif"));
		DetectionResult result;
		try (CvaeModel model = ModelFiles.loadCvae(modelFile)) {
			result = new AnomalyDetector(model, detection.settings()).detect(image, engine.progress());
		}
		DetectionFiles.write(result, image, out);

		System.out.println("3/3 Scoring against the ground truth");
		List<PointXY> truth = readPoints(folder.resolve("defects.csv"));
		double spacing = SAMPLE_SPACING;
		MatchResult match = DefectMatcher.forSpacing(spacing).match(PointXY.of(result.defects(), d -> d.x(), d -> d.y()), truth);
		OverlayPicture.write(image, result.defects(), truth, spacing * 0.35, 2, out.resolve("overlay.png"));
		String summary = String.format(Locale.ROOT,
			"%d defects found, %d planted: %d matched within %.1f px (recall %.1f %%, precision %.1f %%, mean position error %.2f px)%n", result.defects().size(),
			truth.size(), match.truePositives(), DefectMatcher.forSpacing(spacing).radius(), 100 * match.recall(), 100 * match.precision(), match.meanError());
		summary += TrainingReport.engineLine(trained) + System.lineSeparator();
		AtomicFiles.writeString(out.resolve("summary.txt"), summary);
		System.out.print(summary);
		System.out.println("Results in " + out.toAbsolutePath() + ": defects.csv, anomaly.tif, difference.tif, prediction.tif, labels.tif, overview.png, overlay.png, summary.txt, model.stemsift");
		return 0;
	}

	/** Lattice spacing of the bundled sample, px (see {@code stemsift generate --help}). */
	static final double SAMPLE_SPACING = 20;

	static List<PointXY> readPoints(Path csv) throws java.io.IOException {
		CsvTable t = CsvTable.read(csv);
		List<PointXY> points = new ArrayList<>();
		for (int r = 0; r < t.rowCount(); r++) points.add(new PointXY(Double.parseDouble(t.get(r, "x")), Double.parseDouble(t.get(r, "y"))));
		return points;
	}
}
