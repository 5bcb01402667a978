package org.stemsift.synth;

/** What was done to a column; {@link #NONE} marks an intact site in the per-site ground truth. */
public enum DefectKind {
	/** Intact lattice site. */
	NONE,
	/** The column is removed. */
	VACANCY,
	/** The column's intensity is scaled (a heavier or lighter species). */
	SUBSTITUTION,
	/** The column is shifted off its site. */
	DISPLACEMENT,
	/** An extra column between lattice sites. */
	INTERSTITIAL
}
