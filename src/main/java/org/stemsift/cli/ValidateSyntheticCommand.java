package org.stemsift.cli;

import java.util.concurrent.Callable;

import org.stemsift.synth.LatticeType;
import org.stemsift.validation.SyntheticSamples;
import org.stemsift.validation.SyntheticValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "synthetic", mixinStandardHelpOptions = true,
	description = { "Train on a defect-free synthetic lattice, detect on the same lattice with planted defects, and score against the ground truth",
		"(a detection matches a planted defect within 0.35 lattice spacings)." })
final class ValidateSyntheticCommand implements Callable<Integer> {

	@Option(names = "--lattice", split = ",", defaultValue = "SQUARE,HEXAGONAL", description = "Lattices to test (default: ${DEFAULT-VALUE})")
	LatticeType[] lattices;

	@Option(names = "--size", defaultValue = "384", description = "Image side in px (default: ${DEFAULT-VALUE})")
	int size;

	@Option(names = "--defects", defaultValue = "3", description = "Defects of each kind (default: ${DEFAULT-VALUE})")
	int perKind;

	@Option(names = "--dose", defaultValue = "50", description = "Counts per unit intensity (default: ${DEFAULT-VALUE})")
	double dose;

	@Option(names = "--image-seed", defaultValue = "5", description = "Seed of the synthetic image (default: ${DEFAULT-VALUE})")
	long imageSeed;

	@Mixin
	TrainingOptions training;

	@Mixin
	DetectCommand.DetectionOptions detection;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() {
		engine.apply();
		for (LatticeType lattice : lattices) {
			SyntheticValidation.Outcome o = SyntheticValidation.run(SyntheticSamples.mixedDefects(lattice, size, 20, 7, dose, perKind, imageSeed), training.settings(),
				detection.settings(), engine.progress());
			System.out.println(o.summary());
		}
		return 0;
	}
}
