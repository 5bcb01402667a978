package org.stemsift.core;

/**
 * A stack of equally sized square-or-rectangular 2-D patches, stored contiguously: patch {@code i}, pixel (x, y) is at
 * {@code data[i * width * height + y * width + x]}. This is the layout of a C-order NumPy array (n, height, width).
 */
public final class PatchStack {

	private final int count;
	private final int width;
	private final int height;
	private final float[] data;
	private final String[] names;

	public PatchStack(int count, int width, int height, float[] data, String[] names) {
		if (count <= 0 || width <= 0 || height <= 0) throw new IllegalArgumentException("Patch stack dimensions must be positive: " + count + " x " + width + " x " + height);
		if (data.length != (long) count * width * height) throw new IllegalArgumentException("Patch stack holds " + data.length + " values, expected " + count + " x " + width + " x " + height);
		if (names != null && names.length != count) throw new IllegalArgumentException("Need one name per patch");
		this.count = count;
		this.width = width;
		this.height = height;
		this.data = data;
		this.names = names;
	}

	public PatchStack(int count, int width, int height, float[] data) {
		this(count, width, height, data, null);
	}

	public int count() { return count; }

	public int width() { return width; }

	public int height() { return height; }

	public int patchSize() { return width * height; }

	public float[] data() { return data; }

	/** Name of patch i: a file name when read from a folder, else its index. */
	public String name(int i) { return names == null ? Integer.toString(i) : names[i]; }

	/** Copy of patch i as an image. */
	public Image2D patch(int i) {
		float[] p = new float[width * height];
		System.arraycopy(data, i * width * height, p, 0, p.length);
		return new Image2D(width, height, p, Calibration.PIXELS, name(i));
	}

	public static PatchStack of(java.util.List<Image2D> patches) {
		if (patches.isEmpty()) throw new IllegalArgumentException("No patches");
		int w = patches.get(0).width(), h = patches.get(0).height();
		float[] data = new float[patches.size() * w * h];
		String[] names = new String[patches.size()];
		for (int i = 0; i < patches.size(); i++) {
			Image2D p = patches.get(i);
			if (p.width() != w || p.height() != h)
				throw new IllegalArgumentException("Patch '" + p.name() + "' is " + p.width() + "x" + p.height() + " but the first patch is " + w + "x" + h + ": all patches must have the same size");
			System.arraycopy(p.pixels(), 0, data, i * w * h, w * h);
			names[i] = p.name();
		}
		return new PatchStack(patches.size(), w, h, data, names);
	}
}
