package org.stemsift.descriptor;

import java.util.HashMap;
import java.util.Map;

import org.jtransforms.fft.DoubleFFT_2D;
import org.scijava.plugin.Plugin;

/**
 * The magnitude of the segment's discrete Fourier transform, zero frequency at the centre pixel, divided by the number
 * of pixels. Translation-invariant like the Patterson map (a periodic shift only changes the phases) but in reciprocal
 * space, where a lattice gives sharp spots rather than the Patterson map's real-space vectors.
 */
@Plugin(type = SegmentDescriptor.class, name = FftMagnitudeDescriptor.NAME, label = "FFT magnitude", priority = 50)
public final class FftMagnitudeDescriptor implements SegmentDescriptor {

	public static final String NAME = "fft-magnitude";

	private static final ThreadLocal<Map<Integer, DoubleFFT_2D>> PLANS = ThreadLocal.withInitial(HashMap::new);

	@Override
	public double[] describe(float[] segment, int side) {
		Descriptors.requireSegment(segment, side);
		int n = side * side;
		double[] a = new double[2 * n];
		for (int i = 0; i < n; i++) a[2 * i] = segment[i];
		PLANS.get().computeIfAbsent(side, s -> new DoubleFFT_2D(s, s)).complexForward(a);
		double[] out = new double[n];
		int half = side / 2;
		for (int y = 0; y < side; y++) {
			int ty = (y + half) % side;
			for (int x = 0; x < side; x++) {
				int k = 2 * (y * side + x);
				out[ty * side + (x + half) % side] = Math.hypot(a[k], a[k + 1]) / n;
			}
		}
		return out;
	}

	@Override
	public boolean translationInvariant() { return true; }
}
