package org.stemsift.learn;

/**
 * The knee of a curve: the point farthest from the chord joining its first and last points, after both axes are
 * scaled to [0, 1] so that the answer does not depend on their units (the idea of Satopää et al.'s "Kneedle").
 */
public final class Knee {

	private Knee() {}

	/**
	 * Index of the knee among the finite points, or -1 if fewer than three are finite. x must increase.
	 */
	public static int find(double[] x, double[] y) {
		if (x.length != y.length) throw new IllegalArgumentException("Need one y per x: " + x.length + " x, " + y.length + " y");
		int first = -1, last = -1, finite = 0;
		double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < x.length; i++) {
			if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) continue;
			if (first < 0) first = i;
			last = i;
			finite++;
			yMin = Math.min(yMin, y[i]);
			yMax = Math.max(yMax, y[i]);
		}
		if (finite < 3) return -1;
		double xSpan = x[last] - x[first], ySpan = yMax - yMin;
		if (!(xSpan > 0)) return -1;
		double sy = ySpan > 0 ? ySpan : 1;
		double x0 = 0, y0 = (y[first] - yMin) / sy, x1 = 1, y1 = (y[last] - yMin) / sy;
		double length = Math.hypot(x1 - x0, y1 - y0);
		int best = first;
		double bestDistance = -1;
		for (int i = first; i <= last; i++) {
			if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) continue;
			double px = (x[i] - x[first]) / xSpan, py = (y[i] - yMin) / sy;
			double distance = Math.abs((y1 - y0) * px - (x1 - x0) * py + x1 * y0 - y1 * x0) / length;
			if (distance > bestDistance) { bestDistance = distance; best = i; }
		}
		return best;
	}
}
