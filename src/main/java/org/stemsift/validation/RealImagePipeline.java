package org.stemsift.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.BulkCalibration;
import org.stemsift.detect.Defect;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.CvaeTrainer;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.model.TrainingResult;
import org.stemsift.model.TrainingSettings;
import org.stemsift.progress.Progress;
import org.stemsift.report.TrainingReport;

/**
 * The seed work's whole pipeline on one real micrograph, with default settings and no labels: train the CVAE on the
 * image, detect anomalies in it, cut a patch around each detection and sort those patches into clusters. It says
 * whether training converged and what the pipeline found; there is no ground truth for these images.
 */
public final class RealImagePipeline {

	/** Fewer detections than this make no clustering; a regular grid of patches is clustered instead. */
	static final int MIN_PATCHES = 20;

	public record Outcome(String name, int width, int height, ModelDescription.TrainingInfo training, boolean stoppedEarly, boolean reusedModel, int detections,
		String patchSource, ClusterResult clusters, double detectSeconds) {

		public String report() {
			ModelDescription.TrainingInfo t = training;
			StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s (%d x %d px)%n", name, width, height));
			s.append(String.format(Locale.ROOT, "  training: %d of %d epochs%s, %s, final training loss %.2f, kept validation loss %.2f, %.0f s%s%n", t.epochsRun(), t.maxEpochs(),
				stoppedEarly ? " (stopped early)" : "", t.history().size() > 1 ? "validation loss per epoch " + losses(t) : "one epoch", t.finalTrainingLoss(), t.finalValidationLoss(),
				t.seconds(), reusedModel ? " (model reused from an earlier run)" : ""));
			s.append("  ").append(TrainingReport.engineLine(t)).append(System.lineSeparator());
			s.append(String.format(Locale.ROOT, "  detection: %d anomalies in %.1f s; clustering %d patches (%s): K = %d by silhouette, mean silhouette %.3f, sizes %s%n", detections,
				detectSeconds, clusters.patchCount(), patchSource, clusters.k(), clusters.clustering().meanSilhouette(), sizes(clusters)));
			return s.toString();
		}

		private static String losses(ModelDescription.TrainingInfo t) {
			List<String> v = new ArrayList<>();
			for (ModelDescription.EpochLosses e : t.history()) v.add(String.format(Locale.ROOT, "%.1f", e.validation()));
			return String.join(" ", v);
		}

		private static String sizes(ClusterResult r) {
			List<String> v = new ArrayList<>();
			for (int c = 0; c < r.k(); c++) v.add(Integer.toString(r.size(c)));
			return String.join("/", v);
		}
	}

	private RealImagePipeline() {}

	/**
	 * Runs on {@code image}; the model is kept as {@code modelFile}, and an existing file there is reused when
	 * {@code reuse} is set (training takes most of the time).
	 */
	public static Outcome run(String name, Image2D image, TrainingSettings training, Path modelFile, boolean reuse, Progress progress) throws IOException {
		boolean reused = reuse && Files.isRegularFile(modelFile);
		boolean stoppedEarly = false;
		if (!reused) {
			TrainingResult trained = new CvaeTrainer(training, progress).train(image, null);
			try (CvaeModel model = trained.model()) {
				BulkCalibration.calibrate(trained);
				ModelFiles.save(model, modelFile);
				stoppedEarly = trained.stoppedEarly();
			}
		}
		try (CvaeModel model = ModelFiles.loadCvae(modelFile)) {
			long t0 = System.nanoTime();
			DetectionResult detection = new AnomalyDetector(model, DetectionSettings.defaults()).detect(image, progress);
			double detectSeconds = (System.nanoTime() - t0) / 1e9;
			List<Defect> defects = detection.defects();
			int p = model.patchSize();
			PatchStack patches = defects.size() >= MIN_PATCHES ? around(image, defects, p) : grid(image, p);
			String source = defects.size() >= MIN_PATCHES ? "one centred on each detection" : "a grid with half-patch steps, too few detections";
			ClusterResult clusters = new ClusterPipeline(ClusterSettings.defaults()).run(patches, model, progress);
			ModelDescription.TrainingInfo t = model.description().training();
			if (reused) stoppedEarly = t.epochsRun() < t.maxEpochs();
			return new Outcome(name, image.width(), image.height(), t, stoppedEarly, reused, defects.size(), source, clusters, detectSeconds);
		}
	}

	/** A patch centred on each defect, shifted inwards where it would leave the image. */
	static PatchStack around(Image2D image, List<Defect> defects, int p) {
		float[] data = new float[defects.size() * p * p];
		String[] names = new String[defects.size()];
		for (int i = 0; i < defects.size(); i++) {
			Defect d = defects.get(i);
			int x0 = clamp((int) Math.round(d.x()) - p / 2, image.width() - p), y0 = clamp((int) Math.round(d.y()) - p / 2, image.height() - p);
			copy(image, x0, y0, p, data, i);
			names[i] = String.format(Locale.ROOT, "defect-%03d-x%d-y%d", i, Math.round(d.x()), Math.round(d.y()));
		}
		return new PatchStack(defects.size(), p, p, data, names);
	}

	static PatchStack grid(Image2D image, int p) {
		List<int[]> corners = new ArrayList<>();
		for (int y = 0; y + p <= image.height(); y += p / 2)
			for (int x = 0; x + p <= image.width(); x += p / 2) corners.add(new int[] { x, y });
		float[] data = new float[corners.size() * p * p];
		String[] names = new String[corners.size()];
		for (int i = 0; i < corners.size(); i++) {
			copy(image, corners.get(i)[0], corners.get(i)[1], p, data, i);
			names[i] = "grid-x" + corners.get(i)[0] + "-y" + corners.get(i)[1];
		}
		return new PatchStack(corners.size(), p, p, data, names);
	}

	private static int clamp(int v, int max) {
		return Math.max(0, Math.min(max, v));
	}

	private static void copy(Image2D image, int x0, int y0, int p, float[] data, int index) {
		float[] px = image.pixels();
		for (int y = 0; y < p; y++) System.arraycopy(px, (y0 + y) * image.width() + x0, data, (index * p + y) * p, p);
	}
}
