package org.stemsift.model;

import java.util.List;

/**
 * The JSON half of a model file: enough to rebuild the network, preprocess new data the same way, check that an image
 * fits, and say where the model came from.
 */
public record ModelDescription(String kind, int formatVersion, String stemsiftVersion, String created, Architecture architecture, PreprocessingInfo preprocessing,
	TrainingInfo training, BulkStatistics bulkStatistics) {

	public static final String CVAE_KIND = "stemsift.cvae";
	public static final int FORMAT_VERSION = 1;

	public record Architecture(String type, int patchSize, int latentDim, int[] encoderChannels, int decoderBaseChannels, int[] decoderChannels, boolean batchNorm) {

		static Architecture of(CvaeArchitecture a) {
			return new Architecture("cvae", a.patchSize(), a.latentDim(), a.encoderChannels(), a.decoderBaseChannels(), a.decoderChannels(), a.batchNorm());
		}

		CvaeArchitecture toCvae() {
			return new CvaeArchitecture(patchSize, latentDim, encoderChannels, decoderBaseChannels, decoderChannels, batchNorm);
		}
	}

	public record PreprocessingInfo(double blurSigma, String normalisation) {}

	/**
	 * Where and how the model was trained; roi is x, y, width, height in the training image, or null for all of it.
	 * {@code engine} names the engine, version, threads and CPU capability that trained it, {@code learningRateHalvings}
	 * how often a non-finite step made training halve its learning rate (both absent from older files).
	 */
	public record TrainingInfo(String imageName, int[] roi, int epochsRun, int maxEpochs, int cropsPerEpoch, int batchSize, double learningRate, long seed,
		boolean augment, double finalTrainingLoss, double finalValidationLoss, List<EpochLosses> history, double seconds, String engine, int learningRateHalvings) {}

	public record EpochLosses(int epoch, double training, double validation) {}

	/**
	 * How bulk looks to the model, measured right after training: the ANM mean and std of held-out crops (the
	 * patch-level decision band, with the patch filter), the std of their difference images, and {@code peakLevel}, the
	 * largest |filtered difference| in bulk (from whole-image detection on the training region when the model was
	 * trained on an image, else from the crops), measured with the image filter {@code filterCutoff} /
	 * {@code filterSmoothing}; it sets the automatic whole-image detection threshold.
	 */
	public record BulkStatistics(int patches, double anmMean, double anmStd, double differenceStd, double peakLevel, String peakSource, double filterCutoff,
		double filterSmoothing) {}

	public Preprocessing toPreprocessing() {
		return new Preprocessing(preprocessing.blurSigma());
	}
}
