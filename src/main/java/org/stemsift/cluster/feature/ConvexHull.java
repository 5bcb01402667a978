package org.stemsift.cluster.feature;

import java.util.Arrays;

/** Convex hull area by Andrew's monotone chain, for blobs given as one run of pixels per row. */
final class ConvexHull {

	private ConvexHull() {}

	/**
	 * Area of the convex hull of the pixel squares of a blob whose row {@code top + i} spans pixels rowMin[i] to rowMax[i]
	 * (rowMax &lt; rowMin for an empty row). Only each row's end pixels can be hull corners, so four points per row suffice.
	 */
	static double areaOfRows(int[] rowMin, int[] rowMax, int top) {
		long[] points = new long[4 * rowMin.length];
		int n = 0;
		for (int i = 0; i < rowMin.length; i++) {
			if (rowMax[i] < rowMin[i]) continue;
			int y = top + i;
			points[n++] = pack(rowMin[i], y);
			points[n++] = pack(rowMin[i], y + 1);
			points[n++] = pack(rowMax[i] + 1, y);
			points[n++] = pack(rowMax[i] + 1, y + 1);
		}
		return area(Arrays.copyOf(points, n));
	}

	/** Packs a non-negative point so that sorting the longs sorts by x, then y. */
	private static long pack(int x, int y) { return ((long) x << 32) | y; }

	private static int x(long p) { return (int) (p >>> 32); }

	private static int y(long p) { return (int) p; }

	/** Area of the convex hull of packed points (0 for fewer than three points or collinear ones). */
	static double area(long[] points) {
		Arrays.sort(points);
		int n = points.length;
		if (n < 3) return 0;
		long[] hull = new long[2 * n];
		int k = 0;
		for (int i = 0; i < n; i++) {
			while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0) k--;
			hull[k++] = points[i];
		}
		for (int i = n - 2, lower = k + 1; i >= 0; i--) {
			while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0) k--;
			hull[k++] = points[i];
		}
		long twice = 0;
		for (int i = 0; i < k - 1; i++) twice += (long) x(hull[i]) * y(hull[i + 1]) - (long) x(hull[i + 1]) * y(hull[i]);
		return Math.abs(twice) / 2.0;
	}

	/** z of (b − a) × (c − a): positive for a counter-clockwise turn. */
	private static long cross(long a, long b, long c) {
		return (long) (x(b) - x(a)) * (y(c) - y(a)) - (long) (y(b) - y(a)) * (x(c) - x(a));
	}
}
