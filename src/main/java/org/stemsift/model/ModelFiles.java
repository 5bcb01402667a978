package org.stemsift.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import ai.djl.MalformedModelException;

import org.stemsift.io.AtomicFiles;

/**
 * A STEMsift model is one ZIP file (extension {@code .stemsift}) holding {@code model.json} (the
 * {@link ModelDescription}) and {@code weights.params} (DJL parameters). Saving writes a temporary file beside the
 * target and renames it, so an interrupted save never leaves a half-written model in place.
 */
public final class ModelFiles {

	public static final String EXTENSION = ".stemsift";
	static final String DESCRIPTION_ENTRY = "model.json";
	static final String WEIGHTS_ENTRY = "weights.params";
	/** Refuse absurd entries before reading them into memory (the default network is ~7 MB). */
	private static final long MAX_ENTRY_BYTES = 2L << 30;

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

	private ModelFiles() {}

	public static void save(CvaeModel model, Path file) throws IOException {
		if (!model.parametersFinite()) throw new IllegalStateException("The model holds NaN or infinite weights and was not saved to " + file + ": retrain it");
		byte[] description = GSON.toJson(model.description()).getBytes(StandardCharsets.UTF_8);
		byte[] weights = model.saveParameters();
		AtomicFiles.write(file, out -> {
			ZipOutputStream zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry(DESCRIPTION_ENTRY));
			zip.write(description);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(WEIGHTS_ENTRY));
			zip.write(weights);
			zip.closeEntry();
			zip.finish();
		});
	}

	/** Reads only the description (cheap: no network is built). */
	public static ModelDescription readDescription(Path file) throws IOException {
		return parseDescription(file, readEntries(file));
	}

	public static CvaeModel loadCvae(Path file) throws IOException {
		Map<String, byte[]> entries = readEntries(file);
		ModelDescription d = parseDescription(file, entries);
		if (!ModelDescription.CVAE_KIND.equals(d.kind()))
			throw new ModelFileException(file, "it holds a '" + d.kind() + "' model, but a CVAE model is needed here");
		byte[] weights = entries.get(WEIGHTS_ENTRY);
		if (weights == null) throw new ModelFileException(file, "it has no weights (" + WEIGHTS_ENTRY + "): the file is incomplete; train or copy the model again");
		try {
			return CvaeModel.fromParameters(d, weights);
		}
		catch (MalformedModelException e) {
			throw new ModelFileException(file, "it is corrupt: " + e.getMessage() + "; train or copy the model again", e);
		}
		catch (IllegalArgumentException e) {
			throw new ModelFileException(file, "its description is invalid: " + e.getMessage(), e);
		}
	}

	private static Map<String, byte[]> readEntries(Path file) throws IOException {
		if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "no such model file");
		Map<String, byte[]> entries = new HashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (!e.getName().equals(DESCRIPTION_ENTRY) && !e.getName().equals(WEIGHTS_ENTRY)) continue;
				entries.put(e.getName(), readLimited(zip, file));
			}
		}
		catch (ZipException | java.io.EOFException e) {
			throw new ModelFileException(file, "it is not a complete STEMsift model file (" + e.getMessage() + "); it may be truncated or of another kind", e);
		}
		if (entries.isEmpty()) throw new ModelFileException(file, "it is not a STEMsift model file (expected a " + EXTENSION + " file written by Train CVAE)");
		return entries;
	}

	private static byte[] readLimited(InputStream in, Path file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buf = new byte[1 << 16];
		long total = 0;
		for (int n; (n = in.read(buf)) > 0;) {
			total += n;
			if (total > MAX_ENTRY_BYTES) throw new ModelFileException(file, "an entry is larger than 2 GiB: not a STEMsift model");
			out.write(buf, 0, n);
		}
		return out.toByteArray();
	}

	private static ModelDescription parseDescription(Path file, Map<String, byte[]> entries) throws ModelFileException {
		byte[] json = entries.get(DESCRIPTION_ENTRY);
		if (json == null) throw new ModelFileException(file, "it has no " + DESCRIPTION_ENTRY + ": not a STEMsift model file");
		try {
			JsonObject o = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
			if (!o.has("kind") || !o.get("kind").getAsString().startsWith("stemsift."))
				throw new ModelFileException(file, "its description does not name a STEMsift model kind");
			int version = o.has("formatVersion") ? o.get("formatVersion").getAsInt() : -1;
			if (version > ModelDescription.FORMAT_VERSION)
				throw new ModelFileException(file, "it was written by a newer STEMsift (format " + version + "); update STEMsift to read it");
			if (version < 1) throw new ModelFileException(file, "its format version is missing or invalid");
			ModelDescription d = GSON.fromJson(o, ModelDescription.class);
			if (ModelDescription.CVAE_KIND.equals(d.kind()) && (d.architecture() == null || d.preprocessing() == null)) throw new ModelFileException(file, "its description lacks the architecture or preprocessing");
			return d;
		}
		catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
			throw new ModelFileException(file, "its description is not valid JSON (" + e.getMessage() + ")", e);
		}
	}
}
