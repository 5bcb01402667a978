package org.stemsift.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.stemsift.core.PatchStack;
import org.stemsift.detect.BulkBand;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.io.CsvTable;
import org.stemsift.io.ImageFiles;
import org.stemsift.progress.Progress;

/**
 * Reproduces the patch-level evaluation of Prifti et al. on their SrTiO3 data: a bulk test set and six sets of the
 * same patches with one synthetic point defect each. Reports, per set, the share of patches classified as defects
 * and the share of those whose anomaly peak lies inside the ground-truth box of changed pixels.
 */
public final class PriftiValidation {

	public static final String TRAINING_SET = "raw_training_set_20111206DF_64.npy";
	public static final String BULK_TEST_SET = "raw_testing_set_20111206DF_64.npy";

	/** The six defect sets in the paper's table order, with the paper's detection rate in %. */
	public enum DefectSet {
		ANTI_SR("antiSr", "Anti-Sr", 97.6), SR_VACANCY("SrVacancy", "Sr vacancy", 100.0), SR_FERRO("SrFMag", "Ferroelectric Sr", 99.9),
		ANTI_TI("antiTi", "Anti-Ti", 91.8), TI_VACANCY("TiVacancy", "Ti vacancy", 100.0), TI_FERRO("TiFMag", "Ferroelectric Ti", 100.0);

		public final String key;
		public final String label;
		public final double paperPercent;

		DefectSet(String key, String label, double paperPercent) {
			this.key = key;
			this.label = label;
			this.paperPercent = paperPercent;
		}

		public String patchFile() { return "20111206DFraw_" + key + "_defect_64.npy"; }

		public String groundTruthFile() { return "ground_truth/20111206DF_" + key + "_defect_bbox.csv"; }
	}

	/** The paper's share of bulk patches kept as bulk, in %. */
	public static final double PAPER_BULK_KEPT = 87.0;

	public record SetOutcome(DefectSet set, int patches, int detected, int localised) {
		public double detectedPercent() { return 100.0 * detected / patches; }

		/** Of the detected patches, the share whose anomaly peak lies in the ground-truth box. */
		public double localisedPercent() { return detected == 0 ? 0 : 100.0 * localised / detected; }
	}

	public record Outcome(BulkBand band, double bulkKeptPercent, List<SetOutcome> sets) {
		public double meanDetectedPercent() {
			return sets.stream().mapToDouble(SetOutcome::detectedPercent).average().orElse(0);
		}
	}

	private final Path data;
	private final PatchClassifier classifier;

	public PriftiValidation(Path dataFolder, PatchClassifier classifier) {
		this.data = dataFolder;
		this.classifier = classifier;
	}

	public PatchStack bulkTestSet() throws IOException {
		return ImageFiles.readPatches(require(BULK_TEST_SET));
	}

	public Outcome evaluate(BulkBand band, Progress progress) throws IOException {
		PatchClassifier.Classification[] bulk = classifier.classify(bulkTestSet(), band, progress);
		long kept = java.util.Arrays.stream(bulk).filter(c -> !c.defect()).count();
		List<SetOutcome> sets = new ArrayList<>();
		for (DefectSet set : DefectSet.values()) {
			PatchClassifier.Classification[] result = classifier.classify(ImageFiles.readPatches(require(set.patchFile())), band, progress);
			CsvTable boxes = CsvTable.read(require(set.groundTruthFile()));
			int detected = 0, localised = 0;
			for (int i = 0; i < result.length; i++) {
				if (!result[i].defect()) continue;
				detected++;
				if (inBox(boxes, i, result[i].score().peakX(), result[i].score().peakY())) localised++;
			}
			sets.add(new SetOutcome(set, result.length, detected, localised));
		}
		return new Outcome(band, 100.0 * kept / bulk.length, sets);
	}

	private static boolean inBox(CsvTable boxes, int row, int x, int y) {
		if (Integer.parseInt(boxes.get(row, "image_index")) != row) throw new IllegalStateException("Ground truth rows are not in patch order");
		int rowMin = Integer.parseInt(boxes.get(row, "row_min")), rowMax = Integer.parseInt(boxes.get(row, "row_max"));
		int colMin = Integer.parseInt(boxes.get(row, "col_min")), colMax = Integer.parseInt(boxes.get(row, "col_max"));
		return y >= rowMin && y <= rowMax && x >= colMin && x <= colMax;
	}

	private Path require(String name) throws IOException {
		Path p = data.resolve(name);
		if (!Files.isRegularFile(p)) throw new java.nio.file.NoSuchFileException(p.toString(), null,
			"the Prifti et al. data set is incomplete: expected " + name + " in " + data);
		return p;
	}
}
