package org.stemsift.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.TrainingSettings;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;
import org.stemsift.validation.SyntheticSamples;
import org.stemsift.validation.SyntheticValidation;

/**
 * The detection-quality requirement on the project's own synthetic lattices: train on a defect-free image, detect on
 * the same lattice with planted vacancies, substitutions, displacements and interstitials, and find at least 90 % of
 * them with at least 80 % precision (a match lies within 0.35 lattice spacings). A small network and 32 px patches
 * on a 12 px lattice keep it to seconds; `stemsift validate synthetic` runs the full-size network.
 */
class SyntheticDetectionTest {

	@ParameterizedTest
	@EnumSource(value = LatticeType.class, names = { "SQUARE", "HEXAGONAL" })
	void findsPlantedDefects(LatticeType lattice) {
		LatticeSettings image = SyntheticSamples.mixedDefects(lattice, 192, 12, 7, 50, 2, 11);
		TrainingSettings training = TrainingSettings.defaults().withArchitecture(CvaeArchitecture.standard(32, 8).slimmed(4)).withEpochs(12).withCropsPerEpoch(1024)
			.withSeed(1);
		SyntheticValidation.Outcome o = SyntheticValidation.run(image, training, DetectionSettings.defaults().withStride(8), null);
		System.out.println(o.summary());
		assertTrue(o.match().recall() >= 0.9, o.summary());
		assertTrue(o.match().precision() >= 0.8, o.summary());
	}
}
