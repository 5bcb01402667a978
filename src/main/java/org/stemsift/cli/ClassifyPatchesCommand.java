package org.stemsift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.stemsift.core.PatchStack;
import org.stemsift.detect.BulkBand;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.io.ImageFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.report.DetectionTables;
import org.stemsift.report.PatchMontage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "classify-patches", mixinStandardHelpOptions = true,
	description = { "Decide for each patch whether it holds a defect (ANM outside the bulk band, Prifti et al.).",
		"Writes patches.csv (index, name, anm, defect, peak_x, peak_y, band_low, band_high) and montage.png",
		"(the most anomalous patches with their ANM; red frame: defect)." })
final class ClassifyPatchesCommand implements Callable<Integer> {

	@Option(names = { "--model", "-m" }, required = true, description = "Model file from train-cvae")
	Path model;

	@Option(names = { "--patches", "-p" }, required = true, description = "Patches: 3-D .npy, TIFF stack or folder of images, of the model's patch size")
	Path patches;

	@Option(names = "--bulk", description = "Bulk (defect-free) patches defining the band (default: the statistics stored in the model)")
	Path bulk;

	@Option(names = "--k", defaultValue = "1.5", description = "Band half-width in standard deviations (default: ${DEFAULT-VALUE})")
	double k;

	@Option(names = "--cutoff", defaultValue = "0.2", description = "Differences below this are set to zero (default: ${DEFAULT-VALUE})")
	double cutoff;

	@Option(names = "--smoothing", defaultValue = "1.0", description = "Smoothing of the filtered difference, px (default: ${DEFAULT-VALUE})")
	double smoothing;

	@Option(names = "--window", defaultValue = "6", description = "ANM window, px (default: ${DEFAULT-VALUE})")
	int window;

	@Option(names = "--montage", defaultValue = "" + PatchMontage.DEFAULT_TILES, description = "Patches shown in montage.png, most anomalous first; 0 = no montage (default: ${DEFAULT-VALUE})")
	int montage;

	static final String MONTAGE = "montage.png";

	@Option(names = { "--out", "-o" }, required = true, description = "Output folder (created if missing)")
	Path out;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		List<String> warnings = new ArrayList<>();
		PatchStack stack = ImageFiles.readPatches(patches, warnings);
		warnings.forEach(w -> System.err.println("warning: " + w));
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			PatchClassifier classifier = new PatchClassifier(cvae, new DifferenceFilter(cutoff, smoothing), window, k);
			BulkBand band = bulk == null ? classifier.bandFromModel() : classifier.bandFrom(ImageFiles.readPatches(bulk), engine.progress());
			PatchClassifier.Classification[] result = classifier.classify(stack, band, engine.progress());
			Files.createDirectories(out);
			DetectionTables.patches(result, band).toCsv().write(out.resolve("patches.csv"));
			if (montage > 0) PatchMontage.write(stack, result, montage, out.resolve(MONTAGE));
			long defects = java.util.Arrays.stream(result).filter(PatchClassifier.Classification::defect).count();
			System.out.printf("%d of %d patches hold a defect (band %.4f to %.4f). Results in %s%n", defects, result.length, band.lower(), band.upper(),
				out.resolve("patches.csv").toAbsolutePath());
		}
		return 0;
	}
}
