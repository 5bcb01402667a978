package org.stemsift.core.lattice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.stemsift.core.Image2D;
import org.stemsift.core.filter.SubPixel;
import org.stemsift.core.lattice.LatticeBasis.Peak;

/**
 * Estimates the lattice period of an atomic-resolution image from its autocorrelation, so patch sizes, peak-finding
 * windows and matching radii can follow the data instead of being typed in.
 * <p>
 * How: the {@link Autocorrelation} of a central region (at most {@code maxRegionSize}² px, which keeps large images
 * fast; lags up to a quarter of the region) is searched for local maxima away from the origin. A maximum counts as a
 * peak when it is high (at least {@code minPeakHeight} of the zero-lag value, and above what smooth random texture
 * reaches by chance), and separated from the origin by a valley at least {@code minPeakHeight} deep, which rejects the
 * central lobe of blurred noise. Lattice translations reproduce the whole image and give the highest peaks; shifts
 * between sublattices (A to B in a perovskite) give lower ones. So the primitive vectors are the shortest peaks
 * reaching {@code latticePeakFraction} of the highest; if the peaks of an index-2 sublattice of those are consistently
 * (2 %) higher than the rest, that coarser lattice is the true one (perovskite with similar A and B columns). The basis
 * is finally fitted by least squares to all lattice peaks in the search window, which makes it accurate to a small
 * fraction of a pixel. When the sublattices are nearly alike (B above about 0.85 of A) the image is, to within the
 * noise, periodic with the shorter A-to-B shift, and that shorter spacing is reported. A striped image (peaks that
 * are ridges) gives a single vector across the stripes and no {@code a2}.
 */
public final class LatticeSpacing {

	/** Relative height drop that marks peaks as sublattice shifts rather than lattice translations. */
	private static final double SUBLATTICE_CONTRAST = 0.02;

	private int maxRegionSize = 1024;
	private double minPeakHeight = 0.1;
	private double latticePeakFraction = 0.85;

	/** Largest side of the central region analysed (default 1024). */
	public LatticeSpacing maxRegionSize(int px) {
		if (px < 16) throw new IllegalArgumentException("Region size must be at least 16 px, got " + px);
		maxRegionSize = px;
		return this;
	}

	/** Minimum autocorrelation height and depth, relative to zero lag, of a peak (default 0.1). */
	public LatticeSpacing minPeakHeight(double fraction) {
		if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("Peak height must lie in (0, 1), got " + fraction);
		minPeakHeight = fraction;
		return this;
	}

	/** Fraction of the highest peak a lattice translation must reach (default 0.85). */
	public LatticeSpacing latticePeakFraction(double fraction) {
		if (!(fraction > 0 && fraction <= 1)) throw new IllegalArgumentException("Lattice peak fraction must lie in (0, 1], got " + fraction);
		latticePeakFraction = fraction;
		return this;
	}

	/** Estimate with default parameters. */
	public static LatticeEstimate estimateDefault(Image2D image) {
		return new LatticeSpacing().estimate(image);
	}

	/**
	 * @throws IllegalArgumentException "No periodicity found ..." when no clear autocorrelation peak exists (noise,
	 *             amorphous material), or when the image is too small
	 */
	public LatticeEstimate estimate(Image2D image) {
		int w = Math.min(image.width(), maxRegionSize), h = Math.min(image.height(), maxRegionSize);
		int maxLag = Math.min(w, h) / 4;
		if (maxLag < 4)
			throw new IllegalArgumentException("Image of " + image.width() + " x " + image.height() + " px is too small to measure a lattice spacing (need at least 16 x 16)");
		Image2D region = image.crop((image.width() - w) / 2, (image.height() - h) / 2, w, h);
		Autocorrelation map = Autocorrelation.compute(region.pixels(), w, h, maxLag);

		double threshold = Math.max(minPeakHeight, significanceLevel(map, w, h));
		List<Peak> peaks = findPeaks(map, threshold);
		if (peaks.isEmpty())
			throw new IllegalArgumentException(String.format(Locale.ROOT, "No periodicity found: no autocorrelation peak reaches %.2f of the zero-lag value within %d px. "
				+ "The image may be noise or amorphous, or the lattice spacing exceeds a quarter of the analysed region.", threshold, maxLag));
		double highest = peaks.stream().mapToDouble(Peak::height).max().orElseThrow();
		List<Peak> strong = peaks.stream().filter(c -> c.height() >= latticePeakFraction * highest)
			.sorted(Comparator.comparingDouble(c -> c.vector().length())).toList();

		Vector2 first = strong.get(0).vector();
		Vector2 across = ridgeNormal(map, first);
		if (across != null) {
			// stripes: the autocorrelation is a set of parallel ridges; the period is measured across them
			Vector2 a1 = LatticeBasis.fitAcrossStripes(across.times(first.dot(across)), strong);
			return new LatticeEstimate(a1.length(), a1, null, strong.get(0).height());
		}
		Vector2 second = null;
		for (Peak c : strong) {
			double sine = Math.abs(first.cross(c.vector())) / (first.length() * c.vector().length());
			if (sine > Math.sin(Math.toRadians(25))) { second = c.vector(); break; }
		}
		if (second == null) {
			Vector2 a1 = LatticeBasis.fitAcrossStripes(first, strong);
			return new LatticeEstimate(a1.length(), a1, null, heightNear(strong, a1));
		}
		Vector2[] basis = LatticeBasis.reduce(first, second);
		basis = LatticeBasis.coarsenIfSublatticeShift(basis[0], basis[1], strong, SUBLATTICE_CONTRAST);
		basis = LatticeBasis.fit(basis[0], basis[1], strong);
		basis = LatticeBasis.reduce(basis[0], basis[1]);
		Vector2 a1 = basis[0], a2 = a1.cross(basis[1]) < 0 ? basis[1].times(-1) : basis[1];
		return new LatticeEstimate(a1.length(), a1, a2, heightNear(strong, a1));
	}

	/**
	 * Autocorrelation heights that random texture can reach by chance. Neighbouring lags of a smooth texture are not
	 * independent: the image holds about (overlap area / correlation area) independent samples, with the correlation
	 * area taken from the central lobe (lags above one half, connected to the origin; a Gaussian's correlation area is
	 * 1.44 times that). The estimate at an empty lag then has a standard error of 1 / sqrt(samples); four of them is
	 * far above what the few hundred independent lags searched produce.
	 */
	private static double significanceLevel(Autocorrelation map, int width, int height) {
		int maxLag = map.maxLag();
		boolean[] seen = new boolean[(2 * maxLag + 1) * (2 * maxLag + 1)];
		ArrayDeque<int[]> queue = new ArrayDeque<>();
		queue.add(new int[] { 0, 0 });
		seen[maxLag * (2 * maxLag + 1) + maxLag] = true;
		int lobeArea = 0;
		while (!queue.isEmpty()) {
			int[] d = queue.poll();
			lobeArea++;
			for (int[] step : new int[][] { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) {
				int x = d[0] + step[0], y = d[1] + step[1];
				if (Math.abs(x) > maxLag || Math.abs(y) > maxLag) continue;
				int k = (y + maxLag) * (2 * maxLag + 1) + x + maxLag;
				if (!seen[k] && map.at(x, y) >= 0.5) {
					seen[k] = true;
					queue.add(new int[] { x, y });
				}
			}
		}
		double independentSamples = (double) (width - maxLag) * (height - maxLag) / (1.44 * lobeArea);
		return 4 / Math.sqrt(independentSamples);
	}

	/**
	 * If the autocorrelation peak at {@code v} is a ridge rather than a round peak (curvature along one principal
	 * direction under a fifth of that along the other, as for a striped image), the unit vector across the ridge;
	 * otherwise null.
	 */
	private static Vector2 ridgeNormal(Autocorrelation map, Vector2 v) {
		int x = (int) Math.round(v.x()), y = (int) Math.round(v.y());
		if (Math.abs(x) >= map.maxLag() || Math.abs(y) >= map.maxLag()) return null;
		double c = map.at(x, y);
		double hxx = map.at(x + 1, y) - 2 * c + map.at(x - 1, y);
		double hyy = map.at(x, y + 1) - 2 * c + map.at(x, y - 1);
		double hxy = (map.at(x + 1, y + 1) - map.at(x - 1, y + 1) - map.at(x + 1, y - 1) + map.at(x - 1, y - 1)) / 4;
		double mean = (hxx + hyy) / 2, spread = Math.hypot((hxx - hyy) / 2, hxy);
		double steep = mean - spread, flat = mean + spread; // both negative at a maximum; steep is the more negative
		if (!(steep < 0) || Math.abs(flat) >= 0.2 * Math.abs(steep)) return null;
		// eigenvector of the steepest (most negative) curvature
		double angle = 0.5 * Math.atan2(2 * hxy, hxx - hyy) + Math.PI / 2;
		return new Vector2(Math.cos(angle), Math.sin(angle));
	}

	/** Height of the strongest peak within a pixel of v or -v (v is refined, the peaks are not). */
	private static double heightNear(List<Peak> peaks, Vector2 v) {
		double best = Double.NaN;
		for (Peak p : peaks)
			if ((p.vector().minus(v).length() <= 1 || p.vector().plus(v).length() <= 1) && !(p.height() <= best)) best = p.height();
		return best;
	}

	/** Local maxima of one half-plane (the map is point-symmetric) that are high enough and deep enough. */
	private List<Peak> findPeaks(Autocorrelation map, double threshold) {
		int maxLag = map.maxLag();
		List<Peak> out = new ArrayList<>();
		double[] nine = new double[9];
		for (int dy = 0; dy <= maxLag - 1; dy++) {
			for (int dx = -(maxLag - 1); dx <= maxLag - 1; dx++) {
				if (dy == 0 && dx <= 0 || dx * dx + dy * dy < 4) continue;
				double v = map.at(dx, dy);
				if (v < threshold || !isLocalMaximum(map, dx, dy, v)) continue;
				for (int j = -1; j <= 1; j++)
					for (int i = -1; i <= 1; i++) nine[(j + 1) * 3 + i + 1] = map.at(dx + i, dy + j);
				double[] offset = SubPixel.refineMaximum(nine);
				Vector2 vector = new Vector2(dx + offset[0], dy + offset[1]);
				double height = Math.max(v, SubPixel.gaussianPeakValue(nine, offset[0], offset[1]));
				if (height - valleyTowardsOrigin(map, vector) >= minPeakHeight) out.add(new Peak(vector, height));
			}
		}
		return out;
	}

	/** At least as high as all 8 neighbours, strictly higher than those earlier in raster order (one pixel per flat top). */
	private static boolean isLocalMaximum(Autocorrelation map, int dx, int dy, double v) {
		for (int j = -1; j <= 1; j++) {
			for (int i = -1; i <= 1; i++) {
				if (i == 0 && j == 0) continue;
				double n = map.at(dx + i, dy + j);
				boolean earlier = j < 0 || j == 0 && i < 0;
				if (n > v || earlier && n == v) return false;
			}
		}
		return true;
	}

	/** Lowest autocorrelation on the straight line from the origin to the peak, sampled every half pixel. */
	private static double valleyTowardsOrigin(Autocorrelation map, Vector2 peak) {
		int steps = Math.max(2, (int) Math.ceil(peak.length() * 2));
		double lowest = Double.POSITIVE_INFINITY;
		for (int k = 1; k < steps; k++) {
			double t = (double) k / steps;
			lowest = Math.min(lowest, map.interpolate(peak.x() * t, peak.y() * t));
		}
		return lowest;
	}
}
