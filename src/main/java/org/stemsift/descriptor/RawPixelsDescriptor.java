package org.stemsift.descriptor;

import org.scijava.plugin.Plugin;

/** The pixels of the segment as they are: the baseline that shows what the translation-invariant descriptors add. */
@Plugin(type = SegmentDescriptor.class, name = RawPixelsDescriptor.NAME, label = "Raw pixels", priority = 0)
public final class RawPixelsDescriptor implements SegmentDescriptor {

	public static final String NAME = "raw";

	@Override
	public double[] describe(float[] segment, int side) {
		Descriptors.requireSegment(segment, side);
		double[] out = new double[segment.length];
		for (int i = 0; i < out.length; i++) out[i] = segment[i];
		return out;
	}

	@Override
	public boolean translationInvariant() { return false; }
}
