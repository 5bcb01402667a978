package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.stemsift.cluster.ClusterFiles;
import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.ClusterSettings;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.detect.AnomalyDetector;
import org.stemsift.detect.Defect;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.DetectionSettings;
import org.stemsift.detect.DifferenceFilter;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.evaluate.ClusterAgreement;
import org.stemsift.io.CsvTable;
import org.stemsift.io.ImageFiles;
import org.stemsift.io.NpyWriter;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * The Jython examples in {@code scripts/} run through SciJava's ScriptService (jython-standalone registered as a
 * JSR-223 engine, as Fiji's Jython plugin would provide it) on small data, and what they return is checked against
 * the core API run on the same input.
 */
class ScriptsTest {

	static final Path SCRIPTS = Path.of("scripts");
	static final Path SAMPLE = Path.of("sample-data", "perovskite");

	@TempDir
	static Path dir;
	static Context context;
	static ScriptService scripts;
	static Path model;

	@BeforeAll
	static void start() {
		context = CommandContexts.start(LogLevel.WARN);
		scripts = context.service(ScriptService.class);
		// scijava-common no longer finds JSR-223 engines by itself; Fiji's scripting-jython plays this part there
		for (ScriptEngineFactory f : new ScriptEngineManager().getEngineFactories()) scripts.getIndex().add(f, false);
		model = TinyModels.copyTo(dir);
	}

	@AfterAll
	static void stop() {
		CommandContexts.stop(context);
	}

	@BeforeEach
	void fresh() {
		CommandContexts.forgetInputs(context);
	}

	static ScriptModule run(String script, Object... inputs) throws Exception {
		ScriptModule m = scripts.run(SCRIPTS.resolve(script).toFile(), true, inputs).get();
		return m;
	}

	@Test
	void everyScriptIsTested() throws Exception {
		try (Stream<Path> s = Files.list(SCRIPTS)) {
			List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList();
			assertEquals(List.of("classify_patches.py", "cluster_patches.py", "detect_anomalies.py", "patterson_ocsvm.py", "train_cvae.py"), names,
				"a new script needs a test here");
		}
	}

	@Test
	void trainCvaeWritesAModelAndReportsItsLosses() throws Exception {
		File out = dir.resolve("trained.stemsift").toFile();
		ScriptModule m = run("train_cvae.py", "image_file", SAMPLE.resolve("reference.tif").toFile(), "model_file", out, "epochs", 1, "crops_per_epoch", 32,
			"patch_size", 32, "network_size", "small", "seed", 3L);
		assertTrue(out.isFile(), "no model file written");
		try (CvaeModel cvae = ModelFiles.loadCvae(out.toPath())) {
			ModelDescription d = cvae.description();
			assertEquals(32, d.architecture().patchSize());
			assertEquals(1, d.training().epochsRun());
			assertEquals(3L, d.training().seed());
			assertEquals(1, ((Number) m.getOutput("epochs_run")).intValue(), "one Results row per epoch");
			assertEquals(d.training().finalValidationLoss(), ((Number) m.getOutput("validation_loss")).doubleValue(), 1e-3 * Math.abs(d.training().finalValidationLoss()));
		}
		assertTrue(((String) m.getOutput("summary")).startsWith("Trained 1 epochs"), (String) m.getOutput("summary"));
	}

	@Test
	void detectAnomaliesReturnsTheCoreApisDefects() throws Exception {
		Path image = SAMPLE.resolve("image.tif");
		Path out = dir.resolve("detect-out");
		ScriptModule m = run("detect_anomalies.py", "image_file", image.toFile(), "model_file", model.toFile(), "threshold", 0.03, "stride", 16, "output_folder",
			out.toFile());
		Image2D input = ImageFiles.readImage(image);
		DetectionResult expected;
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			expected = new AnomalyDetector(cvae, DetectionSettings.defaults().withThreshold(0.03)).detect(input, null);
		}
		List<Defect> defects = expected.defects();
		assertTrue(defects.size() > 0, "threshold 0.03 must find candidates on the sample");
		assertEquals(defects.size(), ((Number) m.getOutput("defect_count")).intValue());

		CsvTable table = CsvTable.parse((String) m.getOutput("defects_csv"));
		assertEquals(List.of("x", "y", "score", "significance", "sign", "area", "label"), table.header());
		assertEquals(defects.size(), table.rowCount());
		for (int i = 0; i < defects.size(); i++) {
			assertEquals(defects.get(i).x(), Double.parseDouble(table.get(i, "x")), 1e-3, "row " + i);
			assertEquals(defects.get(i).y(), Double.parseDouble(table.get(i, "y")), 1e-3, "row " + i);
			assertEquals(defects.get(i).sign(), table.get(i, "sign"));
		}
		ImagePlus anomaly = (ImagePlus) m.getOutput("anomaly");
		assertNotNull(anomaly, "the anomaly map comes back as an output");
		assertEquals(input.width(), anomaly.getWidth());
		assertEquals(expected.anomalyMap().pixels()[input.width() * 100 + 100], anomaly.getProcessor().getf(100, 100), 1e-6);
		assertEquals(defects.size(), CsvTable.read(out.resolve("defects.csv")).rowCount(), "the output folder holds the same table");
		assertFalse(Interpreter.batchMode, "the script restores batch mode");
	}

	@Test
	void pattersonOcsvmFindsThePlantedDefectsOfTheSample() throws Exception {
		Path out = dir.resolve("patterson-out");
		ScriptModule m = run("patterson_ocsvm.py", "image_file", SAMPLE.resolve("image.tif").toFile(), "scheme", "1", "spacing", 0.0, "nu", 0.0, "output_folder",
			out.toFile());
		CsvTable sites = CsvTable.read(out.resolve("sites.csv"));
		assertEquals(sites.rowCount(), ((Number) m.getOutput("segment_count")).intValue(), "one Results row per segment");
		CsvTable outliers = CsvTable.parse((String) m.getOutput("outliers_csv"));
		assertEquals(List.of("x", "y", "decision"), outliers.header());
		int outlierCount = ((Number) m.getOutput("outlier_count")).intValue();
		assertEquals(outlierCount, outliers.rowCount());
		assertEquals(sites.rows().stream().filter(r -> r.get(sites.header().indexOf("outlier")).equals("1")).count(), outlierCount, "the same outliers as sites.csv");

		// A segment is one lattice spacing (20 px) centred on a column; a planted defect on the other sublattice or between
		// columns lies up to ~14 px from the nearest centre. Found = an outlier segment within 0.75 spacing.
		CsvTable planted = CsvTable.read(SAMPLE.resolve("defects.csv"));
		double radius = 15;
		int found = 0;
		for (int i = 0; i < planted.rowCount(); i++)
			if (nearest(outliers, Double.parseDouble(planted.get(i, "x")), Double.parseDouble(planted.get(i, "y"))) < radius) found++;
		assertTrue(found >= planted.rowCount() - 1, found + " of " + planted.rowCount() + " planted defects found");
		int nearPlanted = 0;
		for (int i = 0; i < outliers.rowCount(); i++)
			if (nearest(planted, Double.parseDouble(outliers.get(i, "x")), Double.parseDouble(outliers.get(i, "y"))) < radius) nearPlanted++;
		// a segment chosen at random lies this close to a planted defect about 5 % of the time
		assertTrue(nearPlanted >= 0.4 * outlierCount, nearPlanted + " of " + outlierCount + " outliers near a planted defect");
	}

	static double nearest(CsvTable points, double x, double y) {
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i < points.rowCount(); i++)
			best = Math.min(best, Math.hypot(Double.parseDouble(points.get(i, "x")) - x, Double.parseDouble(points.get(i, "y")) - y));
		return best;
	}

	@Test
	void classifyPatchesReturnsTheCoreApisDecisions() throws Exception {
		// 32 px patches of the sample around each planted defect and at as many defect-free places, as an .npy stack
		Image2D image = ImageFiles.readImage(SAMPLE.resolve("image.tif"));
		CsvTable planted = CsvTable.read(SAMPLE.resolve("defects.csv"));
		int side = TinyModels.PATCH;
		List<Image2D> crops = new java.util.ArrayList<>();
		for (int i = 0; i < planted.rowCount(); i++) {
			int x = (int) Math.round(Double.parseDouble(planted.get(i, "x"))) - side / 2, y = (int) Math.round(Double.parseDouble(planted.get(i, "y"))) - side / 2;
			crops.add(image.crop(Math.max(0, Math.min(x, image.width() - side)), Math.max(0, Math.min(y, image.height() - side)), side, side));
			crops.add(image.crop(side * (i % 10), image.height() - side, side, side));
		}
		PatchStack stack = PatchStack.of(crops);
		Path npy = dir.resolve("patches.npy");
		NpyWriter.write(npy, stack);

		ScriptModule m = run("classify_patches.py", "patches_file", npy.toFile(), "model_file", model.toFile(), "k", 1.0);
		PatchClassifier.Classification[] expected;
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			PatchClassifier classifier = new PatchClassifier(cvae, new DifferenceFilter(DifferenceFilter.PATCH_CUTOFF, DifferenceFilter.DEFAULT_SMOOTHING),
				PatchAnalyzer.DEFAULT_ANM_WINDOW, 1.0);
			expected = classifier.classify(ImageFiles.readPatches(npy), classifier.bandFromModel(), null); // as the script reads it (names 0, 1, ...)
		}
		assertEquals(crops.size(), ((Number) m.getOutput("patch_count")).intValue());
		List<String> lines = ((String) m.getOutput("defect_patches")).lines().toList();
		List<PatchClassifier.Classification> defects = java.util.Arrays.stream(expected).filter(PatchClassifier.Classification::defect).toList();
		assertTrue(defects.size() > 0 && defects.size() < crops.size(), "k = 1 must split this set: " + defects.size());
		assertEquals(defects.size(), ((Number) m.getOutput("defect_count")).intValue());
		assertEquals(defects.size(), lines.size());
		for (int i = 0; i < defects.size(); i++) {
			String[] f = lines.get(i).split(",");
			assertEquals(defects.get(i).name(), f[0]);
			assertEquals(defects.get(i).score().anm(), Double.parseDouble(f[1]), 1e-5 * Math.abs(defects.get(i).score().anm()));
			assertEquals(defects.get(i).score().peakX(), Integer.parseInt(f[2]));
		}
	}

	/** 32 patches of 32 px from two synthetic images with defects, as a folder of TIFFs named p00.tif, p01.tif, … */
	static PatchStack patchFolder(Path folder) throws Exception {
		Files.createDirectories(folder);
		List<Image2D> crops = new java.util.ArrayList<>();
		for (long seed : new long[] { 21, 22 }) {
			Image2D image = TestImages.withDefects(TestImages.SIZE, seed);
			for (int y = 0; y + TinyModels.PATCH <= image.height(); y += TinyModels.PATCH)
				for (int x = 0; x + TinyModels.PATCH <= image.width(); x += TinyModels.PATCH)
					crops.add(image.crop(x, y, TinyModels.PATCH, TinyModels.PATCH).withName(String.format("p%02d.tif", crops.size())));
		}
		for (Image2D c : crops) TestImages.tiff(c, folder.resolve(c.name()));
		return ImageFiles.readPatches(folder);
	}

	/** The core pipeline's clusters for the patches, with the commands' defaults and no 2-D view. */
	static ClusterResult coreClusters(PatchStack patches, int kMax, int k) throws Exception {
		ClusterSettings s = ClusterSettings.defaults();
		try (CvaeModel cvae = ModelFiles.loadCvae(model)) {
			return new ClusterPipeline(s.withK(kMax, k).withView(ClusterSettings.View.NONE, s.perplexity(), s.tsneIterations(), s.umapNeighbours())).run(patches, cvae, null);
		}
	}

	@Test
	void clusterPatchesGroupsThePatchesAsTheCoreDoes() throws Exception {
		Path folder = dir.resolve("cluster-patches"), out = dir.resolve("cluster-out");
		PatchStack patches = patchFolder(folder);
		ScriptModule m = run("cluster_patches.py", "patches_file", folder.toFile(), "model_file", model.toFile(), "kmax", 4, "k", 0, "seed", 42L, "output_folder",
			out.toFile());
		ClusterResult expected = coreClusters(patches, 4, 0);
		assertEquals(expected.k(), ((Number) m.getOutput("cluster_count")).intValue());
		CsvTable table = CsvTable.parse((String) m.getOutput("clusters_csv"));
		assertEquals(List.of("file", "cluster", "silhouette"), table.header());
		assertEquals(patches.count(), table.rowCount());
		int[] found = new int[table.rowCount()];
		for (int i = 0; i < found.length; i++) {
			assertEquals(patches.name(i).replace(".tif", ""), table.get(i, "file"), "the stack's slice labels are the file names without extension");
			found[i] = Integer.parseInt(table.get(i, "cluster")) - 1;
		}
		// the tiny model's features of these near-identical patches lie close: multi-threaded float rounding may move a border patch
		assertTrue(ClusterAgreement.adjustedRandIndex(expected.labels(), found) > 0.8, () -> java.util.Arrays.toString(expected.labels()) + " vs " + java.util.Arrays.toString(found));
		int total = 0;
		for (String part : ((String) m.getOutput("cluster_sizes")).split(", ")) total += Integer.parseInt(part.split(": ")[1]);
		assertEquals(patches.count(), total, "the sizes add up to every patch");
		assertEquals(patches.count(), CsvTable.read(out.resolve(ClusterFiles.CLUSTERS)).rowCount(), "the output folder holds the same clustering");
	}
}
