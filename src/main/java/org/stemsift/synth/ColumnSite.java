package org.stemsift.synth;

/**
 * One entry of the per-site ground truth: an ideal lattice site inside the image (or an interstitial position that
 * was filled), which sublattice and unit cell it belongs to, and what was done to it. Per-cell classifiers group
 * sites by {@code (cellU, cellV)}; a cell is defective when any of its sites is.
 *
 * @param x ideal position, pixel centres at integer coordinates (for a displaced column the site it left)
 * @param sublattice 0 = A, 1 = B, or {@link #INTERSTITIAL}
 * @param cellU index of the unit cell along a1
 * @param cellV index of the unit cell along a2
 */
public record ColumnSite(double x, double y, int sublattice, int cellU, int cellV, DefectKind defect) {

	public static final int INTERSTITIAL = -1;

	public String sublatticeName() {
		return LatticeType.sublatticeName(sublattice);
	}

	public boolean isDefective() {
		return defect != DefectKind.NONE;
	}
}
