package org.stemsift.patterson;

import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.core.lattice.LatticeEstimate;

/**
 * Scheme one of Guo et al.: one square segment per unit cell, centred on the cell's brightest column or on its central
 * hole ({@link SiteFinder}), with a side of one lattice spacing unless given. With periodic boundaries such a segment
 * is a tile of the crystal, so its Patterson map is that of the unit cell wherever the centre lies inside it.
 */
public final class UnitCellSegmentation {

	private UnitCellSegmentation() {}

	/**
	 * @param side segment side in px, or 0 for the rounded spacing
	 * @throws IllegalArgumentException when the segment is larger than the image or no segment fits
	 */
	public static Segmentation segment(Image2D image, LatticeEstimate lattice, SiteType type, double separation, int side) {
		int s = side > 0 ? side : Math.max(4, (int) Math.round(lattice.spacing()));
		if (s > image.width() || s > image.height())
			throw new IllegalArgumentException("Segment size " + s + " px is larger than the " + image.width() + " x " + image.height() + " image; choose a smaller segment size");
		List<SiteFinder.Site> sites = SiteFinder.find(image, lattice, type, separation);
		double[] x = sites.stream().mapToDouble(SiteFinder.Site::x).toArray(), y = sites.stream().mapToDouble(SiteFinder.Site::y).toArray();
		SegmentCropper.Cut cut = SegmentCropper.cut(image, null, x, y, s);
		if (cut == null) throw new IllegalArgumentException("No segment of " + s + " px fits inside the image around the " + sites.size() + " sites found");
		int n = cut.kept().length;
		double[] kx = new double[n], ky = new double[n];
		boolean[] filled = new boolean[n];
		for (int k = 0; k < n; k++) {
			SiteFinder.Site site = sites.get(cut.kept()[k]);
			kx[k] = site.x();
			ky[k] = site.y();
			filled[k] = site.filled();
		}
		return new Segmentation(cut.stack(), kx, ky, 0, filled, lattice.spacing());
	}
}
