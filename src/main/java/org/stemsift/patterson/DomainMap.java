package org.stemsift.patterson;

import org.stemsift.learn.KMeans;

/**
 * Two domains (e.g. the variants of a twinned crystal) from the segments' PCA scores: every segment's scores are
 * averaged with those of its neighbours, then split by k-means into two groups. Domain 0 is the larger one.
 * <p>
 * Why not the one-class SVM's decision values, as Guo et al. split them: the decision function of an SVM fitted at a
 * small ν measures how typical a segment is, and both twin variants are typical. On the ZrO2 twin the two-class split
 * of the decision values agreed with a Bragg-amplitude reference of the domains for only 76 % of the segments.
 * Why the averaging: the domain difference is in the scores (the second component alone separates the ZrO2 domains
 * with ROC AUC 0.97) but each segment's scores also carry noise of the same size; k-means on the raw scores agreed
 * with the reference for 54 %, on scores averaged within 1.5 segment sides for 99.7 %. Domains are extended regions,
 * so neighbourhood averaging keeps their difference and removes most of the noise.
 */
public final class DomainMap {

	/** Neighbourhood radius in segment sides. */
	public static final double DEFAULT_RADIUS = 1.5;
	private static final int RESTARTS = 10;
	private static final long SEED = 1;

	private DomainMap() {}

	/**
	 * @param scores one row of PCA scores per segment
	 * @param radiusInSides neighbourhood radius in segment sides; 0 for no averaging
	 * @return domain 0 or 1 per segment
	 */
	static int[] domains(Segmentation segmentation, double[][] scores, double radiusInSides) {
		int n = scores.length;
		if (n < 2) return new int[n];
		double[][] averaged = radiusInSides > 0 ? average(segmentation, scores, radiusInSides * segmentation.side()) : scores;
		int[] labels = KMeans.fit(averaged, 2, RESTARTS, SEED).labels();
		int ones = 0;
		for (int l : labels) ones += l;
		if (2 * ones > n) for (int i = 0; i < n; i++) labels[i] = 1 - labels[i];
		return labels;
	}

	private static double[][] average(Segmentation s, double[][] scores, double radius) {
		double[] xs = s.x(), ys = s.y();
		double width = 0, height = 0;
		for (int i = 0; i < xs.length; i++) {
			width = Math.max(width, xs[i] + 1);
			height = Math.max(height, ys[i] + 1);
		}
		SpatialGrid grid = new SpatialGrid(radius, (int) Math.ceil(width), (int) Math.ceil(height));
		for (int i = 0; i < xs.length; i++) grid.add(i, xs[i], ys[i]);
		int d = scores[0].length;
		double[][] out = new double[scores.length][];
		for (int i = 0; i < scores.length; i++) {
			double[] sum = new double[d];
			int[] count = { 0 };
			grid.forEachWithin(xs, ys, xs[i], ys[i], radius, j -> {
				for (int k = 0; k < d; k++) sum[k] += scores[j][k];
				count[0]++;
			});
			for (int k = 0; k < d; k++) sum[k] /= count[0];
			out[i] = sum;
		}
		return out;
	}
}
