package org.stemsift.learn;

/**
 * The Gaussian (RBF) kernel {@code K(a, b) = exp(-γ |a - b|²)} on rows of a data set.
 * <p>
 * Evaluated as LIBSVM does, {@code exp(-γ (|a|² + |b|² - 2 a·b))} with the squared norms precomputed, so that the
 * kernel values and hence the solutions agree with LIBSVM (and scikit-learn) to rounding.
 */
public final class RbfKernel {

	private final double gamma;
	private final double[][] data;
	private final double[] squaredNorms;

	public RbfKernel(double[][] data, double gamma) {
		if (!(gamma > 0) || !Double.isFinite(gamma)) throw new IllegalArgumentException("Kernel gamma must be a positive number, got " + gamma);
		this.gamma = gamma;
		this.data = data;
		this.squaredNorms = new double[data.length];
		for (int i = 0; i < data.length; i++) squaredNorms[i] = dot(data[i], data[i]);
	}

	public double gamma() { return gamma; }

	public int size() { return data.length; }

	public double[][] data() { return data; }

	/** K(x_i, x_j). */
	public double value(int i, int j) {
		return Math.exp(-gamma * (squaredNorms[i] + squaredNorms[j] - 2 * dot(data[i], data[j])));
	}

	/** K(x_i, x) for an outside point x with squared norm {@code xx}. */
	public double value(int i, double[] x, double xx) {
		return Math.exp(-gamma * (squaredNorms[i] + xx - 2 * dot(data[i], x)));
	}

	/** Fills {@code out[j] = K(x_i, x_j)} for j in [from, to). */
	void row(int i, float[] out, int from, int to) {
		double[] xi = data[i];
		double ni = squaredNorms[i];
		for (int j = from; j < to; j++) out[j] = (float) Math.exp(-gamma * (ni + squaredNorms[j] - 2 * dot(xi, data[j])));
	}

	static double dot(double[] a, double[] b) {
		double s = 0;
		for (int k = 0; k < a.length; k++) s += a[k] * b[k];
		return s;
	}
}
