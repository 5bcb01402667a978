package org.stemsift.patterson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/** Buckets of point indices on a square grid, to find the nearest point within a radius in constant time. */
final class SpatialGrid {

	private final double cell;
	private final int columns, rows;
	private final List<List<Integer>> buckets;

	SpatialGrid(double cell, int width, int height) {
		this.cell = cell;
		this.columns = (int) (width / cell) + 3;
		this.rows = (int) (height / cell) + 3;
		this.buckets = new ArrayList<>(columns * rows);
		for (int i = 0; i < columns * rows; i++) buckets.add(null);
	}

	void add(int index, double x, double y) {
		int b = bucket(column(x), row(y));
		if (buckets.get(b) == null) buckets.set(b, new ArrayList<>(2));
		buckets.get(b).add(index);
	}

	/** Index of the nearest site within {@code radius} (at most one cell), or -1. */
	int nearest(List<SiteFinder.Site> sites, double x, double y, double radius) {
		return nearest(i -> sites.get(i).x(), i -> sites.get(i).y(), x, y, radius);
	}

	/** Index of the nearest point {x sum, y sum, count} (its mean position) within {@code radius}, or -1. */
	int nearestPoint(List<double[]> points, double x, double y, double radius) {
		return nearest(i -> points.get(i)[0] / points.get(i)[2], i -> points.get(i)[1] / points.get(i)[2], x, y, radius);
	}

	private int nearest(IntToDoubleFunction xs, IntToDoubleFunction ys, double x, double y, double radius) {
		int[] best = { -1 };
		double[] bestD = { radius * radius };
		forEachNear(x, y, i -> {
			double dx = xs.applyAsDouble(i) - x, dy = ys.applyAsDouble(i) - y, d = dx * dx + dy * dy;
			if (d <= bestD[0]) { bestD[0] = d; best[0] = i; }
		});
		return best[0];
	}

	/** Calls {@code action} for every point within {@code radius} (at most one cell) of (x, y), itself included. */
	void forEachWithin(double[] xs, double[] ys, double x, double y, double radius, IntConsumer action) {
		double r2 = radius * radius;
		forEachNear(x, y, i -> {
			double dx = xs[i] - x, dy = ys[i] - y;
			if (dx * dx + dy * dy <= r2) action.accept(i);
		});
	}

	/** Every point in the 3 x 3 cells around (x, y). */
	private void forEachNear(double x, double y, IntConsumer action) {
		int cx = column(x), cy = row(y);
		for (int gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
			for (int gx = Math.max(0, cx - 1); gx <= Math.min(columns - 1, cx + 1); gx++) {
				List<Integer> b = buckets.get(bucket(gx, gy));
				if (b != null) for (int i : b) action.accept(i);
			}
		}
	}

	private int column(double x) { return Math.min(columns - 1, Math.max(0, (int) Math.floor(x / cell) + 1)); }

	private int row(double y) { return Math.min(rows - 1, Math.max(0, (int) Math.floor(y / cell) + 1)); }

	private int bucket(int gx, int gy) { return gy * columns + gx; }
}
