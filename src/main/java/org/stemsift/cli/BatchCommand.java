package org.stemsift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.batch.BatchJob;
import org.stemsift.batch.BatchRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "batch", mixinStandardHelpOptions = true,
	description = { "Run a pipeline (detect, patterson-ocsvm, ...) over a folder of images, as described in a JSON job file (docs/batch.md).",
		"Results go to OUTPUT/<image>/<step>/ and OUTPUT/summary.csv (image, step, status, count, counted, seconds, message).",
		"Interrupted runs resume: images already finished with the same steps are skipped." })
final class BatchCommand implements Callable<Integer> {

	@Option(names = { "--config", "-c" }, required = true, description = "Job file (JSON)")
	Path config;

	@Mixin
	EngineOptions engine;

	@Override
	public Integer call() throws Exception {
		BatchJob job = BatchJob.read(config);
		engine.apply();
		BatchRunner.Report r = new BatchRunner(job).run(engine.progress());
		System.out.printf("%d images done, %d skipped (done earlier), %d failed. Summary: %s%n", r.computed(), r.skipped(), r.failed(),
			job.output().resolve(BatchRunner.SUMMARY).toAbsolutePath());
		if (r.failed() > 0) {
			System.err.printf("stemsift batch: %d of %d images failed; their reasons are in the summary; run the job again to retry them%n", r.failed(),
				r.computed() + r.skipped() + r.failed());
			return ErrorReporter.FAILED;
		}
		return 0;
	}
}
