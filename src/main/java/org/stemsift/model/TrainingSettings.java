package org.stemsift.model;

/**
 * Everything that decides a CVAE training run. Defaults follow the seed work (Adam, batch 16, σ 2) but train on many
 * fresh random crops per epoch with a KL warm-up and early stopping, at learning rate 1e-3 rather than the seed's
 * 1e-4, which reaches the seed's quality in minutes on a CPU instead of hundreds of epochs over a fixed set of 1000
 * crops. The KL term uses "free bits" ({@code freeNats} per latent dimension, see
 * {@link CvaeLoss#klWithFreeBits}); the validation loss is always the plain ELBO.
 */
public record TrainingSettings(CvaeArchitecture architecture, Preprocessing preprocessing, int maxEpochs, int cropsPerEpoch, int validationCrops, int batchSize,
	double learningRate, int patience, boolean augment, int klWarmupEpochs, double freeNats, long seed) {

	public TrainingSettings {
		if (maxEpochs < 1) throw new IllegalArgumentException("Epochs must be at least 1, got " + maxEpochs);
		if (batchSize < 1) throw new IllegalArgumentException("Batch size must be at least 1, got " + batchSize);
		if (cropsPerEpoch < batchSize) throw new IllegalArgumentException("Crops per epoch (" + cropsPerEpoch + ") must be at least the batch size (" + batchSize + ")");
		if (validationCrops < 1) throw new IllegalArgumentException("Need at least one validation crop");
		if (!(learningRate > 0) || learningRate > 1) throw new IllegalArgumentException("Learning rate must be in (0, 1], got " + learningRate);
		if (patience < 1) throw new IllegalArgumentException("Patience must be at least 1 epoch, got " + patience);
		if (klWarmupEpochs < 0) throw new IllegalArgumentException("KL warm-up must be 0 or more epochs, got " + klWarmupEpochs);
		if (!(freeNats >= 0) || freeNats > 100) throw new IllegalArgumentException("Free nats per latent dimension must be between 0 and 100, got " + freeNats);
	}

	/**
	 * Free nats per latent dimension. Without them, on clean synthetic lattices the prior collapsed the code before the
	 * decoder used it and training sat on the mean crop (seen for 10+ epochs, with or without a KL warm-up); with 0.5
	 * the full network left that plateau in its first epoch.
	 */
	public static final double DEFAULT_FREE_NATS = 0.5;

	public static TrainingSettings defaults() {
		return new TrainingSettings(CvaeArchitecture.standard(), new Preprocessing(Preprocessing.DEFAULT_SIGMA), 20, 2048, 256, 16, 1e-3, 3, true, 0, DEFAULT_FREE_NATS, 42);
	}

	public TrainingSettings withArchitecture(CvaeArchitecture a) {
		return new TrainingSettings(a, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, augment, klWarmupEpochs, freeNats, seed);
	}

	public TrainingSettings withEpochs(int epochs) {
		return new TrainingSettings(architecture, preprocessing, epochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, augment, klWarmupEpochs, freeNats, seed);
	}

	public TrainingSettings withCropsPerEpoch(int crops) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, crops, validationCrops, batchSize, learningRate, patience, augment, klWarmupEpochs, freeNats, seed);
	}

	public TrainingSettings withSigma(double sigma) {
		return new TrainingSettings(architecture, new Preprocessing(sigma), maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, augment, klWarmupEpochs, freeNats, seed);
	}

	public TrainingSettings withLearningRate(double lr) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, lr, patience, augment, klWarmupEpochs, freeNats, seed);
	}

	public TrainingSettings withSeed(long s) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, augment, klWarmupEpochs, freeNats, s);
	}

	public TrainingSettings withPatience(int p) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, p, augment, klWarmupEpochs, freeNats, seed);
	}

	public TrainingSettings withKlWarmupEpochs(int w) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, augment, w, freeNats, seed);
	}

	public TrainingSettings withFreeNats(double f) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, augment, klWarmupEpochs, f, seed);
	}

	public TrainingSettings withAugment(boolean a) {
		return new TrainingSettings(architecture, preprocessing, maxEpochs, cropsPerEpoch, validationCrops, batchSize, learningRate, patience, a, klWarmupEpochs, freeNats, seed);
	}
}
