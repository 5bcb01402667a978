package org.stemsift.core;

/**
 * Spatial calibration of a 2-D image: physical = (pixel - origin) * scale, the convention of both ImageJ
 * ({@code xOrigin}, {@code pixelWidth}) and DigitalMicrograph (origin, scale).
 */
public record Calibration(double originX, double originY, double scaleX, double scaleY, String unit) {

	public static final Calibration PIXELS = new Calibration(0, 0, 1, 1, "pixel");

	public Calibration {
		if (!(scaleX > 0) || !(scaleY > 0) || !Double.isFinite(scaleX) || !Double.isFinite(scaleY))
			throw new IllegalArgumentException("Pixel size must be a positive number, got " + scaleX + " x " + scaleY);
		if (unit == null || unit.isBlank()) unit = "pixel";
	}

	public double toPhysicalX(double x) { return (x - originX) * scaleX; }

	public double toPhysicalY(double y) { return (y - originY) * scaleY; }

	public boolean isPixels() {
		return originX == 0 && originY == 0 && scaleX == 1 && scaleY == 1;
	}
}
