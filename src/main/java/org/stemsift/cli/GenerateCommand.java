package org.stemsift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.io.TiffWriter;
import org.stemsift.synth.GroundTruthWriter;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;
import org.stemsift.synth.SyntheticLattice;
import org.stemsift.validation.SyntheticSamples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
	description = { "Make a synthetic HAADF-STEM lattice image with planted defects and its ground truth.",
		"Writes image.tif, reference.tif (the same lattice without defects, other noise), defects.csv and sites.csv." })
final class GenerateCommand implements Callable<Integer> {

	@Option(names = { "--out", "-o" }, required = true, description = "Output folder")
	Path out;

	@Option(names = "--lattice", defaultValue = "SQUARE", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	LatticeType lattice;

	@Option(names = "--size", defaultValue = "512", description = "Image side in px (default: ${DEFAULT-VALUE})")
	int size;

	@Option(names = "--spacing", defaultValue = "20", description = "Lattice spacing in px (default: ${DEFAULT-VALUE})")
	double spacing;

	@Option(names = "--rotation", defaultValue = "7", description = "Lattice rotation in degrees (default: ${DEFAULT-VALUE})")
	double rotation;

	@Option(names = "--dose", defaultValue = "50", description = "Counts per unit intensity; lower is noisier (default: ${DEFAULT-VALUE})")
	double dose;

	@Option(names = "--defects", defaultValue = "3", description = "Defects of each kind: vacancy, dark and bright substitution, displacement, interstitial (default: ${DEFAULT-VALUE})")
	int perKind;

	@Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE})")
	long seed;

	@Override
	public Integer call() throws Exception {
		LatticeSettings settings = SyntheticSamples.mixedDefects(lattice, size, spacing, rotation, dose, perKind, seed);
		SyntheticLattice sample = LatticeGenerator.generate(settings);
		Files.createDirectories(out);
		TiffWriter.write(sample.image(), out.resolve("image.tif"));
		TiffWriter.write(LatticeGenerator.renderReference(settings, seed + 1000), out.resolve("reference.tif"));
		GroundTruthWriter.writeDefects(out.resolve("defects.csv"), sample.defects());
		GroundTruthWriter.writeSites(out.resolve("sites.csv"), sample.sites());
		System.out.printf("%s lattice, %d planted defects, written to %s%n", lattice, sample.defects().size(), out.toAbsolutePath());
		return 0;
	}
}
