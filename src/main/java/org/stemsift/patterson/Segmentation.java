package org.stemsift.patterson;

import org.stemsift.core.PatchStack;

/**
 * Square segments cut from an image and where they came from.
 *
 * @param segments the segments, {@code side x side} each
 * @param x centre of each segment in the input image, px (pixel centres at integer coordinates)
 * @param y centre of each segment
 * @param angle rotation of the segments' axes against the image axes, radians (0 for scheme one; for scheme two the
 *            angle that aligned the fringes)
 * @param filled per segment, whether its site was filled in from the lattice (no extremum of its own); may be null
 * @param spacing the lattice spacing (scheme one) or interplanar spacing (scheme two) in px
 */
public record Segmentation(PatchStack segments, double[] x, double[] y, double angle, boolean[] filled, double spacing) {

	public int count() { return segments.count(); }

	public int side() { return segments.width(); }
}
