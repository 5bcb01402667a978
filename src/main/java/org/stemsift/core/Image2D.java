package org.stemsift.core;

import java.util.Arrays;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A 2-D gray image of 32-bit floats, row-major ({@code pixels[y * width + x]}), with its calibration. This is the
 * currency of the core: ImagePlus float processors and ImgLib2 {@link ArrayImg}s wrap the same array without a copy.
 */
public final class Image2D {

	private final int width;
	private final int height;
	private final float[] pixels;
	private final Calibration calibration;
	private final String name;

	public Image2D(int width, int height, float[] pixels, Calibration calibration, String name) {
		if (width <= 0 || height <= 0) throw new IllegalArgumentException("Image size must be positive, got " + width + " x " + height);
		if (pixels.length != (long) width * height)
			throw new IllegalArgumentException("Pixel array holds " + pixels.length + " values, expected " + width + " x " + height);
		this.width = width;
		this.height = height;
		this.pixels = pixels;
		this.calibration = calibration == null ? Calibration.PIXELS : calibration;
		this.name = name == null ? "image" : name;
	}

	public Image2D(int width, int height, float[] pixels) {
		this(width, height, pixels, Calibration.PIXELS, "image");
	}

	public static Image2D zeros(int width, int height) {
		return new Image2D(width, height, new float[width * height]);
	}

	public int width() { return width; }

	public int height() { return height; }

	/** The backing array (not a copy). */
	public float[] pixels() { return pixels; }

	public Calibration calibration() { return calibration; }

	public String name() { return name; }

	public float get(int x, int y) { return pixels[y * width + x]; }

	public void set(int x, int y, float v) { pixels[y * width + x] = v; }

	public Image2D copy() {
		return new Image2D(width, height, pixels.clone(), calibration, name);
	}

	public Image2D withName(String newName) {
		return new Image2D(width, height, pixels, calibration, newName);
	}

	public Image2D withCalibration(Calibration c) {
		return new Image2D(width, height, pixels, c, name);
	}

	/** Same size and calibration, new pixels. */
	public Image2D like(float[] newPixels, String newName) {
		return new Image2D(width, height, newPixels, calibration, newName);
	}

	/** An ImgLib2 view on the same pixels (no copy). */
	public ArrayImg<FloatType, FloatArray> asImg() {
		return ArrayImgs.floats(pixels, width, height);
	}

	/** Wraps an ImgLib2 float array image (no copy). */
	public static Image2D wrap(ArrayImg<FloatType, FloatArray> img, Calibration calibration, String name) {
		if (img.numDimensions() != 2) throw new IllegalArgumentException("Expected a 2-D image, got " + img.numDimensions() + "-D");
		return new Image2D((int) img.dimension(0), (int) img.dimension(1), img.update(null).getCurrentStorageArray(), calibration, name);
	}

	/** Crops a rectangle into a new image (copy). */
	public Image2D crop(int x0, int y0, int w, int h) {
		if (x0 < 0 || y0 < 0 || w <= 0 || h <= 0 || x0 + w > width || y0 + h > height)
			throw new IllegalArgumentException("Region " + x0 + "," + y0 + "," + w + "," + h + " lies outside the " + width + " x " + height + " image");
		float[] out = new float[w * h];
		for (int y = 0; y < h; y++) System.arraycopy(pixels, (y0 + y) * width + x0, out, y * w, w);
		Calibration c = new Calibration(calibration.originX() - x0, calibration.originY() - y0, calibration.scaleX(), calibration.scaleY(), calibration.unit());
		return new Image2D(w, h, out, c, name);
	}

	/** Throws with a message naming the first NaN or infinite pixel, if there is one. */
	public Image2D requireFinite() {
		for (int i = 0; i < pixels.length; i++) {
			if (!Float.isFinite(pixels[i]))
				throw new IllegalArgumentException("Image '" + name + "' has a " + (Float.isNaN(pixels[i]) ? "NaN" : "infinite") + " pixel at x=" + (i % width) + ", y=" + (i / width)
					+ ". Replace non-finite values (e.g. Process > Math > Remove NaNs) before analysis.");
		}
		return this;
	}

	public float min() { float m = Float.POSITIVE_INFINITY; for (float v : pixels) m = Math.min(m, v); return m; }

	public float max() { float m = Float.NEGATIVE_INFINITY; for (float v : pixels) m = Math.max(m, v); return m; }

	@Override
	public String toString() {
		return "Image2D[" + name + ", " + width + "x" + height + "]";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Image2D other && other.width == width && other.height == height && Arrays.equals(other.pixels, pixels);
	}

	@Override
	public int hashCode() { return Arrays.hashCode(pixels) * 31 + width; }
}
