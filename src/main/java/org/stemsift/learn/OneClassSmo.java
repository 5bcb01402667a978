package org.stemsift.learn;

import org.stemsift.progress.CancelledException;
import org.stemsift.progress.Progress;

/**
 * Solves the dual of Schölkopf's ν one-class SVM exactly as LIBSVM states it, so that its decision values equal
 * LIBSVM's and scikit-learn's:
 *
 * <pre>
 *   minimise ½ αᵀQα   subject to 0 ≤ α_i ≤ 1 and Σ α_i = ν·l
 * </pre>
 *
 * with the decision function {@code f(x) = Σ α_i K(x_i, x) - ρ}.
 * <p>
 * How: sequential minimal optimisation with the second-order working-set selection of Fan, Chen and Lin (JMLR 6,
 * 2005) and LIBSVM's start (the first ⌊νl⌋ multipliers at 1, the next at the fractional rest), stopping when the
 * maximal KKT violation {@code max_{α<1} -G + max_{α>0} G} falls below {@code tolerance}; ρ is the mean gradient of
 * the free multipliers (or the middle of the feasible interval if none is free). The gradient {@code G = Qα} gives the
 * training decision values {@code G_i - ρ} for free. There is no shrinking: with the kernel matrix precomputed an
 * iteration is two sequential passes over floats, and the scan's fits run in parallel instead.
 */
final class OneClassSmo {

	private static final double TAU = 1e-12;
	private static final int CANCEL_CHECK_INTERVAL = 1000;

	/** What the solver found: the multipliers, ρ, the gradient and how it stopped. */
	record Solution(double[] alpha, double rho, double[] gradient, int iterations, boolean converged) {}

	private OneClassSmo() {}

	static Solution solve(KernelRows q, double nu, double tolerance, Progress progress) {
		int l = q.size();
		if (!(nu > 0 && nu <= 1)) throw new IllegalArgumentException("nu must lie in (0, 1], got " + nu);
		if (!(tolerance > 0)) throw new IllegalArgumentException("Tolerance must be positive, got " + tolerance);
		double[] alpha = new double[l];
		int whole = (int) (nu * l);
		for (int i = 0; i < whole; i++) alpha[i] = 1;
		if (whole < l) alpha[whole] = nu * l - whole;

		double[] g = new double[l];
		for (int i = 0; i < l; i++) {
			if (alpha[i] == 0) continue;
			float[] row = q.row(i);
			double a = alpha[i];
			for (int k = 0; k < l; k++) g[k] += a * row[k];
		}

		long maxIterations = Math.max(10_000_000L, l > Integer.MAX_VALUE / 100 ? Integer.MAX_VALUE : 100L * l);
		int iteration = 0;
		boolean converged = false;
		while (iteration < maxIterations) {
			if (iteration % CANCEL_CHECK_INTERVAL == 0 && progress.isCancelled()) throw new CancelledException();
			// working set: i maximises -G over alpha < 1, j minimises the second-order decrease over alpha > 0
			int i = -1;
			double gMax = Double.NEGATIVE_INFINITY;
			for (int t = 0; t < l; t++) if (alpha[t] < 1 && -g[t] >= gMax) { gMax = -g[t]; i = t; }
			if (i < 0) { converged = true; break; }
			float[] qi = q.row(i);
			double qii = q.diagonal(i);
			int j = -1;
			double gMax2 = Double.NEGATIVE_INFINITY, best = Double.POSITIVE_INFINITY;
			for (int t = 0; t < l; t++) {
				if (alpha[t] <= 0) continue;
				if (g[t] >= gMax2) gMax2 = g[t];
				double gradDiff = gMax + g[t];
				if (gradDiff > 0) {
					double quad = qii + q.diagonal(t) - 2 * qi[t];
					double decrease = -gradDiff * gradDiff / (quad > 0 ? quad : TAU);
					if (decrease <= best) { best = decrease; j = t; }
				}
			}
			if (gMax + gMax2 < tolerance || j < 0) { converged = true; break; }
			iteration++;

			float[] qj = q.row(j);
			qi = q.row(i); // a cache may have replaced it while fetching row j
			double quad = qii + q.diagonal(j) - 2 * qi[j];
			if (quad <= 0) quad = TAU;
			double oldI = alpha[i], oldJ = alpha[j];
			double delta = (g[i] - g[j]) / quad, sum = oldI + oldJ;
			double ai = oldI - delta, aj = oldJ + delta;
			if (sum > 1) { if (ai > 1) { ai = 1; aj = sum - 1; } }
			else if (aj < 0) { aj = 0; ai = sum; }
			if (sum > 1) { if (aj > 1) { aj = 1; ai = sum - 1; } }
			else if (ai < 0) { ai = 0; aj = sum; }
			alpha[i] = ai;
			alpha[j] = aj;
			double di = ai - oldI, dj = aj - oldJ;
			for (int k = 0; k < l; k++) g[k] += di * qi[k] + dj * qj[k];
		}
		return new Solution(alpha, rho(alpha, g), g, iteration, converged);
	}

	/** LIBSVM's ρ: mean gradient of the free multipliers, else the middle of [max G at bound 1, min G at bound 0]. */
	static double rho(double[] alpha, double[] g) {
		double upper = Double.POSITIVE_INFINITY, lower = Double.NEGATIVE_INFINITY, sumFree = 0;
		int free = 0;
		for (int i = 0; i < alpha.length; i++) {
			if (alpha[i] >= 1) lower = Math.max(lower, g[i]);
			else if (alpha[i] <= 0) upper = Math.min(upper, g[i]);
			else { free++; sumFree += g[i]; }
		}
		return free > 0 ? sumFree / free : (upper + lower) / 2;
	}
}
