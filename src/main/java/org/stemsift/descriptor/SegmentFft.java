package org.stemsift.descriptor;

import java.util.HashMap;
import java.util.Map;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The FFT steps the reciprocal-space descriptors share: a segment's complex 2-D transform (interleaved re, im) and the
 * shift that puts the zero frequency (or zero lag) at the centre pixel {@code side / 2}. Public for the patch features'
 * power spectrum (cluster/feature).
 */
public final class SegmentFft {

	/** DoubleFFT_2D instances per side, one set per thread (JTransforms plans are not documented as thread-safe). */
	private static final ThreadLocal<Map<Integer, DoubleFFT_2D>> PLANS = ThreadLocal.withInitial(HashMap::new);

	private SegmentFft() {}

	public static DoubleFFT_2D plan(int side) {
		return PLANS.get().computeIfAbsent(side, s -> new DoubleFFT_2D(s, s));
	}

	/** The forward transform of a real segment, as interleaved complex values. */
	public static double[] forward(float[] segment, int side) {
		Descriptors.requireSegment(segment, side);
		double[] a = new double[2 * side * side];
		for (int i = 0; i < segment.length; i++) a[2 * i] = segment[i];
		plan(side).complexForward(a);
		return a;
	}

	/** Real values {@code value(k)} for each pixel k of an unshifted map, moved so index 0 lands at the centre. */
	static double[] centred(int side, java.util.function.IntToDoubleFunction value) {
		double[] out = new double[side * side];
		int half = side / 2;
		for (int y = 0; y < side; y++) {
			int ty = (y + half) % side;
			for (int x = 0; x < side; x++) out[ty * side + (x + half) % side] = value.applyAsDouble(y * side + x);
		}
		return out;
	}
}
