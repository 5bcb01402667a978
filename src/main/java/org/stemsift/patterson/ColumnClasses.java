package org.stemsift.patterson;

import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.core.filter.GaussianBlur;
import org.stemsift.core.filter.LocalExtrema;
import org.stemsift.core.filter.Peak;
import org.stemsift.core.filter.Statistics;
import org.stemsift.learn.GaussianMixture1D;

/**
 * The optional pre-step of scheme one for doped or mixed crystals: every atomic column is classified by its integrated
 * intensity with a Gaussian mixture (number of classes by BIC unless given), and the image can be re-rendered as ideal
 * Gaussians at the column positions, one amplitude per class.
 * <p>
 * Why: in a doped crystal the dopant columns differ only in brightness, and the noise of real columns blurs that
 * difference; rendering each column with its class's mean intensity removes the noise and the background, so the
 * segments that follow differ exactly where the column classes do.
 *
 * @param x column positions (sub-pixel)
 * @param intensity integrated intensity above the background in a disk of {@code radius} around each column
 * @param classes class of each column, 0 = dimmest
 */
public record ColumnClasses(double[] x, double[] y, double[] intensity, int[] classes, GaussianMixture1D mixture, double radius) {

	/** Columns are at least this many spacings apart. */
	static final double COLUMN_SEPARATION = 0.4;
	/** Integration radius in spacings. */
	static final double RADIUS = 0.2;
	/** A column's smoothed peak must rise this share of the way from the background to the brightest columns. */
	static final double MIN_PEAK = 0.15;

	/**
	 * @param classCount number of classes, or -1 to choose 1 to {@code maxClasses} by BIC
	 */
	public static ColumnClasses classify(Image2D image, double spacing, int classCount, int maxClasses) {
		Image2D smooth = GaussianBlur.blur(image, spacing / 10);
		double background = Statistics.percentile(smooth.pixels(), 5), top = Statistics.percentile(smooth.pixels(), 99.5);
		double radius = Math.max(1, RADIUS * spacing);
		// noise maxima between columns are dim; columns whose disk leaves the image would look dim too
		List<Peak> peaks = LocalExtrema.findMaxima(smooth, Math.max(1, COLUMN_SEPARATION * spacing), background + MIN_PEAK * (top - background)).stream()
			.filter(p -> p.x() >= radius && p.y() >= radius && p.x() <= image.width() - 1 - radius && p.y() <= image.height() - 1 - radius).toList();
		if (peaks.size() < 2) throw new IllegalArgumentException("Found " + peaks.size() + " atomic columns; need at least two to classify them");
		int n = peaks.size();
		double[] x = new double[n], y = new double[n], intensity = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = peaks.get(i).x();
			y[i] = peaks.get(i).y();
			intensity[i] = integrate(image, x[i], y[i], radius, background);
		}
		GaussianMixture1D mixture = classCount > 0 ? GaussianMixture1D.fit(intensity, classCount) : GaussianMixture1D.fitBest(intensity, maxClasses);
		int[] classes = new int[n];
		for (int i = 0; i < n; i++) classes[i] = mixture.classify(intensity[i]);
		return new ColumnClasses(x, y, intensity, classes, mixture, radius);
	}

	/** An image of the same size with a Gaussian of width {@code radius / 2} per column, integrating to its class mean. */
	public Image2D render(Image2D like) {
		int w = like.width(), h = like.height();
		float[] out = new float[w * h];
		double sigma = radius / 2, reach = 4 * sigma, norm = 1 / (2 * Math.PI * sigma * sigma);
		for (int i = 0; i < x.length; i++) {
			double amplitude = mixture.means()[classes[i]] * norm;
			for (int py = Math.max(0, (int) Math.floor(y[i] - reach)); py <= Math.min(h - 1, (int) Math.ceil(y[i] + reach)); py++)
				for (int px = Math.max(0, (int) Math.floor(x[i] - reach)); px <= Math.min(w - 1, (int) Math.ceil(x[i] + reach)); px++) {
					double d2 = (px - x[i]) * (px - x[i]) + (py - y[i]) * (py - y[i]);
					out[py * w + px] += (float) (amplitude * Math.exp(-d2 / (2 * sigma * sigma)));
				}
		}
		return like.like(out, like.name() + " (ideal columns)");
	}

	private static double integrate(Image2D image, double cx, double cy, double radius, double background) {
		double sum = 0;
		int r = (int) Math.ceil(radius);
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++) {
				int px = (int) Math.round(cx) + dx, py = (int) Math.round(cy) + dy;
				if (px < 0 || py < 0 || px >= image.width() || py >= image.height()) continue;
				if ((px - cx) * (px - cx) + (py - cy) * (py - cy) > radius * radius) continue;
				sum += image.get(px, py) - background;
			}
		return sum;
	}
}
