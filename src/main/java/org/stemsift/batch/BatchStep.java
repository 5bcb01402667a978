package org.stemsift.batch;

import java.io.IOException;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import org.stemsift.core.Image2D;
import org.stemsift.progress.Progress;

/**
 * One analysis a batch job runs on every image. Its results go into a folder of their own inside the image's output
 * folder; it reports one count (defects, outliers) for the summary table. A step is opened once per job (a model is
 * loaded once, not per image) and closed at the end.
 */
public abstract class BatchStep implements AutoCloseable {

	/** What a step found in one image, for the summary. */
	public record Outcome(int count, String counted) {}

	private final String name;
	private final JsonObject settings;

	protected BatchStep(String name, JsonObject settings) {
		this.name = name;
		this.settings = settings;
	}

	/** The step's name: the folder of its results and the summary's "step" column. */
	public String name() {
		return name;
	}

	/** The step as written in the job file; a result made with other settings is not reused on resume. */
	public JsonObject settings() {
		return settings.deepCopy();
	}

	/** Loads what the step needs once per job (e.g. its model). */
	public void open() throws IOException {}

	/** Analyses one image and writes the results into {@code folder}. */
	public abstract Outcome run(Image2D image, Path folder, Progress progress) throws IOException;

	@Override
	public void close() {}
}
