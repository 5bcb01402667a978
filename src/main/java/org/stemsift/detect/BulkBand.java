package org.stemsift.detect;

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

	/** Mean and population standard deviation (NumPy's default, as in the seed work) of the bulk patches' ANM. */
	public static BulkBand of(PatchScore[] bulk, double k) {
		if (bulk.length == 0) throw new IllegalArgumentException("Need at least one bulk patch to define the decision band");
		double mean = 0;
		for (PatchScore s : bulk) mean += s.anm() / bulk.length;
		double var = 0;
		for (PatchScore s : bulk) var += (s.anm() - mean) * (s.anm() - mean) / bulk.length;
		return new BulkBand(mean, Math.sqrt(var), k);
	}

	public double lower() { return mean - k * std; }

	public double upper() { return mean + k * std; }

	public boolean isDefect(double anm) {
		return anm < lower() || anm > upper();
	}
}
