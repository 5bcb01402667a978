package org.stemsift.patterson;

import java.util.ArrayList;
import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.core.filter.GaussianBlur;
import org.stemsift.core.filter.LocalExtrema;
import org.stemsift.core.filter.Peak;
import org.stemsift.core.lattice.LatticeEstimate;
import org.stemsift.core.lattice.Vector2;

/**
 * Finds one site per unit cell for the unit-cell-centred segmentation (scheme one).
 * <p>
 * How: the image is smoothed with a Gaussian of a tenth of the spacing (noise would otherwise make false extrema);
 * local maxima (or minima, for holes) at least {@code separation x spacing} apart are found with sub-pixel positions.
 * The separation of 0.75 spacings keeps the brightest column of each cell and drops the dimmer columns within the
 * cell. Then gaps are filled from the lattice: wherever an existing site predicts a neighbour at {@code ±a1, ±a2} and
 * no site lies within a third of the spacing of that prediction, a site is added at the mean of the predictions.
 * Why: a vacancy, or a column too dim to be an extremum, has no extremum of its own, yet it is exactly the cell a
 * defect detector must look at.
 */
public final class SiteFinder {

	/** Default minimum distance between sites, in spacings. */
	public static final double DEFAULT_SEPARATION = 0.75;

	private SiteFinder() {}

	/** A site: sub-pixel position and whether it was added from the lattice rather than found as an extremum. */
	public record Site(double x, double y, boolean filled) {}

	public static List<Site> find(Image2D image, LatticeEstimate lattice, SiteType type, double separation) {
		double spacing = lattice.spacing();
		if (!(separation > 0)) throw new IllegalArgumentException("Site separation must be positive, got " + separation);
		Image2D smooth = GaussianBlur.blur(image, spacing / 10);
		double minDistance = Math.max(1, separation * spacing);
		List<Peak> peaks = type == SiteType.COLUMN ? LocalExtrema.findMaxima(smooth, minDistance, Double.NEGATIVE_INFINITY)
			: LocalExtrema.findMinima(smooth, minDistance, Double.POSITIVE_INFINITY);
		List<Site> sites = new ArrayList<>();
		for (Peak p : peaks) sites.add(new Site(p.x(), p.y(), false));
		if (lattice.a2() != null) sites.addAll(gaps(sites, lattice, image.width(), image.height()));
		return sites;
	}

	/** Lattice positions predicted by existing sites where no site is. */
	static List<Site> gaps(List<Site> sites, LatticeEstimate lattice, int width, int height) {
		double spacing = lattice.spacing(), tolerance = spacing / 3;
		SpatialGrid grid = new SpatialGrid(spacing, width, height);
		for (int i = 0; i < sites.size(); i++) grid.add(i, sites.get(i).x(), sites.get(i).y());
		Vector2[] steps = { lattice.a1(), lattice.a1().times(-1), lattice.a2(), lattice.a2().times(-1) };
		List<double[]> predictions = new ArrayList<>(); // {x sum, y sum, count}
		SpatialGrid predicted = new SpatialGrid(spacing, width, height);
		for (Site s : sites) {
			for (Vector2 step : steps) {
				double px = s.x() + step.x(), py = s.y() + step.y();
				if (px < 0 || py < 0 || px > width - 1 || py > height - 1) continue;
				if (grid.nearest(sites, px, py, tolerance) >= 0) continue;
				int k = predicted.nearestPoint(predictions, px, py, tolerance);
				if (k < 0) {
					predictions.add(new double[] { px, py, 1 });
					predicted.add(predictions.size() - 1, px, py);
				} else {
					double[] p = predictions.get(k);
					p[0] += px;
					p[1] += py;
					p[2]++;
				}
			}
		}
		List<Site> out = new ArrayList<>();
		for (double[] p : predictions) if (p[2] >= 2) out.add(new Site(p[0] / p[2], p[1] / p[2], true));
		return out;
	}
}
