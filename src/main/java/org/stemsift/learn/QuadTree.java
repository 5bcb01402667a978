package org.stemsift.learn;

/**
 * A point-region quadtree over 2-D points with the centre of mass and count of every cell, for the Barnes-Hut
 * approximation of t-SNE's repulsive forces: a cell seen under an angle width / distance below θ acts as one point of
 * its whole mass. Built by recursive partitioning of index ranges; coincident points end in one leaf.
 */
final class QuadTree {

	private static final int MAX_DEPTH = 40;

	private final double[] xs, ys;
	private final int[] order;
	// per cell, in creation order: centre of mass, number of points, side length, first child (-1 for a leaf)
	private double[] comX, comY, width;
	private int[] count, firstChild;
	private int cells;

	QuadTree(double[] xs, double[] ys) {
		this.xs = xs;
		this.ys = ys;
		int n = xs.length;
		order = new int[n];
		for (int i = 0; i < n; i++) order[i] = i;
		double minX = Double.POSITIVE_INFINITY, minY = minX, maxX = Double.NEGATIVE_INFINITY, maxY = maxX;
		for (int i = 0; i < n; i++) {
			minX = Math.min(minX, xs[i]); maxX = Math.max(maxX, xs[i]);
			minY = Math.min(minY, ys[i]); maxY = Math.max(maxY, ys[i]);
		}
		int capacity = 4 * n + 8;
		comX = new double[capacity]; comY = new double[capacity]; width = new double[capacity];
		count = new int[capacity]; firstChild = new int[capacity];
		double side = Math.max(maxX - minX, maxY - minY) * (1 + 1e-9) + 1e-300;
		cells = 1;
		build(0, 0, n, minX, minY, side, 0);
	}

	private void build(int cell, int from, int to, double x0, double y0, double side, int depth) {
		double sx = 0, sy = 0;
		for (int m = from; m < to; m++) { sx += xs[order[m]]; sy += ys[order[m]]; }
		count[cell] = to - from;
		comX[cell] = sx / (to - from);
		comY[cell] = sy / (to - from);
		width[cell] = side;
		firstChild[cell] = -1;
		if (to - from == 1 || depth == MAX_DEPTH || allAt(from, to)) return;
		double half = side / 2, midX = x0 + half, midY = y0 + half;
		// partition the index range into the four quadrants: left/right by x, then lower/upper by y within each
		int splitX = partition(from, to, midX, true);
		int splitLow = partition(from, splitX, midY, false), splitHigh = partition(splitX, to, midY, false);
		int[] bounds = { from, splitLow, splitX, splitHigh, to };
		int first = cells;
		ensureCapacity(cells + 4);
		cells += 4;
		firstChild[cell] = first;
		for (int q = 0; q < 4; q++) {
			int child = first + q;
			if (bounds[q] == bounds[q + 1]) { count[child] = 0; firstChild[child] = -1; continue; }
			build(child, bounds[q], bounds[q + 1], q < 2 ? x0 : midX, q % 2 == 0 ? y0 : midY, half, depth + 1);
		}
	}

	private boolean allAt(int from, int to) {
		for (int m = from + 1; m < to; m++) if (xs[order[m]] != xs[order[from]] || ys[order[m]] != ys[order[from]]) return false;
		return true;
	}

	/** Moves the indices with coordinate below {@code mid} to the front of the range; returns where the rest start. */
	private int partition(int from, int to, double mid, boolean byX) {
		int i = from, j = to - 1;
		while (i <= j) {
			double v = byX ? xs[order[i]] : ys[order[i]];
			if (v < mid) i++;
			else { int t = order[i]; order[i] = order[j]; order[j] = t; j--; }
		}
		return i;
	}

	private void ensureCapacity(int needed) {
		if (needed <= count.length) return;
		int capacity = Math.max(needed, 2 * count.length);
		comX = java.util.Arrays.copyOf(comX, capacity); comY = java.util.Arrays.copyOf(comY, capacity);
		width = java.util.Arrays.copyOf(width, capacity); count = java.util.Arrays.copyOf(count, capacity);
		firstChild = java.util.Arrays.copyOf(firstChild, capacity);
	}

	/**
	 * Sums over all points j (the point itself included, as q = 1) of q = 1 / (1 + |p - y_j|²) and of q² (p - y_j), with
	 * cells under an angle below θ taken as one point: {@code out = {Σ q, Σ q² dx, Σ q² dy}}.
	 */
	void repulsion(double px, double py, double theta, int[] stack, double[] out) {
		double z = 0, rx = 0, ry = 0, theta2 = theta * theta;
		int top = 0;
		stack[top++] = 0;
		while (top > 0) {
			int cell = stack[--top];
			if (count[cell] == 0) continue;
			double dx = px - comX[cell], dy = py - comY[cell], d2 = dx * dx + dy * dy;
			if (firstChild[cell] < 0 || width[cell] * width[cell] < theta2 * d2) {
				double q = 1 / (1 + d2), mass = count[cell];
				z += mass * q;
				rx += mass * q * q * dx;
				ry += mass * q * q * dy;
			} else {
				for (int c = 3; c >= 0; c--) stack[top++] = firstChild[cell] + c;
			}
		}
		out[0] = z;
		out[1] = rx;
		out[2] = ry;
	}

	/** Stack size that {@link #repulsion} needs. */
	int stackSize() { return 3 * MAX_DEPTH + 8; }
}
