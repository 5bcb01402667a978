package org.stemsift.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.SplittableRandom;

import org.stemsift.core.Image2D;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.DeepLearningEngine;
import org.stemsift.model.TrainingResult;
import org.stemsift.model.TrainingSettings;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

/**
 * Throughput of the CVAE: training and inference patches per second for an architecture, the time to detect on a
 * large image, and the peak Java heap while detecting on a very large one. Numbers to print, not assertions.
 */
public final class CvaeBenchmark {

	public record Numbers(String engine, CvaeArchitecture architecture, double trainPatchesPerSecond, double inferencePatchesPerSecond, int detectSide,
		int detectStride, double detectSeconds, int memorySide, double peakHeapMiB) {

		public String report() {
			return String.format(Locale.ROOT, """
				engine: %s
				network: %s
				training: %.1f patches/s (batch 16, forward + backward + Adam)
				inference: %.1f patches/s (batch 32, latent mean)
				detection on %dx%d, stride %d: %.1f s
				peak Java heap while detecting on %dx%d: %.0f MiB
				""", engine, architecture, trainPatchesPerSecond, inferencePatchesPerSecond, detectSide, detectSide, detectStride, detectSeconds, memorySide, memorySide,
				peakHeapMiB);
		}
	}

	private CvaeBenchmark() {}

	public static Numbers run(CvaeArchitecture architecture, int detectSide, int detectStride, int memorySide, Progress progress) {
		int side = architecture.patchSize();
		LatticeSettings lattice = LatticeSettings.builder(LatticeType.SQUARE).size(256, 256).spacing(20).seed(3).build();
		Image2D reference = LatticeGenerator.generate(lattice).image();

		// Training throughput: a short run with a fixed number of crops; the first epoch includes warm-up, so time two.
		int crops = 320;
		TrainingSettings warm = TrainingSettings.defaults().withArchitecture(architecture).withEpochs(1).withCropsPerEpoch(64);
		new CvaeTrainer(warm, progress).train(reference, null).model().close();
		TrainingSettings timed = TrainingSettings.defaults().withArchitecture(architecture).withEpochs(1).withCropsPerEpoch(crops);
		long t0 = System.nanoTime();
		TrainingResult trained = new CvaeTrainer(timed, progress).train(reference, null);
		double trainSeconds = (System.nanoTime() - t0) / 1e9;
		// the validation pass (256 crops, inference only) is part of that time; it is measured below and taken out
		try (CvaeModel model = trained.model()) {
			float[] batch = randomPatches(512, side);
			model.reconstruct(batch, 64);
			long t1 = System.nanoTime();
			model.reconstruct(batch, 512);
			double inferenceRate = 512 / ((System.nanoTime() - t1) / 1e9);
			double trainRate = crops / Math.max(1e-9, trainSeconds - timed.validationCrops() / inferenceRate);

			Image2D big = LatticeGenerator.generate(lattice.toBuilder().size(detectSide, detectSide).build()).image();
			DetectionSettings settings = DetectionSettings.defaults().withStride(detectStride).withThreshold(0.5);
			long t2 = System.nanoTime();
			new AnomalyDetector(model, settings).detect(big, progress);
			double detectSeconds = (System.nanoTime() - t2) / 1e9;
			big = null;

			Image2D huge = LatticeGenerator.generate(lattice.toBuilder().size(memorySide, memorySide).build()).image();
			System.gc();
			resetPeaks();
			new AnomalyDetector(model, settings.withStride(side)).detect(huge, progress);
			double peak = peakHeapMiB();
			return new Numbers(DeepLearningEngine.describe(), architecture, trainRate, inferenceRate, detectSide, detectStride, detectSeconds, memorySide, peak);
		}
	}

	private static float[] randomPatches(int n, int side) {
		SplittableRandom r = new SplittableRandom(1);
		float[] p = new float[n * side * side];
		for (int i = 0; i < p.length; i++) p[i] = (float) r.nextDouble();
		return p;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
	}

	/** Sum of the heap pools' peaks since the reset (an upper bound of the true simultaneous peak). */
	private static double peakHeapMiB() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
		return sum / (1024.0 * 1024.0);
	}
}
