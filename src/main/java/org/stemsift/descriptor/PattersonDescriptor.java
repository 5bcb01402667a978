package org.stemsift.descriptor;

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

	@Override
	public double[] describe(float[] segment, int side) {
		double[] a = SegmentFft.forward(segment, side);
		for (int k = 0; k < a.length; k += 2) {
			a[k] = a[k] * a[k] + a[k + 1] * a[k + 1];
			a[k + 1] = 0;
		}
		SegmentFft.plan(side).complexInverse(a, true);
		int n = side * side;
		return SegmentFft.centred(side, k -> a[2 * k] / n);
	}

	@Override
	public boolean translationInvariant() { return true; }
}
