package org.stemsift.descriptor;

import java.util.HashMap;
import java.util.Map;

import org.jtransforms.fft.DoubleFFT_2D;
import org.scijava.plugin.Plugin;

/**
 * The Patterson map of a segment: its autocorrelation with periodic boundaries, {@code P = F⁻¹(|F(ρ)|²)} divided by
 * the number of pixels, with zero lag moved to the centre pixel ({@code side / 2}).
 * <p>
 * Why: {@code P(u)} is the sum over the segment of {@code ρ(r) ρ(r + u)}, a function of the vectors between columns
 * only, so it is the same wherever the unit cell sits inside the segment (exactly so for a periodic shift). Segments
 * centred a pixel or two off, or on a different column of the cell, then describe the same structure, and the
 * remaining variation is the structure itself (Guo et al., npj Comput Mater 7, 180, 2021). The map is also
 * point-symmetric, so it carries about half as many independent numbers as the segment.
 */
@Plugin(type = SegmentDescriptor.class, name = PattersonDescriptor.NAME, label = "Patterson map", priority = 100)
public final class PattersonDescriptor implements SegmentDescriptor {

	public static final String NAME = "patterson";

	/** DoubleFFT_2D instances per side, one set per thread (JTransforms plans are not documented as thread-safe). */
	private static final ThreadLocal<Map<Integer, DoubleFFT_2D>> PLANS = ThreadLocal.withInitial(HashMap::new);

	@Override
	public double[] describe(float[] segment, int side) {
		Descriptors.requireSegment(segment, side);
		int n = side * side;
		double[] a = new double[2 * n];
		for (int i = 0; i < n; i++) a[2 * i] = segment[i];
		DoubleFFT_2D fft = PLANS.get().computeIfAbsent(side, s -> new DoubleFFT_2D(s, s));
		fft.complexForward(a);
		for (int k = 0; k < a.length; k += 2) {
			a[k] = a[k] * a[k] + a[k + 1] * a[k + 1];
			a[k + 1] = 0;
		}
		fft.complexInverse(a, true);
		double[] out = new double[n];
		int half = side / 2;
		for (int y = 0; y < side; y++) {
			int ty = (y + half) % side;
			for (int x = 0; x < side; x++) out[ty * side + (x + half) % side] = a[2 * (y * side + x)] / n;
		}
		return out;
	}

	@Override
	public boolean translationInvariant() { return true; }
}
