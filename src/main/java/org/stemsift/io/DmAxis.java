package org.stemsift.io;

/**
 * The calibration of one DigitalMicrograph axis (or of the intensity): physical = (index − origin) · scale, in
 * {@code units}. Note that DM's origin is in pixels, not in physical units, so an EELS axis with origin −300 and scale
 * 1 eV starts at 300 eV.
 */
public record DmAxis(double origin, double scale, String units) {

	public static final DmAxis UNCALIBRATED = new DmAxis(0, 1, "");

	public DmAxis {
		if (units == null) units = "";
	}

	public double toPhysical(double index) {
		return (index - origin) * scale;
	}
}
