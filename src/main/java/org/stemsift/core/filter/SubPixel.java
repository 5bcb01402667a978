package org.stemsift.core.filter;

/**
 * Sub-pixel position of a maximum from its 3 x 3 neighbourhood. Atomic columns sit anywhere between pixel centres and
 * localisation errors of half a pixel would swamp the small displacements the detectors look for, so peaks are
 * refined by a least-squares quadratic surface {@code f = a + b x + c y + d x² + e xy + f y²} on the 9 values (closed
 * form for the fixed design), falling back to the intensity centroid when the surface has no maximum near the pixel.
 * Coordinates follow the pixel grid: offset (0, 0) is the centre pixel, +x to the right, +y down.
 */
public final class SubPixel {

	private SubPixel() {}

	/**
	 * The offset {dx, dy} of the maximum, each within [-1, 1].
	 *
	 * @param v the 3 x 3 values row-major ({@code v[(dy + 1) * 3 + dx + 1]}), centre {@code v[4]}
	 */
	public static double[] refineMaximum(double[] v) {
		double[] quadratic = quadraticMaximum(v);
		return quadratic != null ? quadratic : centroid(v);
	}

	/** The stationary point of the fitted quadratic if it is a maximum within one pixel, else null. */
	public static double[] quadraticMaximum(double[] v) {
		double[] q = fit(v);
		double b = q[1], c = q[2], d = q[3], e = q[4], f = q[5];
		// gradient zero: [2d e; e 2f] [dx dy]' = -[b c]'
		double det = 4 * d * f - e * e;
		if (!(d < 0) || !(det > 0)) return null;
		double dx = (-b * 2 * f + c * e) / det;
		double dy = (-c * 2 * d + b * e) / det;
		if (!(Math.abs(dx) <= 1) || !(Math.abs(dy) <= 1)) return null;
		return new double[] { dx, dy };
	}

	/**
	 * Value of the fitted quadratic at an offset: a better estimate of a peak's height than the pixel value or a
	 * bilinear interpolation, both of which fall short of the top when the peak lies between pixels.
	 */
	public static double fittedValue(double[] v, double dx, double dy) {
		double[] q = fit(v);
		return q[0] + q[1] * dx + q[2] * dy + q[3] * dx * dx + q[4] * dx * dy + q[5] * dy * dy;
	}

	/**
	 * Peak height from a Gaussian fitted to the 3 x 3 values (a quadratic fitted to their logarithm), evaluated at the
	 * offset. For narrow, Gaussian-like peaks this is nearly independent of where the peak falls between pixels, unlike
	 * the quadratic, which undershoots a peak lying half-way between pixels by several percent. Falls back to the
	 * quadratic when a value is not positive.
	 */
	public static double gaussianPeakValue(double[] v, double dx, double dy) {
		double[] logs = new double[9];
		for (int i = 0; i < 9; i++) {
			if (!(v[i] > 0)) return fittedValue(v, dx, dy);
			logs[i] = Math.log(v[i]);
		}
		return Math.exp(fittedValue(logs, dx, dy));
	}

	/** Least-squares coefficients {a, b, c, d, e, f} of {@code a + b x + c y + d x² + e xy + f y²} on the 3 x 3 grid. */
	private static double[] fit(double[] v) {
		if (v.length != 9) throw new IllegalArgumentException("Need 3 x 3 = 9 values, got " + v.length);
		double sum = 0, sumX = 0, sumY = 0, sumXY = 0;
		double[] columnSum = new double[3], rowSum = new double[3];
		for (int j = 0; j < 3; j++) {
			for (int i = 0; i < 3; i++) {
				double f = v[j * 3 + i];
				int x = i - 1, y = j - 1;
				sum += f;
				sumX += x * f;
				sumY += y * f;
				sumXY += x * y * f;
				columnSum[i] += f;
				rowSum[j] += f;
			}
		}
		double d = (columnSum[0] - 2 * columnSum[1] + columnSum[2]) / 6;
		double f = (rowSum[0] - 2 * rowSum[1] + rowSum[2]) / 6;
		// x² and y² average 2/3 over the grid, so the constant is the mean minus their share
		double a = sum / 9 - 2.0 / 3 * (d + f);
		return new double[] { a, sumX / 6, sumY / 6, d, sumXY / 4, f };
	}

	/** Centroid of the 3 x 3 values above their minimum; (0, 0) for a flat neighbourhood. */
	public static double[] centroid(double[] v) {
		double min = Double.POSITIVE_INFINITY;
		for (double x : v) min = Math.min(min, x);
		double sum = 0, sx = 0, sy = 0;
		for (int j = 0; j < 3; j++) {
			for (int i = 0; i < 3; i++) {
				double w = v[j * 3 + i] - min;
				sum += w;
				sx += w * (i - 1);
				sy += w * (j - 1);
			}
		}
		return sum > 0 ? new double[] { sx / sum, sy / sum } : new double[] { 0, 0 };
	}
}
