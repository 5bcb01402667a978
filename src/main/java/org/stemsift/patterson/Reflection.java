package org.stemsift.patterson;

/**
 * A Bragg reflection g of an image of {@code width x height} pixels, in FFT pixels from the centre of the (shifted)
 * transform: +u to the right, +v down, so that {@code (u / width, v / height)} is the wave vector in cycles per pixel.
 * Its Friedel mate is {@code -g}.
 *
 * @param power the (smoothed) power at g, for ranking; NaN when the reflection was given rather than found
 */
public record Reflection(double u, double v, int width, int height, double power) {

	public Reflection {
		if (!Double.isFinite(u) || !Double.isFinite(v) || u == 0 && v == 0) throw new IllegalArgumentException("A reflection must be a non-zero FFT position, got " + u + ", " + v);
	}

	/** Wave vector x component, cycles per pixel. */
	public double kx() { return u / width; }

	public double ky() { return v / height; }

	/** Interplanar spacing in pixels: the fringe period. */
	public double spacing() { return 1 / Math.hypot(kx(), ky()); }

	/** Direction of g in the image (radians from +x, +y down): the fringes run perpendicular to it. */
	public double angle() { return Math.atan2(ky(), kx()); }

	/** Distance from the FFT centre in FFT pixels. */
	public double radius() { return Math.hypot(u, v); }
}
