package org.stemsift.core.filter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.stemsift.core.Image2D;

/**
 * Finds atomic columns as local maxima (or dark features as minima) of an image.
 * <p>
 * A pixel is a maximum when no pixel within {@code minSeparation} (a disk) is brighter and its value reaches the
 * threshold. Why this way: a disk matches the round columns and the spacing between them, while a square window would
 * suppress a neighbour on the diagonal. To stay fast on 4096² images the disk test runs only on pixels that already
 * survive a constant-time {@link MaxFilter} over the square inscribed in the disk, which discards nearly everything.
 * Flat tops (connected pixels of equal value) give one peak at their centroid; otherwise the position is refined from
 * the 3 x 3 neighbourhood by {@link SubPixel}. Finally peaks closer than {@code minSeparation} are thinned greedily,
 * brightest first, so the result always respects the separation. Results are sorted by value, strongest first.
 */
public final class LocalExtrema {

	private LocalExtrema() {}

	/** Maxima with value &ge; {@code threshold} (use {@code Double.NEGATIVE_INFINITY} for none), brightest first. */
	public static List<Peak> findMaxima(Image2D image, double minSeparation, double threshold) {
		return findMaxima(image.pixels(), image.width(), image.height(), minSeparation, threshold);
	}

	/** Minima with value &le; {@code threshold} (use {@code Double.POSITIVE_INFINITY} for none), darkest first. */
	public static List<Peak> findMinima(Image2D image, double minSeparation, double threshold) {
		return findMinima(image.pixels(), image.width(), image.height(), minSeparation, threshold);
	}

	public static List<Peak> findMaxima(float[] pixels, int width, int height, double minSeparation, double threshold) {
		checkArguments(pixels, width, height, minSeparation);
		return find(pixels, width, height, minSeparation, threshold, false);
	}

	public static List<Peak> findMinima(float[] pixels, int width, int height, double minSeparation, double threshold) {
		checkArguments(pixels, width, height, minSeparation);
		float[] negated = new float[pixels.length];
		for (int i = 0; i < pixels.length; i++) negated[i] = -pixels[i];
		return find(negated, width, height, minSeparation, -threshold, true);
	}

	private static void checkArguments(float[] pixels, int width, int height, double minSeparation) {
		if (pixels.length != (long) width * height)
			throw new IllegalArgumentException("Pixel array holds " + pixels.length + " values, expected " + width + " x " + height);
		if (!(minSeparation >= 1) || !Double.isFinite(minSeparation))
			throw new IllegalArgumentException("Minimum separation must be at least 1 pixel, got " + minSeparation);
	}

	private static List<Peak> find(float[] v, int width, int height, double radius, double threshold, boolean negated) {
		BitSet candidates = candidates(v, width, height, radius, threshold);
		List<Peak> peaks = new ArrayList<>();
		BitSet visited = new BitSet(v.length);
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			if (visited.get(i)) continue;
			Peak p = hasEqualNeighbour(v, width, height, i, candidates)
				? plateauPeak(v, width, height, i, candidates, visited)
				: refinedPeak(v, width, height, i);
			peaks.add(negated ? new Peak(p.x(), p.y(), -p.value(), p.pixelX(), p.pixelY()) : p);
		}
		Comparator<Peak> strongestFirst = Comparator.comparingDouble(Peak::value);
		if (!negated) strongestFirst = strongestFirst.reversed();
		peaks.sort(strongestFirst.thenComparingInt(Peak::pixelY).thenComparingInt(Peak::pixelX));
		return thin(peaks, width, height, radius);
	}

	/** Pixels at or above the threshold that no pixel within the disk exceeds; rows are scanned in parallel bands. */
	private static BitSet candidates(float[] v, int width, int height, double radius, double threshold) {
		int inscribed = (int) Math.floor(radius / Math.sqrt(2));
		float[] squareMax = MaxFilter.filter(v, width, height, inscribed);
		int r = (int) Math.floor(radius);
		double r2 = radius * radius;
		int bands = Math.max(1, Math.min(height, 4 * Runtime.getRuntime().availableProcessors()));
		int[][] found = new int[bands][];
		IntStream.range(0, bands).parallel().forEach(band -> {
			IntList list = new IntList();
			for (int y = band * height / bands; y < (band + 1) * height / bands; y++) {
				for (int x = 0; x < width; x++) {
					int i = y * width + x;
					float value = v[i];
					if (value >= threshold && value >= squareMax[i] && isDiskMaximum(v, width, height, x, y, r, r2, inscribed)) list.add(i);
				}
			}
			found[band] = list.toArray();
		});
		BitSet out = new BitSet(v.length);
		for (int[] band : found) for (int i : band) out.set(i);
		return out;
	}

	/** A growable list of ints, to avoid boxing hundreds of thousands of candidate indices. */
	private static final class IntList {
		private int[] data = new int[64];
		private int size;

		void add(int value) {
			if (size == data.length) data = Arrays.copyOf(data, 2 * size);
			data[size++] = value;
		}

		int[] toArray() { return Arrays.copyOf(data, size); }
	}

	private static boolean isDiskMaximum(float[] v, int width, int height, int x, int y, int r, double r2, int checked) {
		float value = v[y * width + x];
		for (int dy = -r; dy <= r; dy++) {
			int yy = y + dy;
			if (yy < 0 || yy >= height) continue;
			int dxMax = (int) Math.floor(Math.sqrt(r2 - (double) dy * dy));
			boolean insideChecked = Math.abs(dy) <= checked;
			for (int dx = -dxMax; dx <= dxMax; dx++) {
				if (insideChecked && Math.abs(dx) <= checked) continue;
				int xx = x + dx;
				if (xx >= 0 && xx < width && v[yy * width + xx] > value) return false;
			}
		}
		return true;
	}

	private static boolean hasEqualNeighbour(float[] v, int width, int height, int i, BitSet candidates) {
		int x = i % width, y = i / width;
		for (int dy = -1; dy <= 1; dy++) {
			for (int dx = -1; dx <= 1; dx++) {
				int xx = x + dx, yy = y + dy;
				if ((dx != 0 || dy != 0) && xx >= 0 && yy >= 0 && xx < width && yy < height
					&& candidates.get(yy * width + xx) && v[yy * width + xx] == v[i]) return true;
			}
		}
		return false;
	}

	/** One peak at the centroid of the 8-connected region of equal-valued candidate pixels containing {@code start}. */
	private static Peak plateauPeak(float[] v, int width, int height, int start, BitSet candidates, BitSet visited) {
		float value = v[start];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		List<Integer> region = new ArrayList<>();
		queue.add(start);
		visited.set(start);
		double sx = 0, sy = 0;
		while (!queue.isEmpty()) {
			int i = queue.poll();
			region.add(i);
			int x = i % width, y = i / width;
			sx += x;
			sy += y;
			for (int dy = -1; dy <= 1; dy++) {
				for (int dx = -1; dx <= 1; dx++) {
					int xx = x + dx, yy = y + dy;
					if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
					int j = yy * width + xx;
					if (!visited.get(j) && candidates.get(j) && v[j] == value) {
						visited.set(j);
						queue.add(j);
					}
				}
			}
		}
		double cx = sx / region.size(), cy = sy / region.size();
		int nearest = region.get(0);
		double best = Double.POSITIVE_INFINITY;
		for (int i : region) {
			double d = Math.hypot(i % width - cx, i / width - cy);
			if (d < best) { best = d; nearest = i; }
		}
		return new Peak(cx, cy, value, nearest % width, nearest / width);
	}

	/** Quadratic sub-pixel refinement; neighbours outside the image are mirrored through the peak pixel. */
	private static Peak refinedPeak(float[] v, int width, int height, int i) {
		int x = i % width, y = i / width;
		double[] nine = new double[9];
		for (int dy = -1; dy <= 1; dy++) {
			int yy = y + dy < 0 || y + dy >= height ? y - dy : y + dy;
			for (int dx = -1; dx <= 1; dx++) {
				int xx = x + dx < 0 || x + dx >= width ? x - dx : x + dx;
				xx = Math.min(width - 1, Math.max(0, xx));
				yy = Math.min(height - 1, Math.max(0, yy));
				nine[(dy + 1) * 3 + dx + 1] = v[yy * width + xx];
			}
		}
		double[] offset = SubPixel.refineMaximum(nine);
		return new Peak(x + offset[0], y + offset[1], v[i], x, y);
	}

	/** Greedy thinning, strongest first: drops any peak closer than {@code radius} to one already kept. */
	private static List<Peak> thin(List<Peak> sorted, int width, int height, double radius) {
		double cell = radius;
		int gridW = (int) (width / cell) + 2, gridH = (int) (height / cell) + 2;
		int[] head = new int[gridW * gridH];
		Arrays.fill(head, -1);
		int[] next = new int[sorted.size()];
		List<Peak> kept = new ArrayList<>();
		double r2 = radius * radius;
		for (Peak p : sorted) {
			int cx = cellIndex(p.x(), cell, gridW), cy = cellIndex(p.y(), cell, gridH);
			if (!hasNeighbourWithin(kept, head, next, gridW, gridH, cx, cy, p, r2)) {
				int index = kept.size();
				kept.add(p);
				int c = cy * gridW + cx;
				next[index] = head[c];
				head[c] = index;
			}
		}
		return kept;
	}

	private static int cellIndex(double coordinate, double cell, int cells) {
		return Math.min(cells - 1, Math.max(0, (int) Math.floor(coordinate / cell) + 1));
	}

	private static boolean hasNeighbourWithin(List<Peak> kept, int[] head, int[] next, int gridW, int gridH, int cx, int cy, Peak p, double r2) {
		for (int gy = Math.max(0, cy - 1); gy <= Math.min(gridH - 1, cy + 1); gy++) {
			for (int gx = Math.max(0, cx - 1); gx <= Math.min(gridW - 1, cx + 1); gx++) {
				for (int k = head[gy * gridW + gx]; k >= 0; k = next[k]) {
					Peak q = kept.get(k);
					double dx = q.x() - p.x(), dy = q.y() - p.y();
					if (dx * dx + dy * dy < r2) return true;
				}
			}
		}
		return false;
	}
}
