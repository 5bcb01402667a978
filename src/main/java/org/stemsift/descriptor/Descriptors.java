package org.stemsift.descriptor;

import java.util.stream.IntStream;

import org.stemsift.core.PatchStack;
import org.stemsift.progress.Progress;

/** Applies a descriptor to every segment of a stack, in parallel, and checks segments. */
public final class Descriptors {

	private Descriptors() {}

	/** One feature row per segment of the (square) stack. */
	public static double[][] describeAll(SegmentDescriptor descriptor, PatchStack segments, Progress progress) {
		if (segments.width() != segments.height())
			throw new IllegalArgumentException("Segments must be square, got " + segments.width() + " x " + segments.height());
		int side = segments.width(), size = side * side;
		float[] data = segments.data();
		double[][] out = new double[segments.count()][];
		progress.checkCancelled();
		IntStream.range(0, segments.count()).parallel().forEach(i -> {
			float[] one = new float[size];
			System.arraycopy(data, i * size, one, 0, size);
			out[i] = descriptor.describe(one, side);
		});
		progress.checkCancelled();
		return out;
	}

	static void requireSegment(float[] segment, int side) {
		if (side < 2 || segment.length != side * side)
			throw new IllegalArgumentException("A segment of side " + side + " needs " + side * side + " pixels, got " + segment.length);
	}
}
