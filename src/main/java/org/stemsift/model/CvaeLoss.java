package org.stemsift.model;

import ai.djl.ndarray.NDArray;

/**
 * The one-sample negative ELBO of the seed work: sigmoid cross-entropy of the reconstruction (summed over pixels) plus
 * the analytic KL divergence of the approximate posterior from N(0, I), both averaged over the batch.
 */
final class CvaeLoss {

	private CvaeLoss() {}

	/** Per-sample reconstruction cross-entropy, shape (N). Targets in [0, 1]. */
	static NDArray reconstruction(NDArray logits, NDArray target) {
		// max(l, 0) - l * x + log(1 + exp(-|l|)): the numerically stable form.
		NDArray bce = logits.maximum(Scalars.of(logits, 0f)).sub(logits.mul(target)).add(logits.abs().neg().exp().add(Scalars.of(logits, 1f)).log());
		return bce.sum(new int[] { 1, 2, 3 });
	}

	/**
	 * The batch's KL term with "free bits" (Kingma et al. 2016): each latent dimension's KL, averaged over the batch,
	 * counts at least {@code freeNats}, so the prior no longer pushes a dimension that carries less than that towards
	 * zero information. Returns a scalar, the per-sample KL to add to the mean reconstruction loss.
	 */
	static NDArray klWithFreeBits(NDArray mean, NDArray logVariance, float freeNats) {
		NDArray perDimension = logVariance.add(Scalars.of(logVariance, 1f)).sub(mean.square()).sub(logVariance.exp()).mul(Scalars.of(logVariance, -0.5f)).mean(new int[] { 0 });
		return perDimension.maximum(Scalars.of(perDimension, freeNats)).sum();
	}

	/** Per-sample KL(q(z|x) || N(0, I)), shape (N). */
	static NDArray kl(NDArray mean, NDArray logVariance) {
		return logVariance.add(Scalars.of(logVariance, 1f)).sub(mean.square()).sub(logVariance.exp()).sum(new int[] { 1 }).mul(Scalars.of(logVariance, -0.5f));
	}
}
