package org.stemsift.descriptor;

import java.util.stream.IntStream;

import org.stemsift.core.PatchStack;
import org.stemsift.progress.Progress;

/** Applies a descriptor to every segment of a stack, in parallel, and checks segments. */
public final class Descriptors {

	private Descriptors() {}

	/**
	 * One feature row per segment of the (square) stack.
	 *
	 * @param normalize first bring each segment to zero mean and unit variance, so that features describe the arrangement
	 *            of intensity rather than its level (thickness or brightness changes across a particle)
	 */
	public static double[][] describeAll(SegmentDescriptor descriptor, PatchStack segments, boolean normalize, Progress progress) {
		if (segments.width() != segments.height())
			throw new IllegalArgumentException("Segments must be square, got " + segments.width() + " x " + segments.height());
		int side = segments.width(), size = side * side;
		float[] data = segments.data();
		double[][] out = new double[segments.count()][];
		progress.checkCancelled();
		IntStream.range(0, segments.count()).parallel().forEach(i -> {
			float[] one = new float[size];
			System.arraycopy(data, i * size, one, 0, size);
			if (normalize) normalizeInPlace(one);
			out[i] = descriptor.describe(one, side);
		});
		progress.checkCancelled();
		return out;
	}

	/** Zero mean, unit variance (a constant segment becomes all zeros). */
	static void normalizeInPlace(float[] v) {
		double mean = 0, ss = 0;
		for (float x : v) mean += x;
		mean /= v.length;
		for (float x : v) ss += (x - mean) * (x - mean);
		double sd = Math.sqrt(ss / v.length);
		for (int i = 0; i < v.length; i++) v[i] = (float) (sd > 0 ? (v[i] - mean) / sd : 0);
	}

	static void requireSegment(float[] segment, int side) {
		if (side < 2 || segment.length != side * side)
			throw new IllegalArgumentException("A segment of side " + side + " needs " + side * side + " pixels, got " + segment.length);
	}
}
