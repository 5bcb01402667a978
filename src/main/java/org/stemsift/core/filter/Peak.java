package org.stemsift.core.filter;

/**
 * A local extremum: sub-pixel position (pixel centres at integer coordinates, +y down), the pixel it was found at and
 * the pixel value there.
 */
public record Peak(double x, double y, float value, int pixelX, int pixelY) {

	public double distance(double px, double py) {
		return Math.hypot(x - px, y - py);
	}
}
