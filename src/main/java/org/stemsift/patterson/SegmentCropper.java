package org.stemsift.patterson;

import java.util.ArrayList;
import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Cuts {@code side x side} squares centred (to the nearest pixel) on given points. Points whose square would leave the
 * image, or touch pixels marked invalid, are skipped rather than padded: padding would make border segments look like
 * defects.
 */
final class SegmentCropper {

	/** The kept segments and the indices of their points. */
	record Cut(PatchStack stack, int[] kept) {}

	private SegmentCropper() {}

	/** Left (or top) pixel of the square of side {@code side} centred on {@code c}. */
	static int origin(double c, int side) {
		return (int) Math.round(c - (side - 1) / 2.0);
	}

	/**
	 * @param valid per pixel whether it holds image data (null: all do)
	 * @return null when no square fits
	 */
	static Cut cut(Image2D image, boolean[] valid, double[] x, double[] y, int side) {
		int w = image.width(), h = image.height();
		if (side > w || side > h)
			throw new IllegalArgumentException("Segment size " + side + " px is larger than the " + w + " x " + h + " image; choose a smaller segment size");
		float[] px = image.pixels();
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < x.length; i++) {
			int x0 = origin(x[i], side), y0 = origin(y[i], side);
			if (x0 < 0 || y0 < 0 || x0 + side > w || y0 + side > h) continue;
			if (valid != null && !allValid(valid, w, x0, y0, side)) continue;
			kept.add(i);
		}
		if (kept.isEmpty()) return null;
		float[] data = new float[kept.size() * side * side];
		for (int k = 0; k < kept.size(); k++) {
			int i = kept.get(k), x0 = origin(x[i], side), y0 = origin(y[i], side);
			for (int r = 0; r < side; r++) System.arraycopy(px, (y0 + r) * w + x0, data, (k * side + r) * side, side);
		}
		return new Cut(new PatchStack(kept.size(), side, side, data), kept.stream().mapToInt(Integer::intValue).toArray());
	}

	private static boolean allValid(boolean[] valid, int w, int x0, int y0, int side) {
		for (int r = 0; r < side; r++)
			for (int c = 0; c < side; c++) if (!valid[(y0 + r) * w + x0 + c]) return false;
		return true;
	}
}
