package org.stemsift.model.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.stemsift.model.ModelDescription.EpochLosses;
import org.stemsift.progress.Progress;

/**
 * The one training loop every network uses: seeded batches, one guarded optimiser step per batch (see
 * {@link NonFiniteGuard}: nothing non-finite is ever applied), a deterministic validation loss per epoch, early
 * stopping when it stalls with the best epoch's weights kept, progress and cancel. What differs between networks comes
 * in as a {@link Batches} source and an {@link Objective}.
 */
public final class TrainingLoop {

	/** A relative improvement below this does not count as progress for early stopping. */
	private static final double MIN_RELATIVE_IMPROVEMENT = 1e-3;

	/** Where training batches come from: flat float data of the given shape, drawn with the loop's seeded random. */
	public interface Batches {
		float[] draw(SplittableRandom random);

		Shape shape();
	}

	/** The scalar training loss of one batch from the network's training-mode output. */
	public interface Objective {
		NDArray loss(NDList output, NDArray input, int epoch, int batch);
	}

	/** The loss on held-out data, computed deterministically (no sampling) after each epoch. */
	public interface Validation {
		double loss();
	}

	/**
	 * @param label what is trained, for progress and messages ("CVAE")
	 * @param keepLatestUntilEpoch epochs up to this one never count as best (e.g. while a KL weight still rises)
	 */
	public record Settings(String label, int maxEpochs, int batchesPerEpoch, double learningRate, int patience, int keepLatestUntilEpoch) {
		public Settings {
			if (maxEpochs < 1 || batchesPerEpoch < 1 || patience < 1) throw new IllegalArgumentException("Epochs, batches per epoch and patience must be at least 1");
			if (!(learningRate > 0)) throw new IllegalArgumentException("The learning rate must be positive, got " + learningRate);
		}
	}

	/** What happened: losses per epoch, whether it stopped early, the kept validation loss, learning-rate halvings. */
	public record Result(List<EpochLosses> history, boolean stoppedEarly, double keptValidationLoss, int learningRateHalvings, double finalLearningRate) {}

	private TrainingLoop() {}

	/**
	 * Trains {@code model}'s (initialised) block in place and leaves it holding the best epoch's weights. The caller
	 * seeds the engine and {@code random} beforehand.
	 */
	public static Result run(Model model, Batches batches, Objective objective, Validation validation, Settings s, SplittableRandom random, Progress progress) {
		Progress p = progress == null ? Progress.NONE : progress;
		try (NDManager state = model.getNDManager().newSubManager()) {
			CheckpointableAdam adam = new CheckpointableAdam((float) s.learningRate(), state);
			DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()) // unused: the objective gives the loss
				.optOptimizer(adam);
			List<EpochLosses> history = new ArrayList<>();
			Checkpoint best = null;
			double bestLoss = Double.POSITIVE_INFINITY;
			int sinceBest = 0;
			boolean stoppedEarly = false;
			try (Trainer trainer = model.newTrainer(config); NonFiniteGuard guard = new NonFiniteGuard(state, model.getBlock(), adam, s.label())) {
				for (int epoch = 1; epoch <= s.maxEpochs(); epoch++) {
					double trainLoss = 0;
					for (int b = 0; b < s.batchesPerEpoch(); b++) {
						p.checkCancelled();
						float[] batch = batches.draw(random);
						trainLoss += step(trainer, adam, guard, batches.shape(), batch, objective, epoch, b) / s.batchesPerEpoch();
						p.update(String.format(Locale.ROOT, "Training %s: epoch %d/%d, loss %.2f", s.label(), epoch, s.maxEpochs(), trainLoss * s.batchesPerEpoch() / (b + 1)),
							(long) (epoch - 1) * s.batchesPerEpoch() + b + 1, (long) s.maxEpochs() * s.batchesPerEpoch());
					}
					double valLoss = validation.loss();
					if (!Double.isFinite(valLoss))
						throw new TrainingDivergedException(String.format(Locale.ROOT, "Training of the %s stopped after epoch %d: the validation loss is %s although every "
							+ "training step was finite. No model was written. Try a lower learning rate or check the held-out data.", s.label(), epoch, valLoss));
					history.add(new EpochLosses(epoch, trainLoss, valLoss));
					p.log(String.format(Locale.ROOT, "epoch %d: training loss %.3f, validation loss %.3f", epoch, trainLoss, valLoss));
					if (epoch <= s.keepLatestUntilEpoch()) {
						if (best != null) best.close();
						best = null;
						bestLoss = Double.POSITIVE_INFINITY;
					}
					else if (valLoss < bestLoss * (1 - MIN_RELATIVE_IMPROVEMENT)) {
						if (best != null) best.close();
						best = Checkpoint.of(state, model.getBlock(), null);
						bestLoss = valLoss;
						sinceBest = 0;
					}
					else if (++sinceBest >= s.patience()) {
						stoppedEarly = epoch < s.maxEpochs();
						break;
					}
				}
				if (best != null) best.restore(model.getBlock(), null);
				double kept = best == null ? history.get(history.size() - 1).validation() : bestLoss;
				return new Result(history, stoppedEarly, kept, guard.halvings(), adam.learningRate());
			}
			finally {
				if (best != null) best.close();
			}
		}
	}

	/** One guarded step; returns the batch's loss. A non-finite step is undone and retried on the same batch. */
	private static double step(Trainer trainer, CheckpointableAdam adam, NonFiniteGuard guard, Shape shape, float[] batch, Objective objective, int epoch, int b) {
		while (true) {
			guard.beforeStep();
			String problem;
			try (NDManager scope = trainer.getManager().newSubManager()) {
				NDArray x = scope.create(batch, shape);
				float value;
				try (GradientCollector collector = trainer.newGradientCollector()) {
					NDArray loss = objective.loss(trainer.forward(new NDList(x)), x, epoch, b);
					value = loss.getFloat();
					if (Float.isFinite(value)) collector.backward(loss);
				}
				String badGradient = Float.isFinite(value) ? guard.nonFiniteGradient(scope) : null;
				if (Float.isFinite(value) && badGradient == null) {
					adam.beginStep();
					trainer.step();
					guard.stepSucceeded();
					return value;
				}
				problem = !Float.isFinite(value) ? "the loss was " + value : "the gradient of '" + badGradient + "' was not finite";
			}
			guard.recover(problem, epoch, b);
		}
	}
}
