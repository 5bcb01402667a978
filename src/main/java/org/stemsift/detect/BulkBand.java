package org.stemsift.detect;

import org.stemsift.core.filter.Statistics;

/**
 * The patch-level decision of Prifti et al.: a patch whose ANM lies outside mean ± k·std of bulk patches' ANM is a
 * defect patch. The bulk statistics come from the model (its held-out training crops) or from a bulk patch set.
 */
public record BulkBand(double mean, double std, double k) {

	public static final double DEFAULT_K = 1.5;

	public BulkBand {
		if (!Double.isFinite(mean) || !(std >= 0)) throw new IllegalArgumentException("Bulk statistics are invalid: mean " + mean + ", std " + std);
		if (!(k > 0)) throw new IllegalArgumentException("The band width k must be positive, got " + k);
	}

	public static BulkBand of(PatchScore[] bulk, double k) {
		float[] anm = new float[bulk.length];
		for (int i = 0; i < bulk.length; i++) anm[i] = (float) bulk[i].anm();
		return new BulkBand(Statistics.mean(anm), Statistics.std(anm), k);
	}

	public double lower() { return mean - k * std; }

	public double upper() { return mean + k * std; }

	public boolean isDefect(double anm) {
		return anm < lower() || anm > upper();
	}
}
