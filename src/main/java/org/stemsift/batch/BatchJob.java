package org.stemsift.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A batch job, read from a JSON file (format in docs/batch.md): a folder of images, an output folder and the steps run
 * on every image. Everything is checked when the file is read, before any image is touched, and every mistake is
 * reported with the field it is in.
 *
 * @param input   folder of images
 * @param output  folder of the results (created if missing)
 * @param pattern glob on file names choosing the images, or null for every image file
 * @param steps   the analyses, in order
 */
public record BatchJob(Path input, Path output, String pattern, List<BatchStep> steps) {

	/** Extensions of the images a folder is searched for when no pattern is given. */
	public static final List<String> IMAGE_EXTENSIONS = List.of("tif", "tiff", "png", "jpg", "jpeg", "gif", "bmp", "dm3", "dm4", "npy");

	/** Reads and checks a job file. */
	public static BatchJob read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "the job file does not exist");
		JsonElement root;
		try {
			root = JsonParser.parseString(Files.readString(file));
		} catch (JsonParseException e) {
			throw new IllegalArgumentException(file.getFileName() + " is not valid JSON: " + rootCause(e).getMessage(), e);
		}
		if (!root.isJsonObject()) throw new IllegalArgumentException(file.getFileName() + " must hold one JSON object { \"input\": ..., \"output\": ..., \"steps\": [...] }");
		Path base = file.toAbsolutePath().getParent();
		try {
			return parse(new JobFields(root.getAsJsonObject(), "", base));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
		}
	}

	static BatchJob parse(JobFields f) {
		Path input = f.existingFolder("input");
		Path output = f.path("output");
		if (Files.exists(output) && !Files.isDirectory(output)) throw f.error("output", "is a file, not a folder: " + output);
		String pattern = f.string("images", null);
		if (pattern != null) {
			try {
				FileSystems.getDefault().getPathMatcher("glob:" + pattern);
			} catch (IllegalArgumentException e) {
				throw f.error("images", "is not a file-name pattern such as \"*.tif\": " + e.getMessage());
			}
		}
		List<BatchStep> steps = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (JobFields s : f.objects("steps")) {
			BatchStep step = step(s);
			if (!names.add(step.name()))
				throw s.error("name", "repeats the step name '" + step.name() + "'; give each step its own \"name\" (it is the folder of its results)");
			steps.add(step);
		}
		f.requireNoOthers();
		return new BatchJob(input, output, pattern, List.copyOf(steps));
	}

	private static BatchStep step(JobFields s) {
		String type = s.requiredString("type");
		String name = s.string("name", type);
		if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) throw s.error("name", "must be a plain folder name (letters, digits, . _ -), got '" + name + "'");
		BatchStep step = switch (type) {
			case DetectStep.TYPE -> DetectStep.parse(name, s);
			case PattersonStep.TYPE -> PattersonStep.parse(name, s);
			default -> throw s.error("type", "is '" + type + "'; known step types: " + DetectStep.TYPE + ", " + PattersonStep.TYPE);
		};
		s.requireNoOthers();
		return step;
	}

	/** The steps as written in the job file, which a completed image's marker must match to be reused. */
	JsonArray stepSettings() {
		JsonArray a = new JsonArray();
		for (BatchStep s : steps) a.add(s.settings());
		return a;
	}

	/**
	 * The images of the input folder (not its sub-folders), in file-name order. Two images that would share an output
	 * folder (a.tif and a.png) are refused.
	 */
	public List<Path> images() throws IOException {
		PathMatcher matcher = pattern == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		List<Path> images;
		try (Stream<Path> s = Files.list(input)) {
			images = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> matcher == null ? IMAGE_EXTENSIONS.contains(extension(p)) : matcher.matches(p.getFileName())).sorted().toList();
		}
		Map<String, Path> byFolder = new HashMap<>();
		for (Path p : images) {
			Path other = byFolder.put(folderName(p), p);
			if (other != null)
				throw new IllegalArgumentException(other.getFileName() + " and " + p.getFileName() + " would share the output folder '" + folderName(p)
					+ "'; rename one or choose the images with \"images\"");
		}
		return images;
	}

	/** The output folder of an image: its file name without the extension. */
	static String folderName(Path image) {
		String n = image.getFileName().toString();
		int dot = n.lastIndexOf('.');
		return dot > 0 ? n.substring(0, dot) : n;
	}

	private static String extension(Path p) {
		String n = p.getFileName().toString();
		int dot = n.lastIndexOf('.');
		return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Throwable rootCause(Throwable e) {
		while (e.getCause() != null && e.getCause() != e) e = e.getCause();
		return e;
	}
}
