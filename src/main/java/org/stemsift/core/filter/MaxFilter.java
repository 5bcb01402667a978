package org.stemsift.core.filter;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Grey-level dilation (running maximum) over a square window, in constant time per pixel whatever the window size.
 * <p>
 * Why: peak finding on 4096² images with windows of tens of pixels would cost O(r²) per pixel done naively. This uses
 * the van Herk / Gil-Werman algorithm (block-wise prefix and suffix maxima, three comparisons per pixel) along rows;
 * the column pass runs on a blocked transpose so both passes read memory sequentially. The window is clipped at the
 * image border (outside pixels count as minus infinity). NaN pixels are treated as minus infinity as well.
 */
public final class MaxFilter {

	private static final int TRANSPOSE_BLOCK = 32;

	private MaxFilter() {}

	/**
	 * Maximum over the {@code (2 radius + 1)²} window around each pixel, as a new array; the input is not modified.
	 */
	public static float[] filter(float[] pixels, int width, int height, int radius) {
		if (pixels.length != (long) width * height)
			throw new IllegalArgumentException("Pixel array holds " + pixels.length + " values, expected " + width + " x " + height);
		if (radius < 0) throw new IllegalArgumentException("Window radius must not be negative, got " + radius);
		float[] rows = pixels.clone();
		if (radius == 0) return rows;
		filterRowsInPlace(rows, width, height, radius);
		float[] transposed = transpose(rows, width, height);
		filterRowsInPlace(transposed, height, width, radius);
		transpose(transposed, height, width, rows);
		return rows;
	}

	/** Running maximum along each row of a row-major array, in place. */
	static void filterRowsInPlace(float[] pixels, int width, int height, int radius) {
		int window = 2 * radius + 1;
		int paddedLength = ((width + 2 * radius + window - 1) / window) * window;
		// short-lived scratch lines per row: cheap next to the filtering and free of thread-sharing concerns
		IntStream.range(0, height).parallel().forEach(y -> runningMax(pixels, y * width, width, radius,
			new float[paddedLength], new float[paddedLength], new float[paddedLength]));
	}

	/** Van Herk / Gil-Werman running maximum of one line, written back over the line. */
	private static void runningMax(float[] data, int offset, int n, int radius, float[] line, float[] prefix, float[] suffix) {
		int window = 2 * radius + 1;
		int length = line.length;
		Arrays.fill(line, Float.NEGATIVE_INFINITY);
		for (int i = 0; i < n; i++) {
			float v = data[offset + i];
			line[i + radius] = Float.isNaN(v) ? Float.NEGATIVE_INFINITY : v;
		}
		for (int start = 0; start < length; start += window) {
			int end = start + window - 1;
			prefix[start] = line[start];
			for (int i = start + 1; i <= end; i++) prefix[i] = Math.max(prefix[i - 1], line[i]);
			suffix[end] = line[end];
			for (int i = end - 1; i >= start; i--) suffix[i] = Math.max(suffix[i + 1], line[i]);
		}
		// output i covers padded positions [i, i + window - 1]
		for (int i = 0; i < n; i++) data[offset + i] = Math.max(suffix[i], prefix[i + window - 1]);
	}

	/** Transposes a row-major {@code width x height} array into a new {@code height x width} one. */
	static float[] transpose(float[] src, int width, int height) {
		float[] dst = new float[src.length];
		transpose(src, width, height, dst);
		return dst;
	}

	static void transpose(float[] src, int width, int height, float[] dst) {
		int blocksY = (height + TRANSPOSE_BLOCK - 1) / TRANSPOSE_BLOCK;
		IntStream.range(0, blocksY).parallel().forEach(by -> {
			int y0 = by * TRANSPOSE_BLOCK, y1 = Math.min(height, y0 + TRANSPOSE_BLOCK);
			for (int x0 = 0; x0 < width; x0 += TRANSPOSE_BLOCK) {
				int x1 = Math.min(width, x0 + TRANSPOSE_BLOCK);
				// write runs are contiguous; the block's source rows stay in cache while they are read by column
				for (int x = x0; x < x1; x++) {
					int out = x * height;
					for (int y = y0; y < y1; y++) dst[out + y] = src[y * width + x];
				}
			}
		});
	}
}
