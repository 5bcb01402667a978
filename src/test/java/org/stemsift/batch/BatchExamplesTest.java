package org.stemsift.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.io.CsvTable;
import org.stemsift.patterson.PattersonFiles;
import org.stemsift.testutil.TinyModels;

/** The job files in examples/ are valid, and the one needing no model runs on the bundled sample. */
class BatchExamplesTest {

	static final Path EXAMPLES = Path.of("examples");

	@TempDir
	Path dir;

	/** The example with its output moved into the test's folder (and, if given, its model replaced). */
	Path relocated(String example, Path model) throws Exception {
		JsonObject job = JsonParser.parseString(Files.readString(EXAMPLES.resolve(example))).getAsJsonObject();
		job.addProperty("input", EXAMPLES.resolve(job.get("input").getAsString()).toAbsolutePath().normalize().toString());
		job.addProperty("output", dir.resolve("out").toString());
		if (model != null) job.getAsJsonArray("steps").get(0).getAsJsonObject().addProperty("model", model.toString());
		return Files.writeString(dir.resolve(example), job.toString());
	}

	@Test
	void thePattersonExampleRunsOnTheSample() throws Exception {
		BatchJob job = BatchJob.read(relocated("batch-job.json", null));
		assertEquals(List.of("image.tif", "reference.tif"), job.images().stream().map(p -> p.getFileName().toString()).toList());
		assertEquals(2, new BatchRunner(job).run(null).computed());
		CsvTable summary = CsvTable.read(job.output().resolve(BatchRunner.SUMMARY));
		for (int i = 0; i < summary.rowCount(); i++) {
			CsvTable sites = CsvTable.read(job.output().resolve(summary.get(i, "image").replace(".tif", "")).resolve("ocsvm").resolve(PattersonFiles.SITES));
			long outliers = sites.rows().stream().filter(r -> r.get(sites.header().indexOf("outlier")).equals("1")).count();
			assertEquals(outliers, Long.parseLong(summary.get(i, "count")));
		}
	}

	@Test
	void theExampleWithAModelIsValid() throws Exception {
		BatchJob job = BatchJob.read(relocated("batch-job-with-model.json", TinyModels.copyTo(dir)));
		assertEquals(List.of("detect", "ocsvm"), job.steps().stream().map(BatchStep::name).toList());
		assertEquals(List.of("image.tif"), job.images().stream().map(p -> p.getFileName().toString()).toList());
	}
}
