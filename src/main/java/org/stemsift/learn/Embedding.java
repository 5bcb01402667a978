package org.stemsift.learn;

import org.stemsift.progress.Progress;

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
		return tsne(x, perplexity, iterations, seed, Progress.NONE);
	}

	/** t-SNE that reports its iterations and stops when asked to. */
	public static double[][] tsne(double[][] x, double perplexity, int iterations, long seed, Progress progress) {
		Matrices.requireRectangularFinite(x, 2, "samples for t-SNE");
		return Tsne.embed(x, perplexity, iterations, seed, progress);
	}

	/**
	 * UMAP (see {@link Umap}); 15 neighbours is the usual choice.
	 *
	 * @param neighbours size of the local neighbourhood, the sample itself included (umap-learn's {@code n_neighbors})
	 */
	public static double[][] umap(double[][] x, int neighbours, long seed) {
		return umap(x, neighbours, seed, Progress.NONE);
	}

	/** UMAP that reports its epochs and stops when asked to. */
	public static double[][] umap(double[][] x, int neighbours, long seed, Progress progress) {
		Matrices.requireRectangularFinite(x, 2, "samples for UMAP");
		return Umap.embed(x, neighbours, seed, progress);
	}

	/** Scores on the first two principal components (the second 0 for one feature): the start of both embeddings. */
	static double[][] principalPlane(double[][] x) {
		if (x[0].length >= 2) return Pca.fit(x).transform(x, 2);
		double[][] y = new double[x.length][2];
		for (int i = 0; i < x.length; i++) y[i][0] = x[i][0];
		return y;
	}
}
