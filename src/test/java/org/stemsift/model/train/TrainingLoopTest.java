package org.stemsift.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.stemsift.model.DeepLearningEngine;

/**
 * The one training loop's rule for non-finite steps, on a small regression network with batch norm: a NaN loss or
 * gradient is never applied, the step is undone (weights, batch-norm statistics, Adam's moments), retried at half the
 * learning rate, and training ends with a clear message when retries do not help.
 */
class TrainingLoopTest {

	private static final int BATCH = 8, IN = 6;
	private static final TrainingLoop.Settings SETTINGS = new TrainingLoop.Settings("test network", 3, 5, 1e-2, 10, 0);

	/** Linear → batch norm → ReLU → linear; learns a fixed linear map of its input. */
	private static Model network() {
		DeepLearningEngine.seed(3);
		SequentialBlock block = new SequentialBlock().add(Linear.builder().setUnits(12).build()).add(BatchNorm.builder().build()).add(Activation.reluBlock())
			.add(Linear.builder().setUnits(1).build());
		Model model = Model.newInstance("loop-test", DeepLearningEngine.device(), "PyTorch");
		model.setBlock(block);
		block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(BATCH, IN));
		return model;
	}

	private static final TrainingLoop.Batches BATCHES = new TrainingLoop.Batches() {
		@Override
		public float[] draw(SplittableRandom random) {
			float[] x = new float[BATCH * IN];
			for (int i = 0; i < x.length; i++) x[i] = (float) random.nextDouble(-1, 1);
			return x;
		}

		@Override
		public Shape shape() {
			return new Shape(BATCH, IN);
		}
	};

	/** Mean squared error against sum of inputs; {@code nanAt} makes the loss NaN at those global steps (0-based). */
	private static TrainingLoop.Objective objective(IntPredicate nanAt, int[] calls) {
		return (out, x, epoch, batch) -> {
			int call = calls[0]++;
			NDArray target = x.sum(new int[] { 1 }, true);
			NDArray loss = out.singletonOrThrow().sub(target).square().mean();
			return nanAt.test(call) ? loss.mul(loss.getManager().full(new Shape(), Float.NaN)) : loss;
		};
	}

	private static TrainingLoop.Validation validation(Model model) {
		return () -> {
			float[] x = BATCHES.draw(new SplittableRandom(99));
			try (var scope = model.getNDManager().newSubManager()) {
				NDArray in = scope.create(x, BATCHES.shape());
				NDArray out = model.getBlock().forward(new ParameterStore(scope, false), new NDList(in), false).singletonOrThrow();
				return out.sub(in.sum(new int[] { 1 }, true)).square().mean().getFloat();
			}
		};
	}

	private record Run(TrainingLoop.Result result, byte[] weights, int calls) {}

	private static Run train(IntPredicate nanAt, double learningRate) {
		int[] calls = { 0 };
		try (Model model = network()) {
			TrainingLoop.Settings s = new TrainingLoop.Settings(SETTINGS.label(), SETTINGS.maxEpochs(), SETTINGS.batchesPerEpoch(), learningRate, SETTINGS.patience(), 0);
			TrainingLoop.Result r = TrainingLoop.run(model, BATCHES, objective(nanAt, calls), validation(model), s, new SplittableRandom(5), null);
			return new Run(r, weights(model), calls[0]);
		}
	}

	private static byte[] weights(Model model) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			model.getBlock().saveParameters(out);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		return bytes.toByteArray();
	}

	@Test
	void trainsAndIsReproducible() {
		Run a = train(step -> false, 1e-2), b = train(step -> false, 1e-2);
		assertArrayEquals(a.weights(), b.weights());
		List<Double> val = new ArrayList<>();
		a.result().history().forEach(e -> val.add(e.validation()));
		assertTrue(val.get(val.size() - 1) < val.get(0), "validation loss should fall: " + val);
		assertEquals(0, a.result().learningRateHalvings());
	}

	/**
	 * A NaN at the very first step is undone completely (batch-norm statistics included) and the batch retried at half
	 * the rate: the result is exactly the run that started at half the rate.
	 */
	@Test
	void aNanFirstStepIsUndoneAndRetriedAtHalfTheRate() {
		Run recovered = train(step -> step == 0, 1e-2);
		Run halfRate = train(step -> false, 5e-3);
		assertEquals(1, recovered.result().learningRateHalvings());
		assertEquals(5e-3, recovered.result().finalLearningRate(), 1e-9);
		assertEquals(halfRate.calls() + 1, recovered.calls());
		assertArrayEquals(halfRate.weights(), recovered.weights(), "the failed step left something behind");
	}

	/**
	 * PyTorch's grad mode is per thread and on by default: only the engine's first thread has it off. Fiji runs commands
	 * on other threads, where restoring weights in place once failed ("a view of a leaf Variable that requires grad").
	 */
	@Test
	void recoveryAndBestEpochWorkOnAnyThread() throws Exception {
		Run here = train(step -> step == 2, 1e-2);
		Run[] there = new Run[1];
		Throwable[] failure = new Throwable[1];
		Thread other = new Thread(() -> {
			try {
				there[0] = train(step -> step == 2, 1e-2);
			}
			catch (Throwable t) {
				failure[0] = t;
			}
		});
		other.start();
		other.join();
		if (failure[0] != null) throw new AssertionError("training on another thread failed", failure[0]);
		assertArrayEquals(here.weights(), there[0].weights());
	}

	@Test
	void aNanLaterInTrainingIsSurvived() {
		Run r = train(step -> step == 7, 1e-2);
		assertEquals(1, r.result().learningRateHalvings());
		r.result().history().forEach(e -> assertTrue(Double.isFinite(e.training()) && Double.isFinite(e.validation()), e.toString()));
		assertFalse(java.util.Arrays.equals(r.weights(), train(step -> false, 1e-2).weights()));
	}

	@Test
	void aPersistentNanEndsTrainingWithAClearMessage() {
		TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> train(step -> step >= 7, 1e-2));
		String m = e.getMessage();
		assertTrue(m.contains("test network") && m.contains("epoch 2, batch 3") && m.contains("the loss was NaN"), m);
		assertTrue(m.contains("4 times in a row") && m.contains("No model was written") && m.contains("learning rate") && m.contains("PyTorch"), m);
	}

	/** A finite loss with a NaN gradient (the gradient of √0) is caught too, and the parameter is named. */
	@Test
	void aNanGradientIsCaughtAndNamed() {
		int[] calls = { 0 };
		TrainingLoop.Objective sqrtOfZero = (out, x, epoch, batch) -> {
			calls[0]++;
			NDArray o = out.singletonOrThrow();
			return o.sub(o).sqrt().sum();
		};
		try (Model model = network()) {
			TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
				() -> TrainingLoop.run(model, BATCHES, sqrtOfZero, validation(model), SETTINGS, new SplittableRandom(5), null));
			assertTrue(e.getMessage().contains("the gradient of '") && e.getMessage().contains("was not finite") && e.getMessage().contains("epoch 1, batch 1"), e.getMessage());
			assertEquals(NonFiniteGuard.MAX_RETRIES + 1, calls[0]);
			for (Pair<String, Parameter> p : model.getBlock().getParameters())
				for (float v : p.getValue().getArray().toFloatArray()) assertTrue(Float.isFinite(v), p.getKey() + " holds " + v);
		}
	}
}
