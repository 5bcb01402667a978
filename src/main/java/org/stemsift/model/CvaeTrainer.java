package org.stemsift.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.List;
import java.util.SplittableRandom;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.model.train.TrainingLoop;
import org.stemsift.progress.Progress;

/**
 * Trains a {@link CvaeModel} on defect-free data, through the one {@link TrainingLoop}. Each epoch draws fresh random
 * crops (so the network sees far more distinct windows than a fixed crop set), a fixed held-out set gives the
 * validation loss, and training stops when that loss has not improved for {@code patience} epochs; the best epoch's
 * weights are kept. Seeded: the same inputs and settings give the same model on the same machine and thread count.
 */
public final class CvaeTrainer {

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
		int batches = settings.cropsPerEpoch() / settings.batchSize();
		TrainingLoop.Batches crops = new TrainingLoop.Batches() {
			@Override
			public float[] draw(SplittableRandom r) {
				return drawCrops(source, settings.batchSize(), r, pp);
			}

			@Override
			public Shape shape() {
				return CvaeModel.inputShape(arch, settings.batchSize());
			}
		};
		TrainingLoop.Objective elbo = (out, x, epoch, b) -> {
			NDArray kl = CvaeLoss.klWithFreeBits(out.get(1), out.get(2), (float) settings.freeNats());
			return CvaeLoss.reconstruction(out.get(0), x).mean().add(kl.mul(Scalars.of(kl, klWeight(epoch, b, batches, settings.klWarmupEpochs()))));
		};
		TrainingLoop.Settings loop = new TrainingLoop.Settings("CVAE", settings.maxEpochs(), batches, settings.learningRate(), settings.patience(), settings.klWarmupEpochs());

		CvaeModel model = CvaeModel.create(arch, settings.preprocessing());
		try {
			TrainingLoop.Result r = TrainingLoop.run(model.djlModel(), crops, elbo, () -> validationLoss(model, validation, settings.validationCrops()), loop, random, progress);
			List<ModelDescription.EpochLosses> history = r.history();
			ModelDescription.EpochLosses last = history.get(history.size() - 1);
			ModelDescription.TrainingInfo info = new ModelDescription.TrainingInfo(sourceName, roi, history.size(), settings.maxEpochs(), settings.cropsPerEpoch(),
				settings.batchSize(), settings.learningRate(), settings.seed(), settings.augment(), last.training(), r.keptValidationLoss(), history,
				(System.nanoTime() - start) / 1e9, DeepLearningEngine.describe(), r.learningRateHalvings());
			model.setDescription(CvaeModel.describe(arch, settings.preprocessing(), info, null));
			return new TrainingResult(model, history, r.stoppedEarly(), validation, settings.validationCrops(), region);
		}
		catch (RuntimeException | Error e) {
			model.close();
			throw e;
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
