package org.stemsift.model.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.util.Pair;

import java.util.Locale;

import org.stemsift.model.DeepLearningEngine;

/**
 * The one rule for non-finite numbers in training, used by every trainer: a step whose loss or gradient is NaN or
 * infinite is never applied. The weights, batch-norm statistics and optimiser state are put back as they were before
 * the step, the learning rate is halved and the same batch is tried again; after {@link #MAX_RETRIES} failures in a
 * row (or {@link #MAX_HALVINGS} halvings in one run) training ends with a {@link TrainingDivergedException}.
 */
final class NonFiniteGuard implements AutoCloseable {

	static final int MAX_RETRIES = 3;
	static final int MAX_HALVINGS = 8;

	private final NDManager manager;
	private final Block block;
	private final CheckpointableAdam adam;
	private final String what;
	private Checkpoint beforeStep;
	private int failuresInARow;
	private int halvings;

	NonFiniteGuard(NDManager manager, Block block, CheckpointableAdam adam, String what) {
		this.manager = manager;
		this.block = block;
		this.adam = adam;
		this.what = what;
	}

	int halvings() { return halvings; }

	/** Remembers the state before a step. */
	void beforeStep() {
		if (beforeStep != null) beforeStep.close();
		beforeStep = Checkpoint.of(manager, block, adam);
	}

	/** The step went through: the next failure starts a new count. */
	void stepSucceeded() {
		failuresInARow = 0;
	}

	/**
	 * The name of the first parameter whose gradient holds a NaN or infinity, or null when all are finite. One
	 * reduction per parameter: x·0 is 0 for finite x and NaN otherwise.
	 */
	String nonFiniteGradient(NDManager scope) {
		try (NoGrad off = NoGrad.enter()) {
			NDList sums = new NDList();
			java.util.List<String> names = new java.util.ArrayList<>();
			for (Pair<String, Parameter> p : block.getParameters()) {
				NDArray array = p.getValue().getArray();
				if (!array.hasGradient()) continue;
				NDArray g = array.getGradient();
				g.attach(scope);
				sums.add(g.mul(scope.full(new Shape(), 0f, g.getDataType())).sum());
				names.add(p.getKey());
			}
			if (sums.isEmpty()) return null;
			float total = NDArrays.stack(sums).sum().getFloat();
			if (Float.isFinite(total)) return null;
			for (int i = 0; i < sums.size(); i++)
				if (!Float.isFinite(sums.get(i).getFloat())) return names.get(i);
			return "(unknown)";
		}
	}

	/**
	 * Undoes the failed step and lowers the learning rate, or throws when the retries are used up. {@code problem}
	 * says what went non-finite ("the loss was NaN").
	 */
	void recover(String problem, int epoch, int batch) {
		beforeStep.restore(block, adam);
		zeroGradients();
		failuresInARow++;
		if (failuresInARow > MAX_RETRIES || halvings >= MAX_HALVINGS)
			throw new TrainingDivergedException(String.format(Locale.ROOT,
				"Training of the %s stopped at epoch %d, batch %d: %s, %d times in a row, although each time the weights were restored and the learning rate "
					+ "halved (now %.3g). No model was written. Try a lower learning rate, check the training data for constant, saturated or NaN regions, "
					+ "or run with 1 thread; when reporting it, give this line: %s",
				what, epoch, batch + 1, problem, failuresInARow, adam.learningRate(), DeepLearningEngine.describe()));
		adam.setLearningRate(adam.learningRate() / 2);
		halvings++;
	}

	/** A skipped step leaves its gradients behind; the next backward pass would add to them. */
	private void zeroGradients() {
		for (Pair<String, Parameter> p : block.getParameters()) {
			NDArray array = p.getValue().getArray();
			if (array.hasGradient()) JniUtils.zeroGrad((PtNDArray) array);
		}
	}

	@Override
	public void close() {
		if (beforeStep != null) beforeStep.close();
	}
}
