package org.stemsift.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.stemsift.Version;
import org.stemsift.io.AtomicFiles;

/**
 * The completed marker of one image's output folder ({@value #FILE}): the steps' settings it was made with and what
 * each step found. An output folder holds one only if every step finished, because the marker is written last, into
 * the folder before it is renamed into place.
 */
record ImageRecord(String image, JsonArray settings, List<StepResult> results) {

	static final String FILE = "stemsift-batch.json";

	/** One step's result in one image. */
	record StepResult(String step, int count, String counted, double seconds) {}

	void write(Path folder) throws IOException {
		JsonObject o = new JsonObject();
		o.addProperty("image", image);
		o.addProperty("finished", Instant.now().toString());
		o.addProperty("stemsift", Version.get());
		o.add("steps", settings);
		JsonArray r = new JsonArray();
		for (StepResult s : results) {
			JsonObject e = new JsonObject();
			e.addProperty("step", s.step());
			e.addProperty("count", s.count());
			e.addProperty("counted", s.counted());
			e.addProperty("seconds", s.seconds());
			r.add(e);
		}
		o.add("results", r);
		AtomicFiles.writeString(folder.resolve(FILE), new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n");
	}

	/** The marker in {@code folder}, or null when there is none or it cannot be read (the image is then redone). */
	static ImageRecord read(Path folder) {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) return null;
		try {
			JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
			List<StepResult> results = new ArrayList<>();
			for (JsonElement e : o.getAsJsonArray("results")) {
				JsonObject r = e.getAsJsonObject();
				results.add(new StepResult(r.get("step").getAsString(), r.get("count").getAsInt(), r.get("counted").getAsString(), r.get("seconds").getAsDouble()));
			}
			return new ImageRecord(o.get("image").getAsString(), o.getAsJsonArray("steps"), results);
		} catch (IOException | JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
			return null;
		}
	}
}
