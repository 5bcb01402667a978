package org.stemsift.core.lattice;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Basis arithmetic for {@link LatticeSpacing}: indexing autocorrelation peaks by a basis, reducing a basis to its
 * shortest form, fitting it to many peaks, and spotting a coarser true lattice hidden under a sublattice shift.
 */
final class LatticeBasis {

	/** A lattice vector candidate with its autocorrelation height. */
	record Peak(Vector2 vector, double height) {}

	/** Peaks farther than this fraction of |a1| from the nearest basis combination are not lattice translations. */
	private static final double INDEX_TOLERANCE = 0.2;

	private LatticeBasis() {}

	/** Integer indices {i, j} of {@code p ~ i a1 + j a2}, or null when p is not close to such a combination. */
	static long[] index(Vector2 p, Vector2 a1, Vector2 a2) {
		double det = a1.cross(a2);
		long i = Math.round(p.cross(a2) / det), j = Math.round(a1.cross(p) / det);
		Vector2 predicted = a1.times(i).plus(a2.times(j));
		return p.minus(predicted).length() <= INDEX_TOLERANCE * Math.min(a1.length(), a2.length()) ? new long[] { i, j } : null;
	}

	/** Lagrange-Gauss reduction: the shortest basis of the same lattice, |a1| &le; |a2|, angle between 60 and 120 degrees. */
	static Vector2[] reduce(Vector2 a1, Vector2 a2) {
		for (int guard = 0; guard < 100; guard++) {
			if (a2.length() < a1.length()) { Vector2 t = a1; a1 = a2; a2 = t; }
			long mu = Math.round(a1.dot(a2) / a1.dot(a1));
			if (mu == 0) break;
			a2 = a2.minus(a1.times(mu));
		}
		if (a2.length() < a1.length()) { Vector2 t = a1; a1 = a2; a2 = t; }
		return new Vector2[] { a1, a2 };
	}

	/**
	 * If the peaks outside one of the three index-2 sublattices of (a1, a2) are clearly lower than the peaks inside it,
	 * the true lattice is that coarser one and (a1, a2) only a sublattice shift (A to B in a perovskite): returns its
	 * basis. Otherwise returns (a1, a2). "Clearly" means a relative drop of at least {@code minContrast} that is also
	 * four standard errors above the scatter of heights within each class (peak heights wobble by a few percent with
	 * the sub-pixel position of narrow peaks). Only peaks within three basis lengths are compared, so a slow fall-off
	 * of height with distance cannot fake a contrast.
	 */
	static Vector2[] coarsenIfSublatticeShift(Vector2 a1, Vector2 a2, List<Peak> peaks, double minContrast) {
		double radius = 3 * Math.max(a1.length(), a2.length());
		Vector2[][] coarser = { { a1.times(2), a2 }, { a1, a2.times(2) }, { a1.plus(a2), a1.minus(a2) } };
		double bestContrast = minContrast;
		Vector2[] best = null;
		for (int k = 0; k < 3; k++) {
			SummaryStatistics in = new SummaryStatistics(), out = new SummaryStatistics();
			for (Peak p : peaks) {
				if (p.vector().length() > radius) continue;
				long[] ij = index(p.vector(), a1, a2);
				if (ij == null) continue;
				boolean inside = switch (k) {
					case 0 -> ij[0] % 2 == 0;
					case 1 -> ij[1] % 2 == 0;
					default -> (ij[0] + ij[1]) % 2 == 0;
				};
				(inside ? in : out).addValue(p.height());
			}
			if (in.getN() < 3 || out.getN() < 3) continue;
			double drop = in.getMean() - out.getMean();
			double standardError = Math.sqrt(in.getVariance() / in.getN() + out.getVariance() / out.getN());
			double contrast = drop / in.getMean();
			if (contrast > bestContrast && drop > 4 * standardError) { bestContrast = contrast; best = coarser[k]; }
		}
		return best == null ? new Vector2[] { a1, a2 } : reduce(best[0], best[1]);
	}

	/** Least-squares fit of (a1, a2) to every peak that indexes cleanly; longer vectors pin the period down best. */
	static Vector2[] fit(Vector2 a1, Vector2 a2, List<Peak> peaks) {
		double sii = 0, sij = 0, sjj = 0, sipx = 0, sipy = 0, sjpx = 0, sjpy = 0;
		for (Peak peak : peaks) {
			long[] ij = index(peak.vector(), a1, a2);
			if (ij == null || ij[0] == 0 && ij[1] == 0) continue;
			double i = ij[0], j = ij[1];
			Vector2 p = peak.vector();
			sii += i * i; sij += i * j; sjj += j * j;
			sipx += i * p.x(); sipy += i * p.y(); sjpx += j * p.x(); sjpy += j * p.y();
		}
		double det = sii * sjj - sij * sij;
		if (Math.abs(det) < 1e-9) return new Vector2[] { a1, a2 };
		return new Vector2[] { new Vector2((sjj * sipx - sij * sjpx) / det, (sjj * sipy - sij * sjpy) / det),
			new Vector2((sii * sjpx - sij * sipx) / det, (sii * sjpy - sij * sipy) / det) };
	}

	/**
	 * Least-squares period of a one-directional pattern: every peak is projected on the direction of {@code a1} and
	 * indexed as a multiple of it, whatever its offset along the stripes.
	 */
	static Vector2 fitAcrossStripes(Vector2 a1, List<Peak> peaks) {
		double period = a1.length();
		Vector2 direction = a1.times(1 / period);
		double sii = 0, sid = 0;
		for (Peak peak : peaks) {
			double projection = peak.vector().dot(direction);
			long i = Math.round(projection / period);
			if (i == 0 || Math.abs(projection - i * period) > INDEX_TOLERANCE * period) continue;
			sii += (double) i * i;
			sid += i * projection;
		}
		return sii > 0 ? direction.times(sid / sii) : a1;
	}
}
