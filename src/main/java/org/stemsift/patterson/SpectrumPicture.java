package org.stemsift.patterson;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.process.FloatProcessor;

import java.awt.Color;

import org.stemsift.core.Image2D;

/**
 * Scheme two's view of the FFT: the log power spectrum of the image, zero frequency in the centre, with the chosen
 * Friedel pair ±g circled, so that a user can check the automatic choice or read off a reflection to give instead.
 */
public final class SpectrumPicture {

	/** The picture shows frequencies up to this multiple of |g|, so the reflections stay large enough to see. */
	private static final double EXTENT = 3;

	private SpectrumPicture() {}

	public static ImagePlus render(Image2D image, Reflection g) {
		Image2D power = BraggFilter.of(image).powerSpectrum();
		int w = power.width(), h = power.height(), cx = w / 2, cy = h / 2;
		int half = (int) Math.min(Math.min(cx, cy), Math.max(16, Math.ceil(EXTENT * g.radius())));
		int side = 2 * half;
		float[] p = new float[side * side];
		for (int y = 0; y < side; y++)
			for (int x = 0; x < side; x++) p[y * side + x] = (float) Math.log1p(power.pixels()[(cy - half + y) * w + cx - half + x]);
		FloatProcessor fp = new FloatProcessor(side, side, p);
		fp.resetMinAndMax();
		ImagePlus imp = new ImagePlus("FFT (log power), reflection (" + round(g.u()) + ", " + round(g.v()) + ")", fp.convertToByteProcessor());
		Overlay marks = new Overlay();
		double r = Math.max(3, g.radius() / 8);
		for (int sign = -1; sign <= 1; sign += 2) {
			OvalRoi ring = new OvalRoi(half + sign * g.u() - r, half + sign * g.v() - r, 2 * r, 2 * r);
			ring.setStrokeColor(Color.YELLOW);
			marks.add(ring);
		}
		imp.setOverlay(marks);
		return imp;
	}

	private static String round(double v) {
		return String.valueOf(Math.round(v * 10) / 10.0);
	}
}
