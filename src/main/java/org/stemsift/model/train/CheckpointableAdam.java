package org.stemsift.model.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;

import java.util.HashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015) with the same update as DJL's {@code Adam} (bias-corrected step through the engine's fused
 * {@code adamUpdate}), but with its state in the open: the moment estimates and the step count can be copied and put
 * back, so a step that went non-finite can be undone, and the learning rate can be lowered mid-run.
 */
final class CheckpointableAdam extends Optimizer {

	private static final float BETA1 = 0.9f;
	private static final float BETA2 = 0.999f;
	private static final float EPSILON = 1e-8f;

	private final NDManager stateManager;
	private final Map<String, NDArray> means = new HashMap<>();
	private final Map<String, NDArray> variances = new HashMap<>();
	private float learningRate;
	private int step;

	CheckpointableAdam(float learningRate, NDManager stateManager) {
		super(new Builder());
		this.learningRate = learningRate;
		this.stateManager = stateManager;
	}

	float learningRate() { return learningRate; }

	void setLearningRate(float lr) { this.learningRate = lr; }

	/** Called once before each optimiser step (DJL calls {@link #update} once per parameter within it). */
	void beginStep() { step++; }

	@Override
	public void update(String parameterId, NDArray weight, NDArray grad) {
		double coef1 = 1.0 - Math.pow(BETA1, step);
		double coef2 = 1.0 - Math.pow(BETA2, step);
		float biasCorrected = (float) (learningRate * Math.sqrt(coef2) / coef1);
		NDArray mean = means.computeIfAbsent(parameterId, k -> stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
		NDArray variance = variances.computeIfAbsent(parameterId, k -> stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
		weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, mean, variance), new NDList(weight), learningRate, biasCorrected, 0f, rescaleGrad, clipGrad,
			BETA1, BETA2, EPSILON, true, false);
	}

	/** A copy of the state, in {@code manager}. */
	State copyState(NDManager manager) {
		return new State(copy(means, manager), copy(variances, manager), step);
	}

	/** Puts a copied state back (in place, so nothing else holding the arrays is left stale). */
	void restore(State s) {
		restoreInto(means, s.means());
		restoreInto(variances, s.variances());
		step = s.step();
	}

	private static Map<String, NDArray> copy(Map<String, NDArray> state, NDManager manager) {
		Map<String, NDArray> out = new HashMap<>();
		state.forEach((k, v) -> {
			NDArray c = v.duplicate();
			c.attach(manager);
			out.put(k, c);
		});
		return out;
	}

	private void restoreInto(Map<String, NDArray> state, Map<String, NDArray> saved) {
		// moments created after the copy did not exist then: start them again from zero
		state.keySet().removeIf(k -> {
			if (saved.containsKey(k)) return false;
			state.get(k).close();
			return true;
		});
		saved.forEach((k, v) -> {
			NDArray target = state.get(k);
			if (target == null) {
				NDArray c = v.duplicate();
				c.attach(stateManager);
				state.put(k, c);
			}
			else Checkpoint.copyInto(v, target);
		});
	}

	record State(Map<String, NDArray> means, Map<String, NDArray> variances, int step) {}

	private static final class Builder extends OptimizerBuilder<Builder> {
		@Override
		protected Builder self() {
			return this;
		}
	}
}
