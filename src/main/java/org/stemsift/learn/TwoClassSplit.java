package org.stemsift.learn;

/**
 * Splits one-dimensional scores (for example one-class SVM decision values) into two classes without labels: the
 * class of each value is 0 for the lower group and 1 for the upper one.
 */
public final class TwoClassSplit {

	/** How to split. */
	public enum Method {
		/** Two-component Gaussian mixture, each value to the component of higher posterior. */
		GMM,
		/** Exact two-means (least within-class squares), a single threshold. */
		KMEANS
	}

	private TwoClassSplit() {}

	/** Class 0 (lower) or 1 (upper) per value. */
	public static int[] split(double[] values, Method method) {
		if (values.length < 2) throw new IllegalArgumentException("Need at least two values to split into two classes, got " + values.length);
		int[] out;
		if (method == Method.KMEANS) out = OneDimensionalKMeans.groups(values, 2);
		else {
			GaussianMixture1D mixture = GaussianMixture1D.fit(values, 2);
			out = new int[values.length];
			for (int i = 0; i < values.length; i++) out[i] = mixture.classify(values[i]);
		}
		return out;
	}
}
