package org.stemsift.model;

import java.util.SplittableRandom;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Where training crops come from: random windows of a (pre-blurred) reference image or region, or random windows of
 * a stack of (pre-blurred) patches. With augmentation each crop is also rotated by a random multiple of 90° and
 * possibly mirrored, which suits lattices with square or hexagonal symmetry and multiplies the effective data.
 */
public abstract class CropSource {

	protected final int size;
	private final boolean augment;

	protected CropSource(int size, boolean augment) {
		this.size = size;
		this.augment = augment;
	}

	public int size() { return size; }

	/** Writes one crop of size×size into dest at offset. */
	public final void next(float[] dest, int offset, SplittableRandom random) {
		float[] crop = new float[size * size];
		cut(crop, random);
		if (augment) orient(crop, dest, offset, random.nextInt(8));
		else System.arraycopy(crop, 0, dest, offset, crop.length);
	}

	protected abstract void cut(float[] crop, SplittableRandom random);

	/** One of the 8 symmetries of the square: bit 0 mirrors x, bits 1–2 rotate by 90° steps. */
	private void orient(float[] crop, float[] dest, int offset, int symmetry) {
		boolean mirror = (symmetry & 1) != 0;
		int turns = symmetry >> 1;
		int n = size - 1;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int sx = mirror ? n - x : x, sy = y;
				for (int t = 0; t < turns; t++) {
					int tmp = sx;
					sx = sy;
					sy = n - tmp;
				}
				dest[offset + y * size + x] = crop[sy * size + sx];
			}
		}
	}

	/** Random windows anywhere inside an image. */
	public static CropSource fromImage(Image2D blurred, int size, boolean augment) {
		if (blurred.width() < size || blurred.height() < size)
			throw new IllegalArgumentException("The training region is " + blurred.width() + "x" + blurred.height() + " px, smaller than one " + size + "x" + size
				+ " patch: choose a larger region or a smaller patch size");
		return new CropSource(size, augment) {
			@Override
			protected void cut(float[] crop, SplittableRandom random) {
				int x0 = random.nextInt(blurred.width() - size + 1);
				int y0 = random.nextInt(blurred.height() - size + 1);
				float[] px = blurred.pixels();
				for (int y = 0; y < size; y++) System.arraycopy(px, (y0 + y) * blurred.width() + x0, crop, y * size, size);
			}
		};
	}

	/** A random patch of the stack, and a random window of it when patches are larger than the network's input. */
	public static CropSource fromPatches(PatchStack blurred, int size, boolean augment) {
		if (blurred.width() < size || blurred.height() < size)
			throw new IllegalArgumentException("The patches are " + blurred.width() + "x" + blurred.height() + " px, smaller than the network's " + size + "x" + size
				+ " input: choose a patch size of at most " + Math.min(blurred.width(), blurred.height()));
		return new CropSource(size, augment) {
			@Override
			protected void cut(float[] crop, SplittableRandom random) {
				int i = random.nextInt(blurred.count());
				int x0 = random.nextInt(blurred.width() - size + 1);
				int y0 = random.nextInt(blurred.height() - size + 1);
				int base = i * blurred.patchSize();
				for (int y = 0; y < size; y++) System.arraycopy(blurred.data(), base + (y0 + y) * blurred.width() + x0, crop, y * size, size);
			}
		};
	}
}
