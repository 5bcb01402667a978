package org.stemsift.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.progress.Progress;

/**
 * Trains a {@link CvaeModel} on defect-free data. Each epoch draws fresh random crops (so the network sees far more
 * distinct windows than a fixed crop set), a fixed held-out set gives the validation loss, and training stops when
 * that loss has not improved for {@code patience} epochs; the best epoch's weights are kept. Seeded: the same inputs
 * and settings give the same model on the same machine.
 */
public final class CvaeTrainer {

	/** A relative improvement below this does not count as progress for early stopping. */
	private static final double MIN_RELATIVE_IMPROVEMENT = 1e-3;

	private final TrainingSettings settings;
	private final Progress progress;

	public CvaeTrainer(TrainingSettings settings, Progress progress) {
		this.settings = settings;
		this.progress = progress == null ? Progress.NONE : progress;
	}

	/** Trains on random windows of a defect-free image (or the part of it the caller cropped). */
	public TrainingResult train(Image2D reference, int[] roi) {
		reference.requireFinite();
		Image2D region = roi == null ? reference : reference.crop(roi[0], roi[1], roi[2], roi[3]);
		Image2D blurred = Blur.image(region, settings.preprocessing().blurSigma());
		return train(CropSource.fromImage(blurred, settings.architecture().patchSize(), settings.augment()), reference.name(), roi, region);
	}

	/** Trains on a stack of defect-free patches (e.g. a NumPy training set). */
	public TrainingResult train(PatchStack patches, String sourceName) {
		requireFinite(patches);
		PatchStack blurred = Blur.patches(patches, settings.preprocessing().blurSigma());
		return train(CropSource.fromPatches(blurred, settings.architecture().patchSize(), settings.augment()), sourceName, null, null);
	}

	private static void requireFinite(PatchStack patches) {
		float[] d = patches.data();
		for (int i = 0; i < d.length; i++)
			if (!Float.isFinite(d[i])) throw new IllegalArgumentException("Patch " + patches.name(i / patches.patchSize()) + " has a NaN or infinite value: clean the data first");
	}

	private TrainingResult train(CropSource source, String sourceName, int[] roi, Image2D region) {
		long start = System.nanoTime();
		CvaeArchitecture arch = settings.architecture();
		int pp = arch.patchSize() * arch.patchSize();
		DeepLearningEngine.seed(settings.seed());
		SplittableRandom random = new SplittableRandom(settings.seed());
		float[] validation = drawCrops(source, settings.validationCrops(), new SplittableRandom(settings.seed() ^ 0x5DEECE66DL), pp);

		CvaeModel model = CvaeModel.create(arch, settings.preprocessing());
		List<ModelDescription.EpochLosses> history = new ArrayList<>();
		boolean stoppedEarly = false;
		try {
			DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()) // unused: the ELBO is computed below
				.optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) settings.learningRate())).build());
			byte[] best = null;
			double bestLoss = Double.POSITIVE_INFINITY;
			int sinceBest = 0;
			try (Trainer trainer = model.djlModel().newTrainer(config)) {
				int batches = settings.cropsPerEpoch() / settings.batchSize();
				for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
					double trainLoss = 0;
					for (int b = 0; b < batches; b++) {
						progress.checkCancelled();
						float[] batch = drawCrops(source, settings.batchSize(), random, pp);
						trainLoss += step(trainer, batch, klWeight(epoch, b, batches, settings.klWarmupEpochs())) / batches;
						progress.update(String.format("Training CVAE: epoch %d/%d, loss %.2f", epoch, settings.maxEpochs(), trainLoss * batches / (b + 1)),
							(long) (epoch - 1) * batches + b + 1, (long) settings.maxEpochs() * batches);
					}
					double valLoss = validationLoss(model, validation, settings.validationCrops());
					history.add(new ModelDescription.EpochLosses(epoch, trainLoss, valLoss));
					progress.log(String.format("epoch %d: training loss %.3f, validation loss %.3f", epoch, trainLoss, valLoss));
					if (epoch <= settings.klWarmupEpochs()) {
						// the validation ELBO rises while the KL weight does: only keep the latest weights
						best = null;
						bestLoss = Double.POSITIVE_INFINITY;
					}
					else if (valLoss < bestLoss * (1 - MIN_RELATIVE_IMPROVEMENT)) {
						bestLoss = valLoss;
						best = model.saveParameters();
						sinceBest = 0;
					}
					else if (++sinceBest >= settings.patience()) {
						stoppedEarly = epoch < settings.maxEpochs();
						break;
					}
				}
			}
			if (best != null) model.loadParameters(best);
			ModelDescription.EpochLosses last = history.get(history.size() - 1);
			ModelDescription.TrainingInfo info = new ModelDescription.TrainingInfo(sourceName, roi, history.size(), settings.maxEpochs(), settings.cropsPerEpoch(),
				settings.batchSize(), settings.learningRate(), settings.seed(), settings.augment(), last.training(), best == null ? last.validation() : bestLoss, history, (System.nanoTime() - start) / 1e9);
			model.setDescription(CvaeModel.describe(arch, settings.preprocessing(), info, null));
			return new TrainingResult(model, history, stoppedEarly, validation, settings.validationCrops(), region);
		}
		catch (RuntimeException | Error e) {
			model.close();
			throw e;
		}
		catch (Exception e) {
			model.close();
			throw new IllegalStateException("Training failed: " + e.getMessage(), e);
		}
	}

	private static float[] drawCrops(CropSource source, int n, SplittableRandom random, int pp) {
		float[] crops = new float[n * pp];
		for (int i = 0; i < n; i++) source.next(crops, i * pp, random);
		Preprocessing.scaleToMax(crops, pp);
		return crops;
	}

	/**
	 * Optional KL warm-up: the KL term's weight rises linearly from 0 to 1 over the first {@code warmupEpochs} epochs,
	 * then stays 1. (Free bits, see {@link CvaeLoss#klWithFreeBits}, proved the more reliable cure for the collapse
	 * onto the mean crop, so the default is no warm-up.)
	 */
	static float klWeight(int epoch, int batch, int batchesPerEpoch, int warmupEpochs) {
		if (warmupEpochs <= 0) return 1f;
		return Math.min(1f, (float) ((epoch - 1) * batchesPerEpoch + batch + 1) / ((long) warmupEpochs * batchesPerEpoch));
	}

	/** One optimiser step on a batch; returns the batch's mean loss (the negative ELBO once the KL weight is 1). */
	private double step(Trainer trainer, float[] batch, float klWeight) {
		int n = settings.batchSize();
		try (NDManager scope = trainer.getManager().newSubManager()) {
			NDArray x = scope.create(batch, CvaeModel.inputShape(settings.architecture(), n));
			double value;
			try (GradientCollector collector = trainer.newGradientCollector()) {
				NDList out = trainer.forward(new NDList(x));
				NDArray kl = CvaeLoss.klWithFreeBits(out.get(1), out.get(2), (float) settings.freeNats());
				NDArray loss = CvaeLoss.reconstruction(out.get(0), x).mean().add(kl.mul(Scalars.of(kl, klWeight)));
				value = loss.getFloat();
				collector.backward(loss);
			}
			trainer.step();
			return value;
		}
	}

	/** Deterministic validation loss: reconstruction from the latent mean plus the KL term. */
	private static double validationLoss(CvaeModel model, float[] crops, int n) {
		CvaeArchitecture arch = model.architecture();
		int pp = arch.patchSize() * arch.patchSize();
		double total = 0;
		for (int start = 0; start < n; start += CvaeModel.INFERENCE_BATCH) {
			int count = Math.min(CvaeModel.INFERENCE_BATCH, n - start);
			try (NDManager scope = model.djlModel().getNDManager().newSubManager()) {
				float[] chunk = new float[count * pp];
				System.arraycopy(crops, start * pp, chunk, 0, chunk.length);
				NDArray x = scope.create(chunk, CvaeModel.inputShape(arch, count));
				NDList out = model.block().forward(new ai.djl.training.ParameterStore(scope, false), new NDList(x), false);
				total += CvaeLoss.reconstruction(out.get(0), x).add(CvaeLoss.kl(out.get(1), out.get(2))).sum().getFloat();
			}
		}
		return total / n;
	}
}
