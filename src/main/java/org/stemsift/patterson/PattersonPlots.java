package org.stemsift.patterson;

import ij.ImagePlus;
import ij.gui.Plot;

import java.awt.Color;

import org.stemsift.learn.NuScan;

/**
 * The diagnostic plots as ImageJ {@link Plot}s: D(ν) with the chosen knee, the histogram of decision values, and the
 * explained variance of the principal components. Shown in Fiji, saved as PNG by the command line.
 */
public final class PattersonPlots {

	private PattersonPlots() {}

	/** D(ν) over the scanned grid, the knee circled; null when ν was given (no scan). */
	public static Plot nuScan(PattersonResult r) {
		NuScan.Result scan = r.scan();
		if (scan == null) return null;
		Plot plot = new Plot("D(nu)", "nu", "D = (median inlier - median outlier decision) / (nu n)");
		plot.setColor(Color.BLUE);
		plot.add("connected circle", scan.nu(), scan.separation());
		if (scan.knee() >= 0) {
			plot.setColor(Color.RED);
			plot.setLineWidth(2);
			plot.add("circle", new double[] { scan.nu()[scan.knee()] }, new double[] { scan.separation()[scan.knee()] });
			plot.addLabel(0.05, 0.1, String.format("knee: nu = %.3f, %d outliers", scan.nu()[scan.knee()], scan.outlierCounts()[scan.knee()]));
		}
		plot.setLimitsToFit(false);
		return plot;
	}

	/** Histogram of the decision values (about 50 bins), zero (the outlier threshold) marked. */
	public static Plot decisionHistogram(PattersonResult r) {
		double[] d = r.decision();
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double v : d) { min = Math.min(min, v); max = Math.max(max, v); }
		int bins = Math.max(5, Math.min(50, d.length / 10));
		double width = max > min ? (max - min) / bins : 1;
		double[] centres = new double[bins], counts = new double[bins];
		for (int b = 0; b < bins; b++) centres[b] = min + (b + 0.5) * width;
		for (double v : d) counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
		double top = 0;
		for (double c : counts) top = Math.max(top, c);
		Plot plot = new Plot("Decision values", "one-class SVM decision value", "segments");
		plot.setColor(Color.DARK_GRAY, new Color(120, 160, 220));
		plot.add("bar", centres, counts);
		plot.setColor(Color.RED);
		plot.add("line", new double[] { 0, 0 }, new double[] { 0, top });
		plot.addLabel(0.05, 0.1, String.format("%d outliers (decision < 0) of %d", r.outlierCount(), d.length));
		plot.setLimitsToFit(false);
		return plot;
	}

	/** Explained variance ratio per component and cumulative (first 50), the kept count marked. */
	public static Plot pcaVariance(PattersonResult r) {
		int n = Math.min(50, r.explainedVarianceRatio().length);
		double[] k = new double[n], ratio = new double[n], cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			k[i] = i + 1;
			ratio[i] = r.explainedVarianceRatio()[i];
			sum += ratio[i];
			cumulative[i] = sum;
		}
		Plot plot = new Plot("PCA explained variance", "component", "explained variance ratio");
		plot.setColor(Color.BLUE);
		plot.add("connected circle", k, ratio);
		plot.setColor(Color.GRAY);
		plot.add("line", k, cumulative);
		plot.setColor(Color.RED);
		plot.add("line", new double[] { r.components(), r.components() }, new double[] { 0, 1 });
		plot.addLabel(0.3, 0.5, String.format("%d components: %.1f %% (target %.0f %%)", r.components(), 100 * cumulativeAt(r), 100 * r.settings().varianceShare()));
		plot.setLimits(0, n + 1, 0, 1.02);
		return plot;
	}

	private static double cumulativeAt(PattersonResult r) {
		double s = 0;
		for (int i = 0; i < r.components(); i++) s += r.explainedVarianceRatio()[i];
		return s;
	}

	/** The plot rendered as an image (works headless). */
	public static ImagePlus render(Plot plot) {
		return plot.getImagePlus();
	}
}
