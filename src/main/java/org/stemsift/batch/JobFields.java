package org.stemsift.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads the fields of one JSON object of a job file. Every message names the field by its path in the file (e.g.
 * {@code steps[1].threshold}), and a field nobody read is refused, so a misspelt key is an error, not a silently
 * ignored setting. Relative paths are resolved against the job file's folder.
 */
final class JobFields {

	private final JsonObject object;
	private final String path;
	private final Path base;
	private final Set<String> known = new LinkedHashSet<>();

	JobFields(JsonObject object, String path, Path base) {
		this.object = object;
		this.path = path;
		this.base = base;
	}

	/** The object itself, for a fingerprint of the settings. */
	JsonObject json() {
		return object;
	}

	/** Where this object is in the file, e.g. {@code steps[1]}. */
	String location() {
		return path;
	}

	String where(String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	IllegalArgumentException error(String name, String problem) {
		return new IllegalArgumentException("'" + where(name) + "' " + problem);
	}

	/** The value, or null when the field is absent or JSON null. */
	private JsonElement get(String name) {
		known.add(name);
		JsonElement e = object.get(name);
		return e == null || e.isJsonNull() ? null : e;
	}

	boolean has(String name) {
		return get(name) != null;
	}

	String string(String name, String fallback) {
		JsonElement e = get(name);
		if (e == null) return fallback;
		if (!(e instanceof JsonPrimitive p) || !p.isString()) throw error(name, "must be text in quotes, got " + e);
		return p.getAsString();
	}

	String requiredString(String name) {
		String s = string(name, null);
		if (s == null || s.isBlank()) throw error(name, "is missing");
		return s;
	}

	/** One of the given words (case-insensitive), returned in lower case. */
	String choice(String name, String fallback, List<String> choices) {
		String s = string(name, fallback).toLowerCase(java.util.Locale.ROOT);
		if (!choices.contains(s)) throw error(name, "is '" + s + "'; choose one of " + String.join(", ", choices));
		return s;
	}

	boolean bool(String name, boolean fallback) {
		JsonElement e = get(name);
		if (e == null) return fallback;
		if (!(e instanceof JsonPrimitive p) || !p.isBoolean()) throw error(name, "must be true or false, got " + e);
		return p.getAsBoolean();
	}

	double number(String name, double fallback) {
		JsonElement e = get(name);
		if (e == null) return fallback;
		if (!(e instanceof JsonPrimitive p) || !p.isNumber()) throw error(name, "must be a number, got " + e);
		double v = p.getAsDouble();
		if (!Double.isFinite(v)) throw error(name, "must be a finite number, got " + e);
		return v;
	}

	int integer(String name, int fallback) {
		double v = number(name, fallback);
		if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) throw error(name, "must be a whole number, got " + v);
		return (int) v;
	}

	/** A path, relative to the job file's folder unless absolute. */
	Path path(String name) {
		return base.resolve(requiredString(name)).normalize();
	}

	Path existingFolder(String name) {
		Path p = path(name);
		if (!Files.isDirectory(p)) throw error(name, Files.exists(p) ? "is not a folder: " + p : "names a folder that does not exist: " + p);
		return p;
	}

	Path existingFile(String name) {
		Path p = path(name);
		if (!Files.isRegularFile(p)) throw error(name, Files.exists(p) ? "is not a file: " + p : "names a file that does not exist: " + p);
		return p;
	}

	/** A non-empty array of objects. */
	List<JobFields> objects(String name) {
		JsonElement e = get(name);
		if (e == null) throw error(name, "is missing");
		if (!(e instanceof JsonArray a) || a.isEmpty()) throw error(name, "must be a non-empty list [ {...}, ... ]");
		List<JobFields> list = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			String at = where(name) + "[" + i + "]";
			if (!a.get(i).isJsonObject()) throw new IllegalArgumentException("'" + at + "' must be an object { ... }, got " + a.get(i));
			list.add(new JobFields(a.get(i).getAsJsonObject(), at, base));
		}
		return list;
	}

	/** Refuses any field that was not read: a misspelt or unsupported key. */
	void requireNoOthers() {
		for (String key : object.keySet())
			if (!known.contains(key)) throw error(key, "is not a known field here; known: " + String.join(", ", known));
	}
}
