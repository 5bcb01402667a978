package org.stemsift.detect;

/**
 * The patch-level anomaly score of Prifti et al.: ANM, the average of |filtered difference| in a small window around
 * its maximum, and where that maximum is (pixel coordinates inside the patch).
 */
public record PatchScore(double anm, int peakX, int peakY, float peakValue) {

	/**
	 * Scores one filtered difference patch; the window is {@code window}×{@code window} px (about one atomic column)
	 * centred on the maximum of |value| and clipped at the patch border.
	 */
	public static PatchScore of(float[] filtered, int offset, int width, int height, int window) {
		int best = 0;
		float bestAbs = -1;
		for (int i = 0; i < width * height; i++) {
			float a = Math.abs(filtered[offset + i]);
			if (a > bestAbs) {
				bestAbs = a;
				best = i;
			}
		}
		int px = best % width, py = best / width;
		int lo = window / 2, hi = window - lo; // window = 6 → [-3, +3)
		double sum = 0;
		int n = 0;
		for (int y = Math.max(0, py - lo); y < Math.min(height, py + hi); y++)
			for (int x = Math.max(0, px - lo); x < Math.min(width, px + hi); x++) {
				sum += Math.abs(filtered[offset + y * width + x]);
				n++;
			}
		return new PatchScore(sum / n, px, py, filtered[offset + best]);
	}
}
