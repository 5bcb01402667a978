package org.stemsift.core.lattice;

import java.util.Optional;

/**
 * The periodicity found in an image.
 *
 * @param spacing length of the shortest lattice vector in px: the period to size patches and peak-finding windows by
 * @param a1 the shortest primitive lattice vector
 * @param a2 the shortest lattice vector not parallel to a1, or null when the image is periodic along one direction
 *            only (stripes)
 * @param peakHeight autocorrelation at a1 relative to the zero-lag value (1 = perfectly periodic and noise-free;
 *            lower with noise, defects or drift): a confidence measure
 */
public record LatticeEstimate(double spacing, Vector2 a1, Vector2 a2, double peakHeight) {

	public Optional<Vector2> secondVector() {
		return Optional.ofNullable(a2);
	}

	/** Angle between a1 and a2 in degrees (90 for square, 60 or 120 for hexagonal lattices), NaN without a2. */
	public double angleBetweenDegrees() {
		if (a2 == null) return Double.NaN;
		return Math.toDegrees(Math.acos(a1.dot(a2) / (a1.length() * a2.length())));
	}
}
