package org.stemsift.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.stemsift.core.Image2D;
import org.stemsift.io.ImageFiles;
import org.stemsift.progress.CancelledException;
import org.stemsift.progress.Progress;
import org.stemsift.report.Table;

/**
 * Runs a {@link BatchJob}: every step on every image, each image's results in {@code output/<image name>/<step>/}.
 * <p>
 * Resumable: an image's folder is filled under a temporary name ({@code .<image name>.partial}) and renamed into place
 * only after every step finished and the completed marker is written. A re-run skips every image whose folder holds a
 * marker made with the same step settings, and redoes the rest; leftovers of an interrupted run are removed. An image
 * that fails (unreadable, too small, …) is recorded in the summary and the run goes on; it is retried next time.
 * {@code summary.csv} (one row per image and step) is rewritten after every image, so it is current even after an
 * interruption.
 */
public final class BatchRunner {

	public static final String SUMMARY = "summary.csv";
	private static final String PARTIAL = ".partial";
	/** Progress units per image, so steps can report within their image's share of the bar. */
	private static final long UNITS = 1000;

	/** The summary's status values. */
	public static final String DONE = "done", SKIPPED = "skipped", FAILED = "failed";

	/** What a run did: the summary rows and how many images were computed, skipped as already done, and failed. */
	public record Report(Table summary, int computed, int skipped, int failed) {}

	private final BatchJob job;

	public BatchRunner(BatchJob job) {
		this.job = job;
	}

	public Report run(Progress progress) throws IOException {
		Progress p = progress == null ? Progress.NONE : progress;
		List<Path> images = job.images();
		if (images.isEmpty())
			throw new IllegalArgumentException("no images in " + job.input() + " (looked for " + (job.pattern() != null ? job.pattern() : "*." + String.join(", *.", BatchJob.IMAGE_EXTENSIONS)) + ")");
		Files.createDirectories(job.output());
		Table summary = new Table("image", "step", "status", "count", "counted", "seconds", "message");
		int computed = 0, skipped = 0, failed = 0;
		List<BatchStep> opened = new ArrayList<>();
		try {
			for (BatchStep s : job.steps()) {
				openStep(s);
				opened.add(s);
			}
			for (int i = 0; i < images.size(); i++) {
				p.checkCancelled();
				Path image = images.get(i);
				String name = image.getFileName().toString();
				Progress within = within(p, name + " (" + (i + 1) + " of " + images.size() + ")", i, images.size());
				within.update("", 0, 1);
				ImageRecord earlier = ImageRecord.read(job.output().resolve(BatchJob.folderName(image)));
				if (earlier != null && earlier.settings().equals(job.stepSettings())) {
					for (ImageRecord.StepResult r : earlier.results()) summary.add(name, r.step(), SKIPPED, r.count(), r.counted(), r.seconds(), "done in an earlier run");
					skipped++;
				}
				else if (process(image, within, summary)) computed++;
				else failed++;
				summary.toCsv().write(job.output().resolve(SUMMARY));
			}
			p.update("Done", images.size() * UNITS, images.size() * UNITS);
		} finally {
			for (BatchStep s : opened) s.close();
		}
		return new Report(summary, computed, skipped, failed);
	}

	private static void openStep(BatchStep s) throws IOException {
		try {
			s.open();
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalArgumentException("step '" + s.name() + "': " + e.getMessage(), e);
		}
	}

	/** Runs every step on one image into a partial folder and renames it into place; false (and rows saying why) on failure. */
	private boolean process(Path image, Progress progress, Table summary) throws IOException {
		String name = image.getFileName().toString();
		Path target = job.output().resolve(BatchJob.folderName(image));
		Path partial = job.output().resolve("." + BatchJob.folderName(image) + PARTIAL);
		deleteTree(partial);
		List<ImageRecord.StepResult> results = new ArrayList<>();
		String current = job.steps().get(0).name();
		try {
			Image2D input = ImageFiles.readImage(image);
			for (BatchStep s : job.steps()) {
				current = s.name();
				progress.checkCancelled();
				long start = System.nanoTime();
				BatchStep.Outcome o = s.run(input, partial.resolve(s.name()), progress);
				results.add(new ImageRecord.StepResult(s.name(), o.count(), o.counted(), Math.round((System.nanoTime() - start) / 1e7) / 100.0));
			}
			new ImageRecord(name, job.stepSettings(), results).write(partial);
			replace(partial, target);
		} catch (CancelledException e) {
			deleteTree(partial);
			throw e;
		} catch (Exception e) {
			// one bad image must not end a night's run: recorded, and retried by the next run
			deleteTree(partial);
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			for (BatchStep s : job.steps()) summary.add(name, s.name(), FAILED, "", "", "", s.name().equals(current) ? message : "not run: step '" + current + "' failed");
			progress.log(name + ": " + current + " failed: " + message);
			return false;
		}
		for (ImageRecord.StepResult r : results) summary.add(name, r.step(), DONE, r.count(), r.counted(), r.seconds(), "");
		return true;
	}

	/** Puts the finished folder in place of an older one (made with other settings, or without a marker). */
	private static void replace(Path partial, Path target) throws IOException {
		Path old = target.resolveSibling("." + target.getFileName() + ".old");
		deleteTree(old);
		if (Files.exists(target)) Files.move(target, old);
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(partial, target);
		}
		deleteTree(old);
	}

	/** Reports a step's progress within image {@code index}'s share of the whole bar. */
	private static Progress within(Progress outer, String prefix, int index, int count) {
		return new Progress() {
			@Override
			public void update(String message, long done, long total) {
				long part = total > 0 ? Math.min(UNITS, done * UNITS / total) : 0;
				outer.update(message.isEmpty() ? prefix : prefix + ": " + message, index * UNITS + part, count * UNITS);
			}

			@Override
			public void log(String message) {
				outer.log(message);
			}

			@Override
			public boolean isCancelled() {
				return outer.isCancelled();
			}
		};
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) return;
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) throw e;
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
