package org.stemsift.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.io.NpyWriter;
import org.stemsift.model.CvaeArchitecture;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.TrainingSettings;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;
import org.stemsift.validation.SyntheticSamples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stemsift bench cluster}: end-to-end time of the clustering pipeline on 2,000 patches of 64 × 64 (CVAE
 * inference, features, selection, PCA, K scan, t-SNE), split by stage. The CVAE is the seed network trained for one
 * short epoch inside the benchmark: its quality does not matter here, only the work per patch. A run on 200 other
 * patches first loads the native libraries and warms up the JIT. With {@code --save DIR}
 * the patches' input, prediction, difference and filtered difference images are written as .npy so that
 * {@code tools/bench/cluster_pipeline_sklearn.py} can time the same work (features, selection, PCA, k-means scan) in NumPy and
 * scikit-learn.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
	description = { "Time the clustering pipeline on 2,000 synthetic 64 x 64 patches, per stage.",
		"Compare with: /usr/bin/python3 tools/bench/cluster_pipeline_sklearn.py DIR after --save DIR." })
public final class ClusterBenchmark implements Callable<Integer> {

	@Option(names = "--patches", defaultValue = "2000", description = "Number of patches (default: ${DEFAULT-VALUE})")
	int count;

	@Option(names = "--kmax", defaultValue = "10", description = "Largest K of the scan (default: ${DEFAULT-VALUE})")
	int kMax;

	@Option(names = "--save", description = "Folder to write the analysed patch images into (.npy), for tools/bench/cluster_pipeline_sklearn.py")
	Path save;

	static final int PATCH = 64;

	@Override
	public Integer call() throws Exception {
		long start = System.nanoTime();
		LatticeSettings lattice = SyntheticSamples.mixedDefects(LatticeType.SQUARE, 1024, 20, 7, 50, 20, 2026);
		PatchStack patches = randomCrops(LatticeGenerator.generate(lattice).image(), count, PATCH, 2026);
		TrainingSettings training = TrainingSettings.defaults().withArchitecture(CvaeArchitecture.standard()).withEpochs(1).withCropsPerEpoch(256).withSeed(1);
		ClusterSettings settings = ClusterSettings.defaults().withK(kMax, 0).withSelection(SelectionSettings.paper()); // the work the scikit-learn script does
		try (CvaeModel model = new CvaeTrainer(training, null).train(LatticeGenerator.renderReference(lattice, 7), null).model()) {
			System.out.printf(Locale.ROOT, "setup (synthetic image, %d crops, one short training epoch): %.1f s%n", count, (System.nanoTime() - start) / 1e9);
			if (save != null) saveImages(new PatchAnalyzer(model, settings.filter(), settings.anmWindow()).analyse(patches, Progress.NONE), save);
			new ClusterPipeline(settings).run(randomCrops(LatticeGenerator.generate(lattice).image(), 200, PATCH, 7), model, Progress.NONE); // warm-up: JIT, native BLAS
			ClusterResult r = new ClusterPipeline(settings).run(patches, model, Progress.NONE);
			System.out.print(report(r));
		}
		return 0;
	}

	static PatchStack randomCrops(Image2D image, int n, int side, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Image2D> crops = new ArrayList<>(n);
		for (int i = 0; i < n; i++)
			crops.add(image.crop(random.nextInt(image.width() - side + 1), random.nextInt(image.height() - side + 1), side, side).withName("crop" + i));
		return PatchStack.of(crops);
	}

	static void saveImages(PatchAnalyzer.Analysis a, Path folder) throws java.io.IOException {
		Files.createDirectories(folder);
		int[] shape = { a.patches().count(), PATCH, PATCH };
		NpyWriter.writeFloat32(folder.resolve("input.npy"), shape, a.input());
		NpyWriter.writeFloat32(folder.resolve("prediction.npy"), shape, a.reconstruction());
		NpyWriter.writeFloat32(folder.resolve("difference.npy"), shape, a.difference());
		NpyWriter.writeFloat32(folder.resolve("filtered.npy"), shape, a.filtered());
	}

	static String report(ClusterResult r) {
		StringBuilder s = new StringBuilder("engine: " + org.stemsift.model.DeepLearningEngine.describe() + System.lineSeparator());
		s.append(String.format(Locale.ROOT, "%d patches of %d x %d, %d features (%d kept), %d PCA components, K = %d chosen from 2..%d, %d cores%n", r.patchCount(),
			r.patches().width(), r.patches().height(), r.features().featureCount(), r.selection().kept().size(), r.components(), r.k(), r.settings().kMax(),
			Runtime.getRuntime().availableProcessors()));
		for (Map.Entry<String, Double> e : r.stageSeconds().entrySet()) s.append(String.format(Locale.ROOT, "  %-18s %7.2f s%n", e.getKey(), e.getValue()));
		s.append(String.format(Locale.ROOT, "end to end: %.2f s%n", r.totalSeconds()));
		return s.toString();
	}
}
