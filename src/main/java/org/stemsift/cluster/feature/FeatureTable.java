package org.stemsift.cluster.feature;

import java.util.List;

/**
 * Feature values of a set of patches: {@code values[patch][feature]}, with the features' names, families and
 * descriptions in column order.
 */
public record FeatureTable(List<String> names, List<FeatureFamily> families, List<String> descriptions, double[][] values) {

	public int patchCount() { return values.length; }

	public int featureCount() { return names.size(); }

	/** The values of one feature over all patches. */
	public double[] column(int feature) {
		double[] c = new double[values.length];
		for (int i = 0; i < c.length; i++) c[i] = values[i][feature];
		return c;
	}
}
