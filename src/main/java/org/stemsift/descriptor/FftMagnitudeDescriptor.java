package org.stemsift.descriptor;

import org.scijava.plugin.Plugin;

/**
 * The magnitude of the segment's discrete Fourier transform, zero frequency at the centre pixel, divided by the number
 * of pixels. Translation-invariant like the Patterson map (a periodic shift only changes the phases) but in reciprocal
 * space, where a lattice gives sharp spots rather than the Patterson map's real-space vectors.
 */
@Plugin(type = SegmentDescriptor.class, name = FftMagnitudeDescriptor.NAME, label = "FFT magnitude", priority = 50)
public final class FftMagnitudeDescriptor implements SegmentDescriptor {

	public static final String NAME = "fft-magnitude";

	@Override
	public double[] describe(float[] segment, int side) {
		double[] a = SegmentFft.forward(segment, side);
		int n = side * side;
		return SegmentFft.centred(side, k -> Math.hypot(a[2 * k], a[2 * k + 1]) / n);
	}

	@Override
	public boolean translationInvariant() { return true; }
}
