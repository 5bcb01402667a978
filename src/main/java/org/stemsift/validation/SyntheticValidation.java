package org.stemsift.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.stemsift.core.Image2D;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.BulkCalibration;
import org.stemsift.detect.Defect;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.evaluate.DefectMatcher;
import org.stemsift.evaluate.MatchResult;
import org.stemsift.evaluate.MatchedPair;
import org.stemsift.evaluate.PointXY;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.TrainingResult;
import org.stemsift.model.TrainingSettings;
import org.stemsift.progress.Progress;
import org.stemsift.synth.DefectKind;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.PlantedDefect;
import org.stemsift.synth.SyntheticLattice;

/**
 * End-to-end check on a synthetic lattice with planted defects: train a CVAE on a defect-free image of the same
 * lattice (other noise), detect on the image with defects, and match detections to the planted defects within
 * 0.35 lattice spacings.
 */
public final class SyntheticValidation {

	/** Seed offset of the defect-free training image, so its noise differs from the test image's. */
	static final long REFERENCE_SEED_OFFSET = 1000;

	public record Outcome(SyntheticLattice lattice, DetectionResult detection, MatchResult match, Map<DefectKind, int[]> foundPerKind, double trainSeconds,
		double detectSeconds) {

		public String summary() {
			StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%s %dx%d, %d planted: recall %.1f %%, precision %.1f %% (TP %d, FP %d, FN %d); ",
				lattice.settings().lattice(), lattice.image().width(), lattice.image().height(), lattice.defects().size(), 100 * match.recall(), 100 * match.precision(),
				match.truePositives(), match.falsePositives(), match.falseNegatives()));
			foundPerKind.forEach((k, v) -> s.append(k.name().toLowerCase()).append(' ').append(v[0]).append('/').append(v[1]).append(' '));
			s.append(String.format(java.util.Locale.ROOT, "; training %.0f s, detection %.1f s", trainSeconds, detectSeconds));
			return s.toString();
		}
	}

	private SyntheticValidation() {}

	public static Outcome run(LatticeSettings settings, TrainingSettings training, DetectionSettings detection, Progress progress) {
		SyntheticLattice lattice = LatticeGenerator.generate(settings);
		Image2D reference = LatticeGenerator.renderReference(settings, settings.seed() + REFERENCE_SEED_OFFSET);
		long t0 = System.nanoTime();
		TrainingResult trained = new CvaeTrainer(training, progress).train(reference, null);
		try (CvaeModel model = trained.model()) {
			BulkCalibration.calibrate(trained);
			long t1 = System.nanoTime();
			DetectionResult result = new AnomalyDetector(model, detection).detect(lattice.image(), progress);
			long t2 = System.nanoTime();
			return evaluate(lattice, result, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
		}
	}

	/** Matches a detection result against the lattice's planted defects. */
	public static Outcome evaluate(SyntheticLattice lattice, DetectionResult result, double trainSeconds, double detectSeconds) {
		List<PlantedDefect> truth = lattice.defects();
		MatchResult match = DefectMatcher.forSpacing(lattice.spacing()).match(PointXY.of(result.defects(), Defect::x, Defect::y),
			PointXY.of(truth, PlantedDefect::x, PlantedDefect::y));
		Map<DefectKind, int[]> perKind = new EnumMap<>(DefectKind.class);
		for (PlantedDefect d : truth) perKind.computeIfAbsent(d.kind(), k -> new int[2])[1]++;
		for (MatchedPair pair : match.pairs()) perKind.get(truth.get(pair.truthIndex()).kind())[0]++;
		return new Outcome(lattice, result, match, perKind, trainSeconds, detectSeconds);
	}
}
