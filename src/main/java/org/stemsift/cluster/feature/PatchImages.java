package org.stemsift.cluster.feature;

/**
 * The images of one patch that features are computed from, all {@code side × side}, row-major, in units of the patch
 * maximum (as the CVAE sees them): the preprocessed input, the CVAE's bulk-like prediction, the difference
 * (input − prediction) and the filtered difference.
 * <p>
 * Arrays are shared, not copied: features must not modify them.
 */
public final class PatchImages {

	private final int side;
	private final float[] input;
	private final float[] prediction;
	private final float[] difference;
	private final float[] filtered;

	public PatchImages(int side, float[] input, float[] prediction, float[] difference, float[] filtered) {
		int n = side * side;
		if (side < 1 || input.length != n || prediction.length != n || difference.length != n || filtered.length != n)
			throw new IllegalArgumentException("Every patch image must hold " + side + "x" + side + " values");
		this.side = side;
		this.input = input;
		this.prediction = prediction;
		this.difference = difference;
		this.filtered = filtered;
	}

	public int side() { return side; }
	public float[] input() { return input; }
	public float[] prediction() { return prediction; }
	public float[] difference() { return difference; }
	public float[] filtered() { return filtered; }
}
