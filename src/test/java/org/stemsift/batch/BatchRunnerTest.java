package org.stemsift.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.io.CsvTable;
import org.stemsift.progress.CancelledException;
import org.stemsift.progress.Progress;
import org.stemsift.report.DetectionFiles;
import org.stemsift.patterson.PattersonFiles;
import org.stemsift.testutil.Cli;
import org.stemsift.testutil.TestImages;
import org.stemsift.testutil.TinyModels;

/**
 * A job over a folder of three small images with two steps: results per image and step, the summary, and resuming
 * after an interruption (cancelled progress) or a failed image without recomputing what was finished.
 */
class BatchRunnerTest {

	static final int SIZE = 160;

	@TempDir
	static Path dir;
	static Path model;

	@BeforeAll
	static void data() {
		model = TinyModels.copyTo(dir);
	}

	/** A fresh input folder of three images and a job over it (detect with the tiny model, then Patterson OCSVM). */
	static Path job(String name, double threshold) throws Exception {
		Path base = Files.createDirectories(dir.resolve(name)), images = Files.createDirectories(base.resolve("images"));
		for (String image : List.of("a", "b", "c")) TestImages.tiff(TestImages.withDefects(SIZE, image.charAt(0)), images.resolve(image + ".tif"));
		return writeJob(base, threshold);
	}

	static Path writeJob(Path base, double threshold) throws Exception {
		return Files.writeString(base.resolve("job.json"), """
			{
			  "input": "images",
			  "output": "results",
			  "steps": [
			    { "type": "detect", "model": "%s", "threshold": %s },
			    { "type": "patterson-ocsvm", "name": "ocsvm", "scheme": 1, "gammaRobustness": false }
			  ]
			}
			""".formatted(model.toString().replace("\\", "\\\\"), threshold));
	}

	/** Cancels as soon as the given image's turn comes. */
	static Progress cancelAt(String image, List<String> messages) {
		return new Progress() {
			boolean cancelled;

			@Override
			public void update(String message, long done, long total) {
				messages.add(message);
				if (message.startsWith(image)) cancelled = true;
			}

			@Override
			public boolean isCancelled() {
				return cancelled;
			}
		};
	}

	/** Dates every file of the folder back to 2001, so that a rewrite, however quick, shows in the times. */
	static Map<String, FileTime> backdate(Path folder) throws Exception {
		try (Stream<Path> s = Files.walk(folder)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
		}
		return times(folder);
	}

	static Map<String, FileTime> times(Path folder) throws Exception {
		Map<String, FileTime> t = new TreeMap<>();
		try (Stream<Path> s = Files.walk(folder)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) t.put(folder.relativize(p).toString(), Files.getLastModifiedTime(p));
		}
		return t;
	}

	static List<String> column(CsvTable t, String name) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < t.rowCount(); i++) values.add(t.get(i, name));
		return values;
	}

	@Test
	void writesResultsPerImageAndStepAndASummary() throws Exception {
		BatchJob job = BatchJob.read(job("full", 0.03));
		List<String> messages = new ArrayList<>();
		BatchRunner.Report r = new BatchRunner(job).run(cancelAt("never", messages));
		assertEquals(3, r.computed());
		CsvTable summary = CsvTable.read(job.output().resolve(BatchRunner.SUMMARY));
		assertEquals(List.of("image", "step", "status", "count", "counted", "seconds", "message"), summary.header());
		assertEquals(List.of("a.tif", "a.tif", "b.tif", "b.tif", "c.tif", "c.tif"), column(summary, "image"));
		assertEquals(List.of("detect", "ocsvm", "detect", "ocsvm", "detect", "ocsvm"), column(summary, "step"));
		for (int i = 0; i < summary.rowCount(); i++) {
			assertEquals(BatchRunner.DONE, summary.get(i, "status"));
			Path folder = job.output().resolve(summary.get(i, "image").replace(".tif", "")).resolve(summary.get(i, "step"));
			int count = Integer.parseInt(summary.get(i, "count"));
			if (summary.get(i, "step").equals("detect")) {
				assertEquals(count, CsvTable.read(folder.resolve(DetectionFiles.DEFECTS)).rowCount(), "summary count = rows of defects.csv");
				assertTrue(count > 0, "threshold 0.03 finds candidates");
			}
			else {
				CsvTable sites = CsvTable.read(folder.resolve(PattersonFiles.SITES));
				assertEquals(count, column(sites, "outlier").stream().filter("1"::equals).count(), "summary count = outliers in sites.csv");
			}
		}
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("b.tif (2 of 3)")), "the progress names the image");
		try (Stream<Path> s = Files.list(job.output())) {
			assertEquals(List.of("a", "b", "c", "summary.csv"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no partial folders left");
		}
	}

	@Test
	void anInterruptedRunResumesWithoutRecomputingFinishedImages() throws Exception {
		BatchJob job = BatchJob.read(job("resume", 0.03));
		assertThrows(CancelledException.class, () -> new BatchRunner(job).run(cancelAt("b.tif", new ArrayList<>())));
		Path a = job.output().resolve("a");
		assertTrue(Files.isRegularFile(a.resolve(ImageRecord.FILE)), "a.tif was finished before the interruption");
		assertFalse(Files.exists(job.output().resolve("b")), "b.tif was not finished");
		assertFalse(Files.exists(job.output().resolve(".b.partial")), "the partial folder of the interrupted image is removed");
		CsvTable before = CsvTable.read(job.output().resolve(BatchRunner.SUMMARY));
		assertEquals(List.of("a.tif", "a.tif"), column(before, "image"), "the summary is written after every image");
		Map<String, FileTime> finished = backdate(a);

		List<String> messages = new ArrayList<>();
		BatchRunner.Report r = new BatchRunner(job).run(cancelAt("never", messages));
		assertEquals(1, r.skipped());
		assertEquals(2, r.computed());
		assertEquals(finished, times(a), "a.tif's results were kept, not rewritten");
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("b.tif (2 of 3): ")), "steps report their progress");
		assertFalse(messages.stream().anyMatch(m -> m.startsWith("a.tif (1 of 3): ")), "no step ran on a.tif: " + messages);
		CsvTable after = CsvTable.read(job.output().resolve(BatchRunner.SUMMARY));
		assertEquals(List.of("a.tif", "a.tif", "b.tif", "b.tif", "c.tif", "c.tif"), column(after, "image"));
		assertEquals(List.of("skipped", "skipped", "done", "done", "done", "done"), column(after, "status"));
		assertEquals(column(before, "count"), column(after, "count").subList(0, 2), "the skipped rows keep the first run's counts");

		// a third run with another threshold does not reuse results made with the old one
		writeJob(job.input().getParent(), 0.05);
		assertEquals(3, new BatchRunner(BatchJob.read(job.input().getParent().resolve("job.json"))).run(null).computed());
	}

	@Test
	void aFailedImageIsRecordedTheOthersFinishAndTheNextRunRetriesOnlyIt() throws Exception {
		Path jobFile = job("failure", 0.03);
		Path bad = jobFile.resolveSibling("images").resolve("b.tif");
		TestImages.randomBytes(bad, 500, 1);
		BatchJob job = BatchJob.read(jobFile);
		BatchRunner.Report r = new BatchRunner(job).run(null);
		assertEquals(2, r.computed());
		assertEquals(1, r.failed());
		CsvTable summary = CsvTable.read(job.output().resolve(BatchRunner.SUMMARY));
		assertEquals(List.of("done", "done", "failed", "failed", "done", "done"), column(summary, "status"));
		assertTrue(summary.get(2, "message").contains("b.tif"), "the reason names the file: " + summary.get(2, "message"));
		assertEquals("not run: step 'detect' failed", summary.get(3, "message"));
		assertFalse(Files.exists(job.output().resolve("b")));

		TestImages.tiff(TestImages.withDefects(SIZE, 'b'), bad);
		Map<String, FileTime> a = backdate(job.output().resolve("a")), c = backdate(job.output().resolve("c"));
		BatchRunner.Report again = new BatchRunner(job).run(null);
		assertEquals(1, again.computed());
		assertEquals(2, again.skipped());
		assertEquals(a, times(job.output().resolve("a")));
		assertEquals(c, times(job.output().resolve("c")));
	}

	@Test
	void theCommandLineRunsAJobAndReportsABadOne() throws Exception {
		Path jobFile = job("cli", 0.03);
		Cli.Result ok = Cli.run("batch", "--config", jobFile.toString(), "-q");
		assertEquals(0, ok.exitCode(), ok::toString);
		assertTrue(ok.out().startsWith("3 images done, 0 skipped (done earlier), 0 failed."), ok.out());
		Cli.Result resumed = Cli.run("batch", "--config", jobFile.toString(), "-q");
		assertTrue(resumed.out().startsWith("0 images done, 3 skipped (done earlier), 0 failed."), resumed.out());

		Path bad = Files.writeString(dir.resolve("bad.json"), "{\"input\": \"cli/images\", \"output\": \"o\", \"steps\": [{\"type\": \"segment\"}]}");
		Cli.Result refused = Cli.run("batch", "--config", bad.toString());
		assertEquals(1, refused.exitCode());
		assertEquals(List.of("stemsift batch: bad.json: 'steps[0].type' is 'segment'; known step types: detect, patterson-ocsvm"), refused.errorLines());
	}
}
