package org.stemsift.core.lattice;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The normalised autocorrelation of an image for lags up to {@code maxLag} px, computed by FFT (|F|², then the inverse
 * transform) with zero padding so no lag wraps around.
 * <p>
 * Why this normalisation: the mean is subtracted first, and each lag is divided by the number of overlapping pixel
 * pairs (the unbiased estimator), so a perfect lattice gives the same height at every lattice vector instead of peaks
 * fading with distance; the map is then divided by the zero-lag value, making heights comparable across images (1 =
 * identical under that shift, about 0 for unrelated content).
 */
public final class Autocorrelation {

	private final int maxLag;
	private final int side;
	private final double[] values;

	private Autocorrelation(int maxLag, double[] values) {
		this.maxLag = maxLag;
		this.side = 2 * maxLag + 1;
		this.values = values;
	}

	/**
	 * @throws IllegalArgumentException when the image is constant (no structure at all)
	 */
	public static Autocorrelation compute(float[] pixels, int width, int height, int maxLag) {
		if (pixels.length != (long) width * height)
			throw new IllegalArgumentException("Pixel array holds " + pixels.length + " values, expected " + width + " x " + height);
		if (maxLag < 1 || maxLag >= width || maxLag >= height)
			throw new IllegalArgumentException("Maximum lag " + maxLag + " does not fit a " + width + " x " + height + " image");
		int paddedW = fastSize(width + maxLag), paddedH = fastSize(height + maxLag);
		double mean = 0;
		for (float v : pixels) mean += v;
		mean /= pixels.length;
		double[] a = new double[paddedH * 2 * paddedW];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) a[y * paddedW + x] = pixels[y * width + x] - mean;
		DoubleFFT_2D fft = new DoubleFFT_2D(paddedH, paddedW);
		fft.realForwardFull(a);
		for (int k = 0; k < a.length; k += 2) {
			a[k] = a[k] * a[k] + a[k + 1] * a[k + 1];
			a[k + 1] = 0;
		}
		fft.complexInverse(a, true);
		int side = 2 * maxLag + 1;
		double[] values = new double[side * side];
		for (int dy = -maxLag; dy <= maxLag; dy++) {
			for (int dx = -maxLag; dx <= maxLag; dx++) {
				int row = Math.floorMod(dy, paddedH), col = Math.floorMod(dx, paddedW);
				double pairs = (double) (width - Math.abs(dx)) * (height - Math.abs(dy));
				values[(dy + maxLag) * side + dx + maxLag] = a[2 * (row * paddedW + col)] / pairs;
			}
		}
		double zeroLag = values[maxLag * side + maxLag];
		if (!(zeroLag > 1e-12 * Math.max(1, mean * mean)))
			throw new IllegalArgumentException("No periodicity found: the image is flat");
		for (int i = 0; i < values.length; i++) values[i] /= zeroLag;
		return new Autocorrelation(maxLag, values);
	}

	public int maxLag() { return maxLag; }

	/** Normalised autocorrelation at an integer lag, |dx|, |dy| &le; maxLag. */
	public double at(int dx, int dy) {
		return values[(dy + maxLag) * side + dx + maxLag];
	}

	/** Bilinear interpolation at a fractional lag inside the map. */
	public double interpolate(double dx, double dy) {
		double fx = dx + maxLag, fy = dy + maxLag;
		int x0 = Math.min(side - 2, Math.max(0, (int) Math.floor(fx)));
		int y0 = Math.min(side - 2, Math.max(0, (int) Math.floor(fy)));
		double tx = fx - x0, ty = fy - y0;
		double top = values[y0 * side + x0] * (1 - tx) + values[y0 * side + x0 + 1] * tx;
		double bottom = values[(y0 + 1) * side + x0] * (1 - tx) + values[(y0 + 1) * side + x0 + 1] * tx;
		return top * (1 - ty) + bottom * ty;
	}

	/** Smallest n &ge; minimum whose only prime factors are 2, 3 and 5, where FFTs are fastest. */
	static int fastSize(int minimum) {
		for (int n = Math.max(1, minimum);; n++) {
			int m = n;
			for (int p : new int[] { 2, 3, 5 }) while (m % p == 0) m /= p;
			if (m == 1) return n;
		}
	}
}
