package org.stemsift.model;

import java.util.Arrays;

/**
 * Shape of the convolutional VAE. The default is the seed work's network (Prifti et al. 2023; Ayyubi et al. 2026):
 * 64×64 patches, encoder convolutions 64/128/128 (3×3, stride 2), a 20-d latent, decoder Dense 8×8×64 then three ×2
 * upsamplings (128/128/64 channels) and a last 3×3 convolution to one channel of logits.
 *
 * <p>Every ×2 upsampling is nearest-neighbour (a reshape and broadcast) followed by a 3×3 convolution: DJL's PyTorch
 * engine has no transposed convolution. With {@code batchNorm} (the default) every hidden convolution is followed by
 * batch normalisation, a change to the seed network that speeds up training on a CPU: without it a small network on a
 * synthetic lattice stayed for 640 steps on the plateau where the decoder emits the mean crop.
 */
public record CvaeArchitecture(int patchSize, int latentDim, int[] encoderChannels, int decoderBaseChannels, int[] decoderChannels, boolean batchNorm) {

	public static final int DEFAULT_PATCH = 64;

	public CvaeArchitecture {
		if (encoderChannels.length == 0 || decoderChannels.length == 0)
			throw new IllegalArgumentException("The network needs at least one encoder and one decoder convolution");
		int factor = 1 << encoderChannels.length;
		if (patchSize < factor * 2 || patchSize % (1 << decoderChannels.length) != 0 || patchSize % factor != 0)
			throw new IllegalArgumentException("Patch size " + patchSize + " must be a multiple of " + Math.max(factor, 1 << decoderChannels.length)
				+ " and at least " + factor * 2 + " px (e.g. 32, 48, 64, 96, 128)");
		if (latentDim < 1) throw new IllegalArgumentException("Latent size must be at least 1, got " + latentDim);
		for (int c : encoderChannels) if (c < 1) throw new IllegalArgumentException("Channel counts must be positive");
		for (int c : decoderChannels) if (c < 1) throw new IllegalArgumentException("Channel counts must be positive");
		if (decoderBaseChannels < 1) throw new IllegalArgumentException("Channel counts must be positive");
		encoderChannels = encoderChannels.clone();
		decoderChannels = decoderChannels.clone();
	}

	/** The seed network for the given patch size and latent size. */
	public static CvaeArchitecture standard(int patchSize, int latentDim) {
		return new CvaeArchitecture(patchSize, latentDim, new int[] { 64, 128, 128 }, 64, new int[] { 128, 128, 64 }, true);
	}

	public static CvaeArchitecture standard() {
		return standard(DEFAULT_PATCH, 20);
	}

	/** The same layout with every channel count divided by {@code divisor} (at least 4): for quick tests and small data. */
	public CvaeArchitecture slimmed(int divisor) {
		return new CvaeArchitecture(patchSize, latentDim, scale(encoderChannels, divisor), Math.max(4, decoderBaseChannels / divisor), scale(decoderChannels, divisor), batchNorm);
	}

	private static int[] scale(int[] channels, int divisor) {
		return Arrays.stream(channels).map(c -> Math.max(4, c / divisor)).toArray();
	}

	/** Side of the smallest feature map, where the decoder starts. */
	public int decoderStartSize() {
		return patchSize >> decoderChannels.length;
	}

	public int encoderEndSize() {
		return patchSize >> encoderChannels.length;
	}

	@Override
	public int[] encoderChannels() { return encoderChannels.clone(); }

	@Override
	public int[] decoderChannels() { return decoderChannels.clone(); }

	@Override
	public boolean equals(Object o) {
		return o instanceof CvaeArchitecture a && a.patchSize == patchSize && a.latentDim == latentDim && Arrays.equals(a.encoderChannels, encoderChannels)
			&& a.decoderBaseChannels == decoderBaseChannels && Arrays.equals(a.decoderChannels, decoderChannels) && a.batchNorm == batchNorm;
	}

	@Override
	public int hashCode() {
		return patchSize * 31 + latentDim + Arrays.hashCode(encoderChannels) * 7 + Arrays.hashCode(decoderChannels);
	}

	@Override
	public String toString() {
		return "CVAE " + patchSize + "x" + patchSize + ", latent " + latentDim + ", encoder " + Arrays.toString(encoderChannels) + ", decoder " + decoderBaseChannels
			+ "@" + decoderStartSize() + "x" + decoderStartSize() + " " + Arrays.toString(decoderChannels) + (batchNorm ? ", batch norm" : "");
	}
}
