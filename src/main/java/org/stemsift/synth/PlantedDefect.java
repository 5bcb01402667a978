package org.stemsift.synth;

/**
 * A defect planted in a synthetic image: the target a detector should find.
 *
 * @param x where the image changed, pixel centres at integer coordinates: the vacancy or substituted site, the new
 *            column position for displacements and interstitials
 * @param siteX the lattice site involved (for a displacement, the site the column left; otherwise equal to x)
 * @param sublattice sublattice of the site, or {@link ColumnSite#INTERSTITIAL}
 * @param magnitude the request's strength (intensity factor, shift in spacings, or relative intensity)
 */
public record PlantedDefect(DefectKind kind, double x, double y, IntensityChange sign, double siteX, double siteY, int sublattice, double magnitude) {

	public double distance(PlantedDefect other) {
		return Math.hypot(x - other.x, y - other.y);
	}
}
