package org.stemsift.learn;

/**
 * Per-feature standardisation to zero mean and unit variance (divisor n, as scikit-learn's {@code StandardScaler}).
 * <p>
 * Why: the RBF kernel measures plain Euclidean distance, so a feature with a large spread would otherwise decide the
 * kernel alone; after standardisation the data-driven default γ (see {@link OneClassSvm#scaleGamma}) is simply one
 * over the number of features. A constant feature keeps scale 1, so it becomes 0 rather than NaN.
 */
public final class Standardizer {

	private final double[] mean;
	private final double[] scale;

	private Standardizer(double[] mean, double[] scale) {
		this.mean = mean;
		this.scale = scale;
	}

	public static Standardizer fit(double[][] data) {
		int d = Matrices.requireRectangularFinite(data, 1, "samples");
		double[] mean = new double[d], scale = new double[d];
		for (double[] row : data) for (int j = 0; j < d; j++) mean[j] += row[j];
		for (int j = 0; j < d; j++) mean[j] /= data.length;
		for (double[] row : data) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
		for (int j = 0; j < d; j++) {
			double sd = Math.sqrt(scale[j] / data.length);
			scale[j] = sd > 1e-12 * Math.max(1, Math.abs(mean[j])) ? sd : 1;
		}
		return new Standardizer(mean, scale);
	}

	/** Standardised copies of the rows. */
	public double[][] transform(double[][] data) {
		double[][] out = new double[data.length][];
		for (int i = 0; i < data.length; i++) {
			if (data[i].length != mean.length) throw new IllegalArgumentException("Row " + i + " has " + data[i].length + " features, expected " + mean.length);
			out[i] = new double[mean.length];
			for (int j = 0; j < mean.length; j++) out[i][j] = (data[i][j] - mean[j]) / scale[j];
		}
		return out;
	}

	public double[] mean() { return mean.clone(); }

	public double[] scale() { return scale.clone(); }
}
