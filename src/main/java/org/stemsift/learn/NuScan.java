package org.stemsift.learn;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.stemsift.progress.Progress;

/**
 * Chooses ν of a one-class SVM without labels, as Guo et al. (npj Comput Mater 7, 180, 2021) do: for every ν of a
 * grid the SVM is fitted and the separation {@code D(ν) = median decision value of the inliers - median of the
 * outliers} is measured; ν is taken at the knee of D(ν), where adding more outliers stops separating them better.
 * <p>
 * D is measured on the decision function divided by Σα = νn, i.e. in Schölkopf's scaling (Σα = 1) rather than
 * LIBSVM's. Why: LIBSVM's decision values grow in proportion to ν, which makes D(ν) close to a straight line whose
 * "knee" is an accident of noise; normalised, D rises while true outliers are being separated and levels off once
 * they are, and the knee marks that point (on the synthetic validation lattices it is as good or better everywhere).
 * <p>
 * All fits share one kernel matrix (γ does not change along the scan) and run in parallel when the matrix is
 * precomputed.
 */
public final class NuScan {

	/** The default grid: ν = 0.01, 0.02, ..., 0.20. */
	public static double[] defaultGrid() {
		return grid(0.01, 0.20, 20);
	}

	/** {@code steps} values evenly spaced from {@code from} to {@code to}. */
	public static double[] grid(double from, double to, int steps) {
		if (!(from > 0 && to <= 1 && from <= to) || steps < 1 || steps > 1 && from == to)
			throw new IllegalArgumentException("A nu grid needs 0 < from < to <= 1 and at least one step, got " + from + ".." + to + " in " + steps);
		double[] g = new double[steps];
		for (int i = 0; i < steps; i++) g[i] = steps == 1 ? from : from + (to - from) * i / (steps - 1);
		return g;
	}

	/**
	 * The outcome of a scan.
	 *
	 * @param separation D(ν) per grid point, on decision values divided by νn (NaN where a fit found no outlier or no
	 *            inlier)
	 * @param knee index of the knee of D(ν) in the grid, or -1 when fewer than three points have a D
	 */
	public record Result(double[] nu, double[] separation, List<OneClassSvm.Model> models, int knee) {

		public int[] outlierCounts() {
			return models.stream().mapToInt(OneClassSvm.Model::outlierCount).toArray();
		}

		/** The model at the knee (the smallest ν with a separation if there is no knee). */
		public OneClassSvm.Model kneeModel() {
			if (knee >= 0) return models.get(knee);
			for (int i = 0; i < nu.length; i++) if (Double.isFinite(separation[i])) return models.get(i);
			return models.get(0);
		}
	}

	private NuScan() {}

	/**
	 * Fits one SVM per ν.
	 *
	 * @throws IllegalArgumentException when the smallest ν of the grid times the number of samples is below 1, i.e. when
	 *             there are too few samples to scan that grid
	 */
	public static Result scan(KernelRows rows, double[] grid, double tolerance, Progress progress) {
		int n = rows.size();
		double[] nu = grid.clone();
		Arrays.sort(nu);
		requireEnoughSamples(n, nu[0]);
		OneClassSvm.Model[] models = new OneClassSvm.Model[nu.length];
		AtomicInteger done = new AtomicInteger();
		IntStream indices = IntStream.range(0, nu.length);
		if (rows.isShareable()) indices = indices.parallel();
		indices.forEach(k -> {
			models[k] = OneClassSvm.fit(rows, nu[k], tolerance, progress);
			progress.update("One-class SVM, nu scan", done.incrementAndGet(), nu.length);
		});
		double[] separation = new double[nu.length];
		for (int k = 0; k < nu.length; k++) separation[k] = separation(models[k].trainingDecision()) / (nu[k] * n);
		return new Result(nu, separation, List.of(models), Knee.find(nu, separation));
	}

	/** Minimum number of samples for a scan starting at {@code smallestNu}: one possible outlier and at least 10 samples. */
	public static int minimumSamples(double smallestNu) {
		return Math.max(10, (int) Math.ceil(1 / smallestNu - 1e-9));
	}

	static void requireEnoughSamples(int n, double smallestNu) {
		int needed = minimumSamples(smallestNu);
		if (n < needed)
			throw new IllegalArgumentException("Too few segments for a nu scan: " + n + " segments, but a scan from nu = " + smallestNu + " needs at least " + needed
				+ " (so that nu x segments >= 1). Use a larger image, smaller segments, or a larger smallest nu.");
	}

	/** Median of the non-negative decision values minus the median of the negative ones; NaN if either is empty. */
	public static double separation(double[] decision) {
		double[] inliers = Arrays.stream(decision).filter(v -> v >= 0).toArray();
		double[] outliers = Arrays.stream(decision).filter(v -> v < 0).toArray();
		if (inliers.length == 0 || outliers.length == 0) return Double.NaN;
		return Matrices.median(inliers) - Matrices.median(outliers);
	}
}
