package org.stemsift.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.stemsift.progress.CancelledException;
import org.stemsift.progress.Progress;

class CvaeTrainerTest {

	@Test
	void sameSeedSameModelOtherSeedOtherModel() {
		byte[] a = train(5), b = train(5), c = train(6);
		assertArrayEquals(a, b, "training must be reproducible with a fixed seed");
		assertFalse(Arrays.equals(a, c), "another seed must give another model");
	}

	/**
	 * DJL's scalar arithmetic (x.mul(0.5f)) left autograd holding Java memory that a garbage collection could free before
	 * the backward pass: with collections happening all the time, the same seed gave another network (or NaN).
	 */
	@Test
	void sameSeedSameModelWhileTheJvmCollectsGarbage() throws InterruptedException {
		TrainingSettings settings = TinyTraining.settings(5).withEpochs(3).withCropsPerEpoch(256);
		byte[] quiet = train(settings);
		Thread collector = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				System.gc();
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "gc-hammer");
		collector.setDaemon(true);
		collector.start();
		try {
			assertArrayEquals(quiet, train(settings), "garbage collection during training changed the network");
		}
		finally {
			collector.interrupt();
			collector.join();
		}
	}

	private static byte[] train(long seed) {
		return train(TinyTraining.settings(seed));
	}

	private static byte[] train(TrainingSettings settings) {
		try (CvaeModel m = new CvaeTrainer(settings, null).train(TinyTraining.lattice(), null).model()) {
			return m.saveParameters();
		}
	}

	/**
	 * Temporaries of a step must die with the step: an array left in the model's own manager once grew a CdTe training
	 * by about 27 MB of native memory per step (20 GB after half an hour).
	 */
	@Test
	void trainingLeavesNoArraysBehindInTheModel() {
		assertEquals(arraysLeftAfter(1), arraysLeftAfter(4), "the model's manager holds more arrays after more steps");
	}

	private static int arraysLeftAfter(int epochs) {
		try (CvaeModel m = new CvaeTrainer(TinyTraining.settings(2).withEpochs(epochs).withKlWarmupEpochs(0), null).train(TinyTraining.lattice(), null).model()) {
			return m.djlModel().getNDManager().getManagedArrays().size();
		}
	}

	@Test
	void reportsProgressAndLossesPerEpoch() {
		AtomicLong updates = new AtomicLong();
		StringBuilder log = new StringBuilder();
		Progress p = new Progress() {
			@Override
			public void update(String message, long done, long total) {
				assertTrue(done <= total && message.startsWith("Training CVAE"));
				updates.incrementAndGet();
			}

			@Override
			public void log(String message) {
				log.append(message).append('\n');
			}
		};
		TrainingResult r = new CvaeTrainer(TinyTraining.settings(1).withEpochs(3), p).train(TinyTraining.lattice(), null);
		r.model().close();
		assertEquals(3 * 64 / 16, updates.get());
		assertEquals(3, r.history().size());
		assertTrue(log.toString().contains("epoch 3: training loss"), log.toString());
		assertEquals(256 * 256, r.validationCrops().length);
	}

	@Test
	void cancellingStopsTraining() {
		AtomicLong steps = new AtomicLong();
		Progress cancelAfterTwo = new Progress() {
			@Override
			public void update(String message, long done, long total) {
				steps.incrementAndGet();
			}

			@Override
			public boolean isCancelled() {
				return steps.get() >= 2;
			}
		};
		assertThrows(CancelledException.class, () -> new CvaeTrainer(TinyTraining.settings(1).withEpochs(50), cancelAfterTwo).train(TinyTraining.lattice(), null));
		assertEquals(2, steps.get());
	}

	@Test
	void klWeightRisesOverTheWarmUpThenStaysOne() {
		assertEquals(0.25f, CvaeTrainer.klWeight(1, 0, 4, 1), 1e-6);
		assertEquals(1f, CvaeTrainer.klWeight(1, 3, 4, 1), 1e-6);
		assertEquals(0.5f, CvaeTrainer.klWeight(2, 1, 4, 3), 1e-6);
		assertEquals(1f, CvaeTrainer.klWeight(9, 0, 4, 3), 1e-6);
		assertEquals(1f, CvaeTrainer.klWeight(1, 0, 4, 0), 1e-6);
	}

	@Test
	void refusesATrainingRegionSmallerThanAPatch() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> new CvaeTrainer(TinyTraining.settings(1), null).train(TinyTraining.lattice(), new int[] { 0, 0, 10, 40 }));
		assertTrue(e.getMessage().contains("smaller than one 16x16 patch"), e.getMessage());
	}
}
