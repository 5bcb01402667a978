package org.stemsift.patterson;

import ij.process.ColorProcessor;

import org.stemsift.core.Image2D;

/**
 * A picture of a result for reports: the image in grey, scheme-two domains tinted (domain 0 red, domain 1 blue) and
 * outlier segments outlined in yellow, shrunk by an integer factor so that large images stay small files.
 */
public final class ResultPicture {

	private static final int[][] TINTS = { { 230, 70, 70 }, { 70, 130, 240 } };

	private ResultPicture() {}

	public static ColorProcessor render(Image2D image, PattersonResult r, int shrink) {
		int w = image.width(), h = image.height();
		float lo = percentile(image, 0.005), hi = percentile(image, 0.995);
		int[] outline = outlierOutline(r, w, h);
		int[] rgb = new int[w * h];
		for (int i = 0; i < rgb.length; i++) {
			double g = hi > lo ? Math.max(0, Math.min(1, (image.pixels()[i] - lo) / (hi - lo))) : 0.5;
			double red = 255 * g, green = red, blue = red;
			if (r.settings().scheme() == 2 && r.labels()[i] > 0) {
				int[] t = TINTS[(r.labels()[i] - 1) % 2];
				red = 0.55 * red + 0.45 * t[0];
				green = 0.55 * green + 0.45 * t[1];
				blue = 0.55 * blue + 0.45 * t[2];
			}
			if (outline[i] > 0) { red = 255; green = 230; blue = 0; }
			rgb[i] = ((int) red << 16) | ((int) green << 8) | (int) blue;
		}
		ColorProcessor cp = new ColorProcessor(w, h, rgb);
		if (shrink > 1) {
			cp.setInterpolationMethod(ColorProcessor.BILINEAR);
			return (ColorProcessor) cp.resize(w / shrink, h / shrink, true);
		}
		return cp;
	}

	/** Pixels on the border of outlier segments (a one-pixel-wide ring inside each square). */
	private static int[] outlierOutline(PattersonResult r, int w, int h) {
		int[] marks = new int[r.outliers().length];
		for (int i = 0; i < marks.length; i++) marks[i] = r.outliers()[i] ? i + 1 : 0;
		int[] inside = LabelPainter.paint(r.segmentation(), marks, w, h);
		int[] out = new int[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int v = inside[y * w + x];
				if (v == 0) continue;
				boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1 || inside[y * w + x - 1] != v || inside[y * w + x + 1] != v || inside[(y - 1) * w + x] != v
					|| inside[(y + 1) * w + x] != v;
				if (edge) out[y * w + x] = 1;
			}
		return out;
	}

	private static float percentile(Image2D image, double p) {
		return (float) org.stemsift.core.filter.Statistics.percentile(image.pixels(), 100 * p);
	}
}
