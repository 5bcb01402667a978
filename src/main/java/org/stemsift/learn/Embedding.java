package org.stemsift.learn;

/**
 * Two-dimensional views of {@code double[n][d]} data for display (one row per sample, columns x and y). Seeded and
 * independent of the number of threads, so a view can be reproduced.
 */
public final class Embedding {

	private Embedding() {}

	/**
	 * t-SNE (see {@link Tsne}); 1000 iterations and perplexity 30 are the usual choice.
	 *
	 * @param perplexity effective number of neighbours, below the number of samples
	 */
	public static double[][] tsne(double[][] x, double perplexity, int iterations, long seed) {
		Matrices.requireRectangularFinite(x, 2, "samples for t-SNE");
		return Tsne.embed(x, perplexity, iterations, seed);
	}

	/**
	 * UMAP (see {@link Umap}); 15 neighbours is the usual choice.
	 *
	 * @param neighbours size of the local neighbourhood, the sample itself included (umap-learn's {@code n_neighbors})
	 */
	public static double[][] umap(double[][] x, int neighbours, long seed) {
		Matrices.requireRectangularFinite(x, 2, "samples for UMAP");
		return Umap.embed(x, neighbours, seed);
	}
}
