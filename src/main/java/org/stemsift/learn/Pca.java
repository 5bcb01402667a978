package org.stemsift.learn;

import java.util.stream.IntStream;

import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * Principal component analysis of {@code double[n][d]} data: the eigen-decomposition of the sample covariance
 * (divisor n - 1, as scikit-learn's {@code explained_variance_}), components sorted by decreasing variance.
 * <p>
 * Why this way: the covariance {@code XᵀX} and its symmetric eigen-decomposition go through Smile's matrices, i.e.
 * OpenBLAS and LAPACK, which is as fast as NumPy for the tens of thousands of segments of a large image. When there are
 * fewer samples than features the n x n Gram matrix {@code XXᵀ} is decomposed instead (same non-zero eigenvalues,
 * components recovered as {@code Xᵀu / sqrt(λ (n-1))}), which keeps large segments affordable.
 */
public final class Pca {

	private final double[] mean;
	/** Component k (unit length) is row k. */
	private final double[][] components;
	private final double[] variance;
	private final double totalVariance;

	private Pca(double[] mean, double[][] components, double[] variance, double totalVariance) {
		this.mean = mean;
		this.components = components;
		this.variance = variance;
		this.totalVariance = totalVariance;
	}

	/** Fits all components (at most min(n - 1, d) carry variance). */
	public static Pca fit(double[][] data) {
		int d = Matrices.requireRectangularFinite(data, 2, "samples for a PCA");
		int n = data.length;
		double[] mean = new double[d];
		for (double[] row : data) for (int j = 0; j < d; j++) mean[j] += row[j];
		for (int j = 0; j < d; j++) mean[j] /= n;
		double[][] centred = new double[n][d];
		IntStream.range(0, n).parallel().forEach(i -> {
			for (int j = 0; j < d; j++) centred[i][j] = data[i][j] - mean[j];
		});
		Matrix x = Matrix.of(centred);
		return d <= n ? fromCovariance(x, mean, n) : fromGram(x, mean, n);
	}

	private static Pca fromCovariance(Matrix x, double[] mean, int n) {
		int d = mean.length;
		Matrix covariance = x.ata();
		double trace = trace(covariance);
		Matrix.EVD evd = sortedEigen(covariance);
		double[][] components = new double[d][d];
		double[] variance = new double[d];
		for (int k = 0; k < d; k++) {
			variance[k] = Math.max(0, evd.wr[k]) / (n - 1);
			for (int j = 0; j < d; j++) components[k][j] = evd.Vr.get(j, k);
		}
		return new Pca(mean, components, variance, trace / (n - 1));
	}

	private static double trace(Matrix square) {
		double t = 0;
		for (int i = 0; i < square.nrow(); i++) t += square.get(i, i);
		return t;
	}

	/** Eigenvalues (largest first) and eigenvectors of a symmetric matrix, overwriting it (LAPACK's symmetric solver). */
	private static Matrix.EVD sortedEigen(Matrix symmetric) {
		symmetric.uplo(UPLO.LOWER);
		return symmetric.eigen(false, true, true).sort();
	}

	private static Pca fromGram(Matrix x, double[] mean, int n) {
		int d = mean.length;
		Matrix gram = x.aat();
		double trace = trace(gram);
		Matrix.EVD evd = sortedEigen(gram);
		Matrix projected = x.tm(evd.Vr); // d x n: column k is Xᵀ u_k
		double[][] components = new double[n][d];
		double[] variance = new double[n];
		for (int k = 0; k < n; k++) {
			double lambda = Math.max(0, evd.wr[k]);
			variance[k] = lambda / (n - 1);
			double norm = Math.sqrt(lambda);
			if (norm > 0) for (int j = 0; j < d; j++) components[k][j] = projected.get(j, k) / norm;
		}
		return new Pca(mean, components, variance, trace / (n - 1));
	}

	/** Variance along each component, largest first (divisor n - 1). */
	public double[] explainedVariance() { return variance.clone(); }

	/** Share of the total variance along each component. */
	public double[] explainedVarianceRatio() {
		double[] r = new double[variance.length];
		for (int k = 0; k < r.length; k++) r[k] = totalVariance > 0 ? variance[k] / totalVariance : 0;
		return r;
	}

	/**
	 * The number of leading components whose cumulative share of the variance exceeds {@code share} (scikit-learn's
	 * rule for a fractional {@code n_components}); all components if it is never exceeded.
	 */
	public int componentsFor(double share) {
		if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("Variance share must lie in (0, 1], got " + share);
		double[] ratio = explainedVarianceRatio();
		double cumulative = 0;
		for (int k = 0; k < ratio.length; k++) {
			cumulative += ratio[k];
			if (cumulative > share) return k + 1;
		}
		return ratio.length;
	}

	public int featureCount() { return mean.length; }

	/** Scores of the rows on the first {@code k} components ({@code n x k}). */
	public double[][] transform(double[][] data, int k) {
		if (k < 1 || k > components.length) throw new IllegalArgumentException("Can project on 1 to " + components.length + " components, asked for " + k);
		int d = mean.length;
		double[][] out = new double[data.length][k];
		IntStream.range(0, data.length).parallel().forEach(i -> {
			double[] row = data[i];
			if (row.length != d) throw new IllegalArgumentException("Row " + i + " has " + row.length + " features, the PCA was fitted on " + d);
			for (int c = 0; c < k; c++) {
				double[] v = components[c];
				double s = 0;
				for (int j = 0; j < d; j++) s += (row[j] - mean[j]) * v[j];
				out[i][c] = s;
			}
		});
		return out;
	}
}
