package org.stemsift.io;

import java.util.Locale;

import org.stemsift.core.Calibration;

/**
 * Turns two DigitalMicrograph axis calibrations into STEMsift's single-unit {@link Calibration}. DM may calibrate x and
 * y in different length units (nm and Å), so y is converted to x's unit; units DM and ImageJ spell differently
 * ({@code um}, {@code micron}) are written {@code µm}.
 */
final class DmCalibrations {

	private DmCalibrations() {}

	static Calibration of(DmAxis x, DmAxis y) {
		String ux = normalize(x.units()), uy = normalize(y.units());
		if (!valid(x.scale()) || !valid(y.scale()) || ux.isEmpty() || uy.isEmpty()) return Calibration.PIXELS;
		double scaleY = y.scale();
		if (!ux.equals(uy)) {
			Integer ex = exponent(ux), ey = exponent(uy);
			if (ex == null || ey == null) return Calibration.PIXELS;
			scaleY = y.scale() * Math.pow(10, ey - ex);
		}
		return new Calibration(x.origin(), y.origin(), x.scale(), scaleY, ux);
	}

	private static boolean valid(double scale) {
		return scale > 0 && Double.isFinite(scale);
	}

	/** Canonical spelling of common length units; others unchanged (trimmed). */
	static String normalize(String unit) {
		String u = unit == null ? "" : unit.strip();
		return switch (u.toLowerCase(Locale.ROOT)) {
			case "um", "micron", "microns", "µm", "\u03bcm" -> "µm";
			case "a", "ang", "angstrom", "å" -> "Å";
			default -> u;
		};
	}

	/** The power of ten of a length unit in metres (nm gives -9), null for other units; integer powers keep 3 nm = 3000 pm exact. */
	static Integer exponent(String normalizedUnit) {
		return switch (normalizedUnit) {
			case "m" -> 0;
			case "cm" -> -2;
			case "mm" -> -3;
			case "µm" -> -6;
			case "nm" -> -9;
			case "Å" -> -10;
			case "pm" -> -12;
			default -> null;
		};
	}
}
