package org.stemsift.patterson;

/**
 * Paints segments into a label image of the input's size: every pixel inside a segment's square (rotated by the
 * segmentation's angle for scheme two) gets that segment's label; later segments win where squares overlap; 0 is
 * background.
 */
public final class LabelPainter {

	private LabelPainter() {}

	/** @param labels one label per segment (0 leaves a segment unpainted) */
	public static int[] paint(Segmentation s, int[] labels, int width, int height) {
		if (labels.length != s.count()) throw new IllegalArgumentException("Need one label per segment: " + s.count() + " segments, " + labels.length + " labels");
		int[] out = new int[width * height];
		double cos = Math.cos(s.angle()), sin = Math.sin(s.angle()), half = s.side() / 2.0, reach = half * Math.sqrt(2);
		for (int k = 0; k < s.count(); k++) {
			if (labels[k] == 0) continue;
			double cx = s.x()[k], cy = s.y()[k];
			for (int y = Math.max(0, (int) Math.floor(cy - reach)); y <= Math.min(height - 1, (int) Math.ceil(cy + reach)); y++)
				for (int x = Math.max(0, (int) Math.floor(cx - reach)); x <= Math.min(width - 1, (int) Math.ceil(cx + reach)); x++) {
					double dx = x - cx, dy = y - cy;
					double along = dx * cos + dy * sin, across = -dx * sin + dy * cos;
					if (along >= -half && along < half && across >= -half && across < half) out[y * width + x] = labels[k];
				}
		}
		return out;
	}
}
