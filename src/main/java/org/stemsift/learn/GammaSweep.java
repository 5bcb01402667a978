package org.stemsift.learn;

import java.util.ArrayList;
import java.util.List;

import org.stemsift.progress.Progress;

/**
 * How much the outliers depend on the kernel width: the SVM is refitted at the chosen ν with γ multiplied by each
 * factor (by default 0.5 to 3 times the data-driven γ), and the outliers found are compared with the reference ones.
 * A result that changes little over this range does not hinge on the one parameter that was not scanned.
 */
public final class GammaSweep {

	/** The default factors applied to γ. */
	public static final double[] DEFAULT_FACTORS = { 0.5, 0.75, 1, 1.5, 2, 3 };

	/**
	 * One refit.
	 *
	 * @param common outliers also found by the reference fit
	 * @param jaccard |both| / |either| against the reference outliers (1 = the same set)
	 */
	public record Point(double factor, double gamma, int outliers, int common, double jaccard) {}

	private GammaSweep() {}

	public static List<Point> sweep(double[][] data, double nu, double gamma, double[] factors, boolean[] reference, double tolerance, Progress progress) {
		List<Point> out = new ArrayList<>();
		for (int f = 0; f < factors.length; f++) {
			progress.checkCancelled();
			progress.update("gamma robustness", f, factors.length);
			double g = gamma * factors[f];
			boolean[] outliers = OneClassSvm.fit(KernelRows.of(new RbfKernel(data, g)), nu, tolerance, progress).trainingOutliers();
			int count = 0, common = 0, either = 0;
			for (int i = 0; i < outliers.length; i++) {
				if (outliers[i]) count++;
				if (outliers[i] && reference[i]) common++;
				if (outliers[i] || reference[i]) either++;
			}
			out.add(new Point(factors[f], g, count, common, either == 0 ? 1 : (double) common / either));
		}
		progress.update("gamma robustness", factors.length, factors.length);
		return out;
	}
}
