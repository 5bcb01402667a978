package org.stemsift.validation;

import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

/** The synthetic test images STEMsift validates on, defined once for the CLI, the demo and the tests. */
public final class SyntheticSamples {

	private SyntheticSamples() {}

	/**
	 * A lattice with {@code perKind} defects of each kind: vacancies, dark (×0.5) and bright (×1.6) substitutions,
	 * displacements by a quarter spacing and interstitials at half a column's intensity.
	 */
	public static LatticeSettings mixedDefects(LatticeType lattice, int size, double spacing, double rotation, double dose, int perKind, long seed) {
		return LatticeSettings.builder(lattice).size(size, size).spacing(spacing).rotationDegrees(rotation).columnSigma(spacing / 8).dose(dose)
			.vacancies(perKind).substitutions(perKind, 0.5).substitutions(perKind, 1.6).displacements(perKind, 0.25).interstitials(perKind, 0.5).seed(seed).build();
	}
}
