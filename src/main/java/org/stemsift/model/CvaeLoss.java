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
		NDArray bce = logits.maximum(0f).sub(logits.mul(target)).add(logits.abs().neg().exp().add(1f).log());
		return bce.sum(new int[] { 1, 2, 3 });
	}

	/** Per-sample KL(q(z|x) || N(0, I)), shape (N). */
	static NDArray kl(NDArray mean, NDArray logVariance) {
		return logVariance.add(1f).sub(mean.square()).sub(logVariance.exp()).sum(new int[] { 1 }).mul(-0.5f);
	}
}
