package org.stemsift.testutil;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and forges model files (ZIPs of model.json and weights.params) to test how damaged or foreign ones are refused. */
public final class ModelZips {

	private ModelZips() {}

	public static Map<String, byte[]> entries(Path zip) {
		Map<String, byte[]> out = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
			for (ZipEntry e; (e = z.getNextEntry()) != null;) out.put(e.getName(), z.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	public static Path write(Path zip, Map<String, byte[]> entries) {
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				z.putNextEntry(new ZipEntry(e.getKey()));
				z.write(e.getValue());
				z.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return zip;
	}

	public static Map<String, byte[]> json(String text) {
		Map<String, byte[]> m = new LinkedHashMap<>();
		m.put("model.json", text.getBytes(StandardCharsets.UTF_8));
		return m;
	}

	/** A copy of a real model file whose model.json was changed by {@code edit}; the weights are kept. */
	public static Path editDescription(Path model, Path copy, Consumer<JsonObject> edit) {
		Map<String, byte[]> e = entries(model);
		JsonObject o = JsonParser.parseString(new String(e.get("model.json"), StandardCharsets.UTF_8)).getAsJsonObject();
		edit.accept(o);
		e.put("model.json", o.toString().getBytes(StandardCharsets.UTF_8));
		return write(copy, e);
	}
}
