package org.stemsift.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * An n-dimensional NumPy array read as floats: its shape (C order, last axis fastest, as NumPy prints it), the values,
 * and the element type the file stored. Callers that know what they expect ask for {@link #toImage} or
 * {@link #toPatches}, which drop axes of length 1 so that the common {@code (1, h, w)}, {@code (n, h, w, 1)} and
 * {@code (n, 1, h, w)} layouts of deep-learning code are accepted too.
 */
public final class NpyArray {

	private final int[] shape;
	private final float[] data;
	private final SampleType storedType;

	public NpyArray(int[] shape, float[] data, SampleType storedType) {
		long n = 1;
		for (int d : shape) n *= d;
		if (n != data.length) throw new IllegalArgumentException("Shape " + shapeText(shape) + " needs " + n + " values, got " + data.length);
		this.shape = shape.clone();
		this.data = data;
		this.storedType = storedType;
	}

	/** The shape in NumPy order, e.g. {@code [n, h, w]} (a copy). */
	public int[] shape() { return shape.clone(); }

	public int rank() { return shape.length; }

	/** The values in C order (not a copy). */
	public float[] data() { return data; }

	/** The element type in the file, before conversion to float. */
	public SampleType storedType() { return storedType; }

	/** The shape as NumPy prints it: {@code (3, 4)}. */
	public String shapeText() { return shapeText(shape); }

	/** As a 2-D {@code (h, w)} image; throws with the actual shape if the array is not 2-D after dropping length-1 axes. */
	public Image2D toImage(String name) {
		int[] s = squeeze(2, "a 2-D image (height, width)");
		return new Image2D(s[1], s[0], data, Calibration.PIXELS, name);
	}

	/** As {@code (n, h, w)} patches; throws with the actual shape if the array is not 3-D after dropping length-1 axes. */
	public PatchStack toPatches() {
		int[] s = squeeze(3, "a stack of patches (count, height, width)");
		return new PatchStack(s[0], s[2], s[1], data);
	}

	private int[] squeeze(int rank, String expected) {
		List<Integer> dims = new ArrayList<>();
		for (int d : shape) dims.add(d);
		for (int i = 0; i < dims.size() && dims.size() > rank; ) {
			if (dims.get(i) == 1) dims.remove(i);
			else i++;
		}
		if (dims.size() != rank || dims.contains(0))
			throw new IllegalArgumentException("The array has shape " + shapeText() + " but " + expected + " is needed"
				+ (rank == 3 && dims.size() == 2 ? "; add a leading axis with a[np.newaxis] to make it a stack of one" : "")
				+ (rank == 2 && dims.size() == 3 ? "; it looks like a stack: read it as patches, or save one image with a[i]" : ""));
		return dims.stream().mapToInt(Integer::intValue).toArray();
	}

	static String shapeText(int[] shape) {
		return shapeText(Arrays.stream(shape).asLongStream().toArray());
	}

	static String shapeText(long[] shape) {
		if (shape.length == 1) return "(" + shape[0] + ",)";
		return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
	}

	@Override
	public String toString() {
		return "NpyArray[" + storedType.label() + " " + shapeText() + "]";
	}
}
