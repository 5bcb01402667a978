package org.stemsift.learn;

import java.util.ArrayList;
import java.util.List;

import org.stemsift.progress.Progress;

/**
 * Schölkopf's ν one-class SVM with an RBF kernel, fitted without labels: the fitted function is positive on the bulk
 * of the data and negative on at most a fraction ν of it (the outliers), and at least a fraction ν of the samples are
 * support vectors.
 * <p>
 * The decision values are LIBSVM's (and scikit-learn's {@code OneClassSVM.decision_function}): {@code Σ α_i K(x_i, x)
 * - ρ} with {@code 0 ≤ α_i ≤ 1}, {@code Σ α_i = ν·n}; the tests check this against values computed by scikit-learn.
 * Smile's {@code smile.anomaly.SVM} is not used because it solves a differently scaled problem (box {@code 1 /
 * round(νn)}, which differs from LIBSVM's when νn is not an integer, and an intercept shifted by the tolerance) and
 * always holds the full n x n matrix in doubles.
 */
public final class OneClassSvm {

	/** LIBSVM's and scikit-learn's default stopping tolerance. */
	public static final double DEFAULT_TOLERANCE = 1e-3;

	private OneClassSvm() {}

	/**
	 * scikit-learn's {@code gamma="scale"}: {@code 1 / (d · var(X))} with the variance of all entries; for
	 * standardised data this is {@code 1 / d}.
	 */
	public static double scaleGamma(double[][] data) {
		int d = Matrices.requireRectangularFinite(data, 1, "samples");
		double var = Matrices.varianceOfAll(data);
		return var > 0 ? 1.0 / (d * var) : 1.0;
	}

	/** Fits on the rows of {@code data}. */
	public static Model fit(double[][] data, double nu, double gamma) {
		Matrices.requireRectangularFinite(data, 1, "samples");
		return fit(KernelRows.of(new RbfKernel(data, gamma)), nu, DEFAULT_TOLERANCE, Progress.NONE);
	}

	/** Fits with a precomputed (possibly shared) kernel. */
	public static Model fit(KernelRows rows, double nu, double tolerance, Progress progress) {
		if (!(nu > 0 && nu <= 1)) throw new IllegalArgumentException("nu must lie in (0, 1], got " + nu);
		OneClassSmo.Solution s = OneClassSmo.solve(rows, nu, tolerance, progress);
		double[] training = new double[rows.size()];
		for (int i = 0; i < training.length; i++) training[i] = s.gradient()[i] - s.rho();
		List<Integer> support = new ArrayList<>();
		for (int i = 0; i < s.alpha().length; i++) if (s.alpha()[i] > 0) support.add(i);
		double[][] vectors = new double[support.size()][];
		double[] coefficients = new double[support.size()];
		for (int k = 0; k < vectors.length; k++) {
			vectors[k] = rows.kernel().data()[support.get(k)];
			coefficients[k] = s.alpha()[support.get(k)];
		}
		return new Model(nu, rows.kernel().gamma(), vectors, coefficients, s.rho(), training, s.iterations(), s.converged());
	}

	/**
	 * A fitted one-class SVM.
	 *
	 * @param trainingDecision decision values of the training samples, in their order (from the solver's gradient,
	 *            i.e. with the float kernel the solver used)
	 * @param converged false if the solver stopped at its iteration limit (the result is then approximate)
	 */
	public record Model(double nu, double gamma, double[][] supportVectors, double[] coefficients, double rho, double[] trainingDecision, int iterations,
		boolean converged) {

		/** {@code Σ α_i K(x_i, x) - ρ}: positive inside the learned support, negative for outliers. */
		public double decision(double[] x) {
			double xx = RbfKernel.dot(x, x), s = 0;
			for (int k = 0; k < supportVectors.length; k++) {
				double[] v = supportVectors[k];
				s += coefficients[k] * Math.exp(-gamma * (RbfKernel.dot(v, v) + xx - 2 * RbfKernel.dot(v, x)));
			}
			return s - rho;
		}

		/** Outliers among the training samples: decision value below zero. */
		public boolean[] trainingOutliers() {
			boolean[] out = new boolean[trainingDecision.length];
			for (int i = 0; i < out.length; i++) out[i] = trainingDecision[i] < 0;
			return out;
		}

		public int outlierCount() {
			int n = 0;
			for (double v : trainingDecision) if (v < 0) n++;
			return n;
		}
	}
}
