package org.stemsift.synth;

/**
 * The projected crystal structures the generator can draw, described in fractional coordinates of the primitive
 * vectors {@code a1, a2} (both of length {@code spacing}).
 * <ul>
 * <li>{@link #SQUARE}: perovskite ABO3 seen along [001]. Bright A columns at the cell corners, dimmer B columns at
 * the cell centres; the oxygen-only columns at the edge midpoints are invisible in HAADF and are where interstitials
 * go.</li>
 * <li>{@link #HEXAGONAL}: honeycomb (MoS2 / hBN / graphene in plan view), a 60° lattice with an A and a B site per
 * cell; interstitials sit at the empty hexagon centres.</li>
 * <li>{@link #TRIANGULAR}: a simple close-packed 60° lattice with one column per cell; interstitials sit at the
 * triangle centres.</li>
 * </ul>
 */
public enum LatticeType {

	SQUARE(90, new double[][] { { 0, 0 }, { 0.5, 0.5 } }, new double[][] { { 0.5, 0 }, { 0, 0.5 } }),
	HEXAGONAL(60, new double[][] { { 0, 0 }, { 1.0 / 3, 1.0 / 3 } }, new double[][] { { 2.0 / 3, 2.0 / 3 } }),
	TRIANGULAR(60, new double[][] { { 0, 0 } }, new double[][] { { 1.0 / 3, 1.0 / 3 }, { 2.0 / 3, 2.0 / 3 } });

	private final double angleDegrees;
	private final double[][] basis;
	private final double[][] interstitialSites;

	LatticeType(double angleDegrees, double[][] basis, double[][] interstitialSites) {
		this.angleDegrees = angleDegrees;
		this.basis = basis;
		this.interstitialSites = interstitialSites;
	}

	/** Angle between a1 and a2 in degrees. */
	public double angleDegrees() { return angleDegrees; }

	/** Number of sublattices (columns per cell). */
	public int sublattices() { return basis.length; }

	/** Fractional position {u, v} of sublattice {@code s} inside the cell. */
	public double[] basis(int s) { return basis[s].clone(); }

	/** Fractional positions of the empty sites an interstitial column may occupy, one row per site in the cell. */
	public double[][] interstitialSites() {
		double[][] copy = new double[interstitialSites.length][];
		for (int i = 0; i < copy.length; i++) copy[i] = interstitialSites[i].clone();
		return copy;
	}

	/** Letter of sublattice {@code s}: A, B, ..., or I for {@link ColumnSite#INTERSTITIAL}. */
	public static String sublatticeName(int s) {
		return s == ColumnSite.INTERSTITIAL ? "I" : String.valueOf((char) ('A' + s));
	}
}
