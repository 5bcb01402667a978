package org.stemsift.cluster.feature;

import java.util.function.ToDoubleFunction;

/**
 * The blobs of a filtered difference image: pixels with {@code |f| > mean(|f|) + k·std(|f|)} ({@code k =}
 * {@value #THRESHOLD_STDS}), grouped into 8-connected components of one sign, so a displaced atom's bright/dark pair is
 * two blobs and a dark vacancy next to a bright substitute is not merged into one. A flat image has no blobs. Besides
 * the counts it holds the shape of the largest blob (by area; the first found on a tie), or null when there is none.
 */
public final class Blobs {

	/** k of the threshold: how many standard deviations of |f| above its mean a defect pixel lies. */
	public static final double THRESHOLD_STDS = 2;

	private final int count, foreground, positive;
	private final BlobShape largest;

	private Blobs(float[] f, int side) {
		int n = f.length;
		byte[] sign = foregroundSigns(f);
		int[] label = new int[n];
		// Pixels of blob b sit at order[start .. start + area): the flood fill writes them there as it goes.
		int[] order = new int[n];
		int blobs = 0, fg = 0, pos = 0, filled = 0, bestStart = 0, bestArea = 0;
		for (int seed = 0; seed < n; seed++) {
			if (sign[seed] == 0 || label[seed] != 0) continue;
			int start = filled, id = ++blobs;
			label[seed] = id;
			order[filled++] = seed;
			for (int head = start; head < filled; head++) {
				int p = order[head], px = p % side, py = p / side;
				for (int y = Math.max(0, py - 1); y <= Math.min(side - 1, py + 1); y++)
					for (int x = Math.max(0, px - 1); x <= Math.min(side - 1, px + 1); x++) {
						int q = y * side + x;
						if (label[q] == 0 && sign[q] == sign[seed]) {
							label[q] = id;
							order[filled++] = q;
						}
					}
			}
			int area = filled - start;
			fg += area;
			if (sign[seed] > 0) pos += area;
			if (area > bestArea) {
				bestArea = area;
				bestStart = start;
			}
		}
		this.count = blobs;
		this.foreground = fg;
		this.positive = pos;
		this.largest = blobs == 0 ? null : new BlobShape(order, bestStart, bestArea, label, side);
	}

	public static Blobs of(float[] filtered, int side) {
		return new Blobs(filtered, side);
	}

	/** +1 / −1 for pixels above the threshold (by the sign of f), 0 elsewhere and everywhere in a flat image. */
	static byte[] foregroundSigns(float[] f) {
		int n = f.length;
		double sum = 0, square = 0, largest = 0;
		for (float v : f) {
			double a = Math.abs(v);
			sum += a;
			largest = Math.max(largest, a);
		}
		double mean = sum / n;
		for (float v : f) square += (Math.abs(v) - mean) * (Math.abs(v) - mean);
		double std = Math.sqrt(square / n);
		byte[] sign = new byte[n];
		if (ValueStats.isFlat(std, largest)) return sign;
		double threshold = mean + THRESHOLD_STDS * std;
		for (int i = 0; i < n; i++)
			if (Math.abs(f[i]) > threshold) sign[i] = (byte) (f[i] > 0 ? 1 : -1);
		return sign;
	}

	public int count() { return count; }

	/** Pixels in all blobs. */
	public int foregroundArea() { return foreground; }

	/** (positive − negative blob pixels) / all blob pixels: +1 all bright, −1 all dark, 0 balanced or no blobs. */
	public double polarity() {
		return foreground == 0 ? 0 : (2.0 * positive - foreground) / foreground;
	}

	/** The largest blob, or null when there are no blobs. */
	public BlobShape largest() { return largest; }

	/** A measurement of the largest blob, 0 when there are no blobs. */
	public double ofLargest(ToDoubleFunction<BlobShape> measure) {
		return largest == null ? 0 : measure.applyAsDouble(largest);
	}

	/** The largest blob's share of all blob pixels: 1 for a single blob, small for many similar ones, 0 for none. */
	public double largestShare() {
		return largest == null ? 0 : (double) largest.pixelCount() / foreground;
	}
}
