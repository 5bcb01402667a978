package org.stemsift.learn;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A mixture of Gaussians with full covariance matrices on {@code double[n][d]} data, fitted by expectation-maximisation
 * as scikit-learn's {@code GaussianMixture(covariance_type="full", init_params="k-means++")}: responsibilities start as
 * hard assignments to k-means++ centres, {@code 1e-6} is added to every covariance diagonal so that no component can
 * collapse, and of several seeded starts the one with the highest likelihood is kept. BIC = -2 log L + p ln n with
 * p = k d (d + 3) / 2 + k - 1, as scikit-learn counts it.
 * <p>
 * Why a tighter stop than scikit-learn's (mean log-likelihood change below 1e-3): BIC compares fits of different k,
 * and a fit stopped early can lose by more than the difference; {@value #TOLERANCE} costs a few more cheap iterations.
 * The starts run in parallel, and within each the E-step over rows and the M-step over components; each start has its
 * own generator and each sum is formed in a fixed order, so the result does not depend on the number of threads.
 */
public final class GaussianMixture {

	static final double REGULARISATION = 1e-6;
	static final double TOLERANCE = 1e-6;
	static final int MAX_ITERATIONS = 1000;
	static final int STARTS = 10;
	private static final double LOG_2PI = Math.log(2 * Math.PI);

	private final double[] weights;
	private final double[][] means;
	private final double[][][] covariances;
	private final double[][] memberships;
	private final double logLikelihood;
	private final int iterations;

	private GaussianMixture(Parameters p, double[][] memberships, double logLikelihood, int iterations) {
		this.weights = p.weights;
		this.means = p.means;
		this.covariances = p.covariances;
		this.memberships = memberships;
		this.logLikelihood = logLikelihood;
		this.iterations = iterations;
	}

	/**
	 * EM from {@value #STARTS} seeded k-means++ starts, each to convergence; the highest likelihood wins. (Choosing the
	 * start after 20 iterations and finishing only that one was three times faster but ended in worse optima for
	 * surplus components, which shifts BIC.)
	 */
	public static GaussianMixture fit(double[][] x, int k, long seed) {
		Matrices.requireRectangularFinite(x, 1, "samples for a Gaussian mixture");
		if (k < 1 || k > x.length) throw new IllegalArgumentException("Components must lie between 1 and the number of samples (" + x.length + "), got " + k);
		SplittableRandom random = new SplittableRandom(seed);
		SplittableRandom[] generators = new SplittableRandom[STARTS];
		for (int s = 0; s < STARTS; s++) generators[s] = random.split();
		Run[] runs = new Run[STARTS];
		IntStream.range(0, STARTS).parallel().forEach(s -> {
			runs[s] = new Run(x, KMeans.plusPlus(x, k, generators[s]));
			runs[s].iterate(MAX_ITERATIONS);
		});
		Run best = runs[0];
		for (Run run : runs) if (run.meanLog > best.meanLog) best = run;
		double logLikelihood = expect(x, best.parameters, best.resp); // memberships and likelihood of the final parameters
		return new GaussianMixture(best.parameters, best.resp, logLikelihood, best.iterations);
	}

	/** The mixture with the lowest BIC among {@code kMin} to {@code kMax} components (the smaller k on a tie). */
	public static GaussianMixture bestByBic(double[][] x, int kMin, int kMax, long seed) {
		if (kMin < 1 || kMax < kMin) throw new IllegalArgumentException("Need 1 <= kMin <= kMax, got " + kMin + " and " + kMax);
		GaussianMixture best = null;
		for (int k = kMin; k <= Math.min(kMax, x.length); k++) {
			GaussianMixture m = fit(x, k, seed + k);
			if (best == null || m.bic() < best.bic()) best = m;
		}
		if (best == null) throw new IllegalArgumentException("Cannot fit " + kMin + " components to " + x.length + " samples");
		return best;
	}

	public int components() { return weights.length; }

	/** Most probable component of each sample. */
	public int[] labels() {
		int[] labels = new int[memberships.length];
		for (int i = 0; i < labels.length; i++) {
			double[] r = memberships[i];
			for (int c = 1; c < r.length; c++) if (r[c] > r[labels[i]]) labels[i] = c;
		}
		return labels;
	}

	/** Posterior probability of each component for each sample (n x k, rows sum to 1). */
	public double[][] memberships() {
		double[][] copy = new double[memberships.length][];
		for (int i = 0; i < copy.length; i++) copy[i] = memberships[i].clone();
		return copy;
	}

	/** Total log-likelihood of the fitted data (scikit-learn's {@code score(X) * n}). */
	public double logLikelihood() { return logLikelihood; }

	public double bic() {
		int k = components(), d = means[0].length;
		double parameters = k * d * (d + 3) / 2.0 + k - 1;
		return -2 * logLikelihood + parameters * Math.log(memberships.length);
	}

	public double[] weights() { return weights.clone(); }

	/** Component means (k x d). */
	public double[][] means() {
		double[][] copy = new double[means.length][];
		for (int c = 0; c < copy.length; c++) copy[c] = means[c].clone();
		return copy;
	}

	/** Component covariance matrices (k x d x d), regularisation included. */
	public double[][][] covariances() {
		double[][][] copy = new double[covariances.length][][];
		for (int c = 0; c < copy.length; c++) copy[c] = java.util.Arrays.stream(covariances[c]).map(double[]::clone).toArray(double[][]::new);
		return copy;
	}

	/** EM iterations of the kept start. */
	public int iterations() { return iterations; }

	/** Weights, means, covariances and the Cholesky factors of the covariances. */
	private record Parameters(double[] weights, double[][] means, double[][][] covariances, double[][][] cholesky) {}

	/** One EM run: hard assignments to the start centres, then alternating E- and M-steps. */
	private static final class Run {
		final double[][] x, resp;
		Parameters parameters;
		double meanLog = Double.NEGATIVE_INFINITY;
		int iterations;
		boolean converged;

		Run(double[][] x, double[][] centres) {
			this.x = x;
			int k = centres.length;
			resp = new double[x.length][k];
			for (int i = 0; i < x.length; i++) {
				int nearest = 0;
				for (int c = 1; c < k; c++) if (KMeans.squaredDistance(x[i], centres[c]) < KMeans.squaredDistance(x[i], centres[nearest])) nearest = c;
				resp[i][nearest] = 1;
			}
			parameters = maximise(x, resp);
		}

		/** Up to {@code limit} iterations in all (scikit-learn's rule: stop when the mean log-likelihood changes less than the tolerance). */
		void iterate(int limit) {
			while (!converged && iterations < limit) {
				iterations++;
				double previous = meanLog;
				meanLog = expect(x, parameters, resp) / x.length;
				parameters = maximise(x, resp);
				converged = Math.abs(meanLog - previous) < TOLERANCE;
			}
		}
	}

	/** E-step: fills the responsibilities and returns the total log-likelihood. */
	private static double expect(double[][] x, Parameters p, double[][] resp) {
		int k = p.weights.length;
		double[] logNormaliser = new double[x.length];
		double[] logWeights = new double[k], logDeterminants = new double[k];
		for (int c = 0; c < k; c++) {
			logWeights[c] = Math.log(p.weights[c]);
			double[][] l = p.cholesky[c];
			for (int j = 0; j < l.length; j++) logDeterminants[c] += 2 * Math.log(l[j][j]);
		}
		IntStream.range(0, x.length).parallel().forEach(i -> {
			double[] r = resp[i];
			double[] work = new double[x[i].length];
			double max = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				double mahalanobis = mahalanobis(x[i], p.means[c], p.cholesky[c], work);
				r[c] = logWeights[c] - 0.5 * (work.length * LOG_2PI + logDeterminants[c] + mahalanobis);
				max = Math.max(max, r[c]);
			}
			double sum = 0;
			for (int c = 0; c < k; c++) sum += Math.exp(r[c] - max);
			double log = max + Math.log(sum);
			for (int c = 0; c < k; c++) r[c] = Math.exp(r[c] - log);
			logNormaliser[i] = log;
		});
		double total = 0;
		for (double v : logNormaliser) total += v;
		return total;
	}

	/** (x - μ)ᵀ Σ⁻¹ (x - μ) by forward substitution with the Cholesky factor L of Σ. */
	private static double mahalanobis(double[] x, double[] mean, double[][] l, double[] work) {
		double s = 0;
		for (int j = 0; j < work.length; j++) {
			double v = x[j] - mean[j];
			double[] row = l[j];
			for (int m = 0; m < j; m++) v -= row[m] * work[m];
			work[j] = v / row[j];
			s += work[j] * work[j];
		}
		return s;
	}

	/** M-step: weights, means and regularised covariances from the responsibilities. */
	private static Parameters maximise(double[][] x, double[][] resp) {
		int n = x.length, d = x[0].length, k = resp[0].length;
		double[] weights = new double[k];
		double[][] means = new double[k][d];
		double[][][] covariances = new double[k][][], cholesky = new double[k][][];
		IntStream.range(0, k).parallel().forEach(c -> {
			double total = 10 * Math.ulp(1.0); // scikit-learn's guard against an empty component
			double[] mean = means[c];
			for (int i = 0; i < n; i++) {
				double r = resp[i][c];
				total += r;
				for (int j = 0; j < d; j++) mean[j] += r * x[i][j];
			}
			for (int j = 0; j < d; j++) mean[j] /= total;
			double[][] cov = new double[d][d];
			double[] centred = new double[d];
			for (int i = 0; i < n; i++) {
				double r = resp[i][c];
				if (r == 0) continue;
				for (int j = 0; j < d; j++) centred[j] = x[i][j] - mean[j];
				for (int a = 0; a < d; a++) {
					double ra = r * centred[a];
					for (int b = 0; b <= a; b++) cov[a][b] += ra * centred[b];
				}
			}
			for (int a = 0; a < d; a++) {
				for (int b = 0; b <= a; b++) cov[b][a] = cov[a][b] /= total;
				cov[a][a] += REGULARISATION;
			}
			weights[c] = total;
			covariances[c] = cov;
			cholesky[c] = cholesky(cov, c);
		});
		double sum = 0;
		for (double w : weights) sum += w;
		for (int c = 0; c < k; c++) weights[c] /= sum;
		return new Parameters(weights, means, covariances, cholesky);
	}

	/** Lower-triangular L with L Lᵀ = a. */
	private static double[][] cholesky(double[][] a, int component) {
		int d = a.length;
		double[][] l = new double[d][d];
		for (int i = 0; i < d; i++)
			for (int j = 0; j <= i; j++) {
				double s = a[i][j];
				for (int m = 0; m < j; m++) s -= l[i][m] * l[j][m];
				if (i == j) {
					if (!(s > 0)) throw new IllegalArgumentException("The covariance of mixture component " + component
						+ " is singular (features that are constant or linear combinations of others within the component); "
						+ "standardise the features or remove redundant ones");
					l[i][i] = Math.sqrt(s);
				} else {
					l[i][j] = s / l[j][j];
				}
			}
		return l;
	}
}
