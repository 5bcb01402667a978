package org.stemsift.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stemsift.detect.BulkBand;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.io.AtomicFiles;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelFiles;
import org.stemsift.validation.PriftiValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "prifti", mixinStandardHelpOptions = true,
	description = { "Patch classification on the SrTiO3 data of Prifti et al. (bulk test set and six point-defect sets).",
		"Trains a model on the training set unless --model is given, then prints the detection table." })
final class ValidatePriftiCommand implements Callable<Integer> {

	@Mixin
	PriftiDataOptions prifti;

	@Mixin
	TrainingOptions training;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		engine.apply();
		Path modelFile = prifti.modelFile(training, engine.progress());
		try (CvaeModel cvae = ModelFiles.loadCvae(modelFile)) {
			PatchClassifier classifier = new PatchClassifier(cvae, DifferenceFilter.forPatches(), PatchAnalyzer.DEFAULT_ANM_WINDOW, BulkBand.DEFAULT_K);
			PriftiValidation validation = new PriftiValidation(prifti.data, classifier);
			StringBuilder report = new StringBuilder();
			report.append(table("band from the model's held-out training crops", validation.evaluate(classifier.bandFromModel(), engine.progress())));
			BulkBand fromTestSet = classifier.bandFrom(validation.bulkTestSet(), engine.progress());
			report.append(table("band from the bulk test set (as in the paper)", validation.evaluate(fromTestSet, engine.progress())));
			AtomicFiles.writeString(prifti.out.resolve("prifti-validation.md"), report.toString());
			System.out.print(report);
		}
		return 0;
	}

	static String table(String title, PriftiValidation.Outcome o) {
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "%nPrifti et al. SrTiO3 patches, %s: ANM band %.4f to %.4f%n%n", title, o.band().lower(), o.band().upper()));
		s.append("| set | patches | detected (%) | paper (%) | peak in ground-truth box (% of detected) |\n|---|---|---|---|---|\n");
		for (PriftiValidation.SetOutcome set : o.sets())
			s.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", set.set().label, set.patches(), set.detectedPercent(), set.set().paperPercent,
				set.localisedPercent()));
		double paperMean = java.util.Arrays.stream(PriftiValidation.DefectSet.values()).mapToDouble(d -> d.paperPercent).average().orElse(0);
		s.append(String.format(Locale.ROOT, "| mean of defect sets | | %.2f | %.2f | |%n", o.meanDetectedPercent(), paperMean));
		s.append(String.format(Locale.ROOT, "| bulk kept as bulk | 1000 | %.1f | %.1f | |%n", o.bulkKeptPercent(), PriftiValidation.PAPER_BULK_KEPT));
		return s.toString();
	}
}
