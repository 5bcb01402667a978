package org.stemsift.synth;

import java.io.IOException;
import java.nio.file.Path;

import org.stemsift.core.Image2D;

/**
 * The demo data set shipped with STEMsift: a 512 x 512 perovskite image with 10 planted defects of every kind, so
 * users can try the detectors and see the expected answer. Only the ground truth is written here; saving the image
 * (e.g. as a 32-bit TIFF) is left to the IO layer.
 */
public final class SampleData {

	public static final String DEFECTS_FILE = "ground_truth_defects.csv";
	public static final String SITES_FILE = "ground_truth_sites.csv";

	private SampleData() {}

	/** The settings of the demo image: 3 vacancies, 2 dark and 1 bright substitution, 2 displacements, 2 interstitials. */
	public static LatticeSettings settings(long seed) {
		return LatticeSettings.builder(LatticeType.SQUARE)
			.size(512, 512)
			.spacing(20)
			.rotationDegrees(7)
			.origin(255.3, 255.6)
			.sublatticeRatio(0.5)
			.dose(50)
			.vacancies(3)
			.substitutions(2, 0.5)
			.substitutions(1, 1.6)
			.displacements(2, 0.25)
			.interstitials(2, 0.5)
			.seed(seed)
			.build();
	}

	/**
	 * Generates the demo image, writes {@value #DEFECTS_FILE} and {@value #SITES_FILE} into {@code folder} (created if
	 * missing) and returns the image for the caller to save.
	 */
	public static Image2D writeSample(Path folder, long seed) throws IOException {
		SyntheticLattice sample = LatticeGenerator.generate(settings(seed));
		GroundTruthWriter.writeDefects(folder.resolve(DEFECTS_FILE), sample.defects());
		GroundTruthWriter.writeSites(folder.resolve(SITES_FILE), sample.sites());
		return sample.image().withName("stemsift-sample-seed" + seed);
	}
}
