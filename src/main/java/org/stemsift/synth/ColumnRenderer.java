package org.stemsift.synth;

import java.util.List;

/**
 * Draws Gaussian columns on a constant background, in expected counts. Columns are cut at 5 sigma (the tail left out
 * is below 4e-6 of the peak) and evaluated as separable products, so a 4096² image renders in well under a second.
 * With scan jitter each scan line sees every column shifted horizontally by that line's offset, as when the beam
 * position glitches from one line to the next.
 */
final class ColumnRenderer {

	private static final double CUTOFF_SIGMAS = 5;

	private ColumnRenderer() {}

	/** How far outside the image a column can sit and still contribute to it, in px. */
	static double reach(double sigma) {
		return CUTOFF_SIGMAS * sigma + 1;
	}

	/**
	 * @param rowShift horizontal shift per row in px, or null for none
	 * @return {@code dose * (background + sum of columns)}, row-major
	 */
	static float[] render(List<Column> columns, int width, int height, double sigma, double background, double dose, double[] rowShift) {
		float[] intensity = new float[width * height];
		java.util.Arrays.fill(intensity, (float) background);
		double radius = CUTOFF_SIGMAS * sigma;
		double maxShift = 0;
		if (rowShift != null) for (double s : rowShift) maxShift = Math.max(maxShift, Math.abs(s));
		double inverseTwoSigma2 = 1 / (2 * sigma * sigma);
		int span = (int) Math.ceil(2 * (radius + maxShift)) + 2;
		double[] gx = new double[span], gy = new double[span];
		for (Column c : columns) {
			if (c.amplitude() == 0) continue;
			int y0 = Math.max(0, (int) Math.ceil(c.y() - radius)), y1 = Math.min(height - 1, (int) Math.floor(c.y() + radius));
			if (y0 > y1) continue;
			for (int y = y0; y <= y1; y++) gy[y - y0] = c.amplitude() * Math.exp(-(y - c.y()) * (y - c.y()) * inverseTwoSigma2);
			if (rowShift == null) {
				int x0 = Math.max(0, (int) Math.ceil(c.x() - radius)), x1 = Math.min(width - 1, (int) Math.floor(c.x() + radius));
				if (x0 > x1) continue;
				fillProfile(gx, c.x(), x0, x1, inverseTwoSigma2);
				for (int y = y0; y <= y1; y++) addProfile(intensity, y * width, x0, x1, gx, gy[y - y0]);
			} else {
				for (int y = y0; y <= y1; y++) {
					double cx = c.x() + rowShift[y];
					int x0 = Math.max(0, (int) Math.ceil(cx - radius)), x1 = Math.min(width - 1, (int) Math.floor(cx + radius));
					if (x0 > x1) continue;
					fillProfile(gx, cx, x0, x1, inverseTwoSigma2);
					addProfile(intensity, y * width, x0, x1, gx, gy[y - y0]);
				}
			}
		}
		for (int i = 0; i < intensity.length; i++) intensity[i] = (float) (intensity[i] * dose);
		return intensity;
	}

	private static void fillProfile(double[] g, double centre, int x0, int x1, double inverseTwoSigma2) {
		for (int x = x0; x <= x1; x++) g[x - x0] = Math.exp(-(x - centre) * (x - centre) * inverseTwoSigma2);
	}

	private static void addProfile(float[] intensity, int rowOffset, int x0, int x1, double[] gx, double weight) {
		for (int x = x0; x <= x1; x++) intensity[rowOffset + x] += (float) (weight * gx[x - x0]);
	}
}
