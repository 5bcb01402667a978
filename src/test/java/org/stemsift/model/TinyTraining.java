package org.stemsift.model;

import org.stemsift.core.Image2D;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

/** Very small networks and data for tests of mechanics (not of detection quality). */
final class TinyTraining {

	private TinyTraining() {}

	static CvaeArchitecture architecture() {
		return CvaeArchitecture.standard(16, 3).slimmed(16);
	}

	static TrainingSettings settings(long seed) {
		return TrainingSettings.defaults().withArchitecture(architecture()).withEpochs(2).withCropsPerEpoch(64).withKlWarmupEpochs(1).withSeed(seed);
	}

	static Image2D lattice() {
		return LatticeGenerator.generate(LatticeSettings.builder(LatticeType.SQUARE).size(64, 64).spacing(8).seed(7).build()).image();
	}
}
