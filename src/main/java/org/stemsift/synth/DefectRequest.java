package org.stemsift.synth;

/**
 * How many defects of one kind to plant, either as an absolute {@code count} or as a {@code fraction} of the eligible
 * lattice sites (exactly one of them is used: {@code count >= 0} and {@code fraction} NaN, or {@code count == -1} and
 * a fraction in [0, 1]).
 *
 * @param magnitude kind-specific strength: for SUBSTITUTION the intensity factor (0.5 = half as bright), for
 *            DISPLACEMENT the shift in units of the lattice spacing, for INTERSTITIAL the peak intensity relative to an
 *            A column; ignored for VACANCY
 * @param sublattice the sublattice whose columns are affected (0 = A, 1 = B), or {@link #ANY_SUBLATTICE}; ignored
 *            for interstitials
 */
public record DefectRequest(DefectKind kind, int count, double fraction, double magnitude, int sublattice) {

	public static final int ANY_SUBLATTICE = -1;

	public DefectRequest {
		if (kind == null || kind == DefectKind.NONE) throw new IllegalArgumentException("A defect request needs a defect kind, got " + kind);
		boolean byCount = count >= 0 && Double.isNaN(fraction);
		boolean byFraction = count == -1 && fraction >= 0 && fraction <= 1;
		if (!byCount && !byFraction)
			throw new IllegalArgumentException("Give either a defect count >= 0 or a fraction in [0, 1] for " + kind + ", got count " + count + " and fraction " + fraction);
		if (!Double.isFinite(magnitude) || magnitude < 0) throw new IllegalArgumentException(kind + " magnitude must be a finite number >= 0, got " + magnitude);
		if (sublattice < ANY_SUBLATTICE) throw new IllegalArgumentException("Unknown sublattice " + sublattice);
	}

	public static DefectRequest vacancies(int count) {
		return new DefectRequest(DefectKind.VACANCY, count, Double.NaN, 0, ANY_SUBLATTICE);
	}

	/** Columns whose intensity is multiplied by {@code factor} (e.g. 0.5 darker, 1.6 brighter). */
	public static DefectRequest substitutions(int count, double factor) {
		return new DefectRequest(DefectKind.SUBSTITUTION, count, Double.NaN, factor, ANY_SUBLATTICE);
	}

	/** Columns shifted by {@code shift} lattice spacings in a random direction (e.g. 0.25). */
	public static DefectRequest displacements(int count, double shift) {
		return new DefectRequest(DefectKind.DISPLACEMENT, count, Double.NaN, shift, ANY_SUBLATTICE);
	}

	/** Extra columns at empty positions between sites, with peak intensity {@code relativeIntensity} x the A peak. */
	public static DefectRequest interstitials(int count, double relativeIntensity) {
		return new DefectRequest(DefectKind.INTERSTITIAL, count, Double.NaN, relativeIntensity, ANY_SUBLATTICE);
	}

	/** The same defects, but as a fraction of the eligible sites instead of a count. */
	public DefectRequest asFraction(double newFraction) {
		return new DefectRequest(kind, -1, newFraction, magnitude, sublattice);
	}

	/** The same defects restricted to one sublattice (0 = A, 1 = B). */
	public DefectRequest onSublattice(int s) {
		return new DefectRequest(kind, count, fraction, magnitude, s);
	}

	/** The number to plant given how many sites are eligible. */
	int resolveCount(int eligibleSites) {
		return count >= 0 ? count : (int) Math.round(fraction * eligibleSites);
	}

	/** The sign of the intensity change this request produces. */
	IntensityChange intensityChange() {
		return switch (kind) {
			case VACANCY -> IntensityChange.MISSING;
			case SUBSTITUTION -> magnitude < 1 ? IntensityChange.MISSING : IntensityChange.EXTRA;
			case DISPLACEMENT -> IntensityChange.BOTH;
			case INTERSTITIAL -> IntensityChange.EXTRA;
			case NONE -> throw new IllegalStateException();
		};
	}
}
