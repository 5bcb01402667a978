package org.stemsift.core.filter;

import java.util.stream.IntStream;

import org.stemsift.core.Image2D;

/**
 * Separable Gaussian smoothing with mirror boundaries, used to denoise before peak finding and to build smooth
 * backgrounds.
 * <p>
 * Why these choices: the kernel is the sampled Gaussian truncated at 4 sigma and normalised to sum 1, so flat regions
 * keep their level. The boundary is the half-sample mirror ({@code ... c b a | a b c ...}); with a symmetric kernel
 * this is its own adjoint, so the blur preserves the image sum exactly (up to float rounding) and no intensity leaks
 * out at the border. The vertical pass adds whole rows, which keeps memory access sequential on large images. Rows
 * are filtered in parallel; the result does not depend on the number of threads.
 */
public final class GaussianBlur {

	/** Kernel half-width in units of sigma; the discarded tails hold 6e-5 of the mass. */
	public static final double TRUNCATION = 4.0;

	private GaussianBlur() {}

	/** A blurred copy; the input is left untouched. A sigma of 0 returns a copy. */
	public static Image2D blur(Image2D image, double sigma) {
		float[] out = image.pixels().clone();
		blurInPlace(out, image.width(), image.height(), sigma);
		return image.like(out, image.name());
	}

	/** Blurs a row-major {@code width x height} array in place. */
	public static void blurInPlace(float[] pixels, int width, int height, double sigma) {
		blurInPlace(pixels, width, height, sigma, sigma);
	}

	/** Blurs in place with different widths along x and y (a sigma of 0 skips that axis). */
	public static void blurInPlace(float[] pixels, int width, int height, double sigmaX, double sigmaY) {
		if (pixels.length != (long) width * height)
			throw new IllegalArgumentException("Pixel array holds " + pixels.length + " values, expected " + width + " x " + height);
		if (!(sigmaX >= 0) || !(sigmaY >= 0) || Double.isInfinite(sigmaX) || Double.isInfinite(sigmaY))
			throw new IllegalArgumentException("Gaussian sigma must be a finite number >= 0, got " + sigmaX + ", " + sigmaY);
		if (sigmaX > 0) blurRows(pixels, width, height, kernel(sigmaX));
		if (sigmaY > 0) blurColumns(pixels, width, height, kernel(sigmaY));
	}

	/**
	 * The normalised sampled kernel {@code k[0..r]} (one half; {@code k[-i] = k[i]}), radius {@code ceil(4 sigma)}.
	 */
	public static float[] kernel(double sigma) {
		if (!(sigma > 0) || !Double.isFinite(sigma)) throw new IllegalArgumentException("Gaussian sigma must be a positive number, got " + sigma);
		int radius = Math.max(1, (int) Math.ceil(TRUNCATION * sigma));
		double[] k = new double[radius + 1];
		double sum = 0;
		for (int i = 0; i <= radius; i++) {
			k[i] = Math.exp(-0.5 * i * i / (sigma * sigma));
			sum += i == 0 ? k[i] : 2 * k[i];
		}
		float[] out = new float[radius + 1];
		for (int i = 0; i <= radius; i++) out[i] = (float) (k[i] / sum);
		return out;
	}

	/** Index of the half-sample mirror image of {@code i} in {@code [0, n)}, valid for any integer. */
	static int mirror(int i, int n) {
		int period = 2 * n;
		int m = Math.floorMod(i, period);
		return m < n ? m : period - 1 - m;
	}

	private static void blurRows(float[] pixels, int width, int height, float[] k) {
		int r = k.length - 1;
		IntStream.range(0, height).parallel().forEach(y -> {
			float[] padded = new float[width + 2 * r];
			int offset = y * width;
			for (int i = 0; i < padded.length; i++) padded[i] = pixels[offset + mirror(i - r, width)];
			for (int x = 0; x < width; x++) {
				int c = x + r;
				float sum = k[0] * padded[c];
				for (int j = 1; j <= r; j++) sum += k[j] * (padded[c - j] + padded[c + j]);
				pixels[offset + x] = sum;
			}
		});
	}

	private static void blurColumns(float[] pixels, int width, int height, float[] k) {
		int r = k.length - 1;
		float[] source = pixels.clone();
		IntStream.range(0, height).parallel().forEach(y -> {
			float[] acc = new float[width];
			addRow(acc, source, y * width, width, k[0]);
			for (int j = 1; j <= r; j++) {
				addRow(acc, source, mirror(y - j, height) * width, width, k[j]);
				addRow(acc, source, mirror(y + j, height) * width, width, k[j]);
			}
			System.arraycopy(acc, 0, pixels, y * width, width);
		});
	}

	private static void addRow(float[] acc, float[] source, int offset, int width, float weight) {
		for (int x = 0; x < width; x++) acc[x] += weight * source[offset + x];
	}
}
