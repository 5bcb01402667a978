package org.stemsift.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.stemsift.core.Image2D;
import org.stemsift.io.NpyWriter;
import org.stemsift.io.TiffWriter;
import org.stemsift.patterson.PattersonOcsvm;
import org.stemsift.patterson.PattersonResult;
import org.stemsift.patterson.PattersonSettings;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stemsift bench patterson}: end-to-end time of the scheme-one pipeline (site finding and segmentation,
 * Patterson maps, PCA, the one-class SVM ν scan and the γ robustness refits) on a synthetic lattice with more than
 * 10,000 sites. Numbers to print, not assertions. With {@code --save DIR} the image is also written as .npy and .tif
 * so that {@code tools/bench/patterson_sklearn.py} can time the same pipeline in NumPy and scikit-learn on it.
 */
@Command(name = "patterson", mixinStandardHelpOptions = true,
	description = { "Time the Patterson one-class SVM pipeline on a synthetic lattice with >= 10,000 sites (2048 px, spacing 20 by default).",
		"Compare with: python3 tools/bench/patterson_sklearn.py DIR/bench-lattice.npy after --save DIR." })
public final class PattersonBenchmark implements Callable<Integer> {

	@Option(names = "--size", defaultValue = "2048", description = "Image side in px (default: ${DEFAULT-VALUE})")
	int size;

	@Option(names = "--spacing", defaultValue = "20", description = "Lattice spacing in px (default: ${DEFAULT-VALUE})")
	double spacing;

	@Option(names = "--repeats", defaultValue = "2", description = "Timed runs after one warm-up run; the fastest is reported (default: ${DEFAULT-VALUE})")
	int repeats;

	@Option(names = "--save", description = "Folder to write bench-lattice.npy and bench-lattice.tif into")
	Path save;

	@Override
	public Integer call() throws Exception {
		Image2D image = lattice(size, spacing);
		if (save != null) {
			Files.createDirectories(save);
			NpyWriter.write(save.resolve("bench-lattice.npy"), image);
			TiffWriter.write(image, save.resolve("bench-lattice.tif"));
		}
		PattersonResult best = null;
		PattersonOcsvm pipeline = new PattersonOcsvm(PattersonSettings.defaults(1));
		pipeline.run(image, Progress.NONE); // warm-up: JIT and native BLAS loading
		for (int r = 0; r < Math.max(1, repeats); r++) {
			PattersonResult result = pipeline.run(image, Progress.NONE);
			if (best == null || result.totalSeconds() < best.totalSeconds()) best = result;
		}
		System.out.print(report(image, best));
		return 0;
	}

	/** The benchmark image: a perovskite-like square lattice with a few planted defects of each kind. */
	public static Image2D lattice(int size, double spacing) {
		LatticeSettings s = LatticeSettings.builder(LatticeType.SQUARE).size(size, size).spacing(spacing).rotationDegrees(7).vacancies(20).substitutions(20, 0.5)
			.substitutions(20, 1.6).displacements(20, 0.25).seed(2021).build();
		return LatticeGenerator.generate(s).image();
	}

	static String report(Image2D image, PattersonResult r) {
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "image %d x %d, %d segments of %d px, %d PCA components, nu %.3f, %d outliers, %d cores%n", image.width(), image.height(),
			r.segmentation().count(), r.segmentation().side(), r.components(), r.nu(), r.outlierCount(), Runtime.getRuntime().availableProcessors()));
		for (Map.Entry<String, Double> e : r.seconds().entrySet()) s.append(String.format(Locale.ROOT, "  %-14s %7.2f s%n", e.getKey(), e.getValue()));
		s.append(String.format(Locale.ROOT, "end to end: %.2f s (%d nu values scanned, %d gamma refits)%n", r.totalSeconds(), r.scan() == null ? 0 : r.scan().nu().length,
			r.gammaSweep().size()));
		return s.toString();
	}
}
