package org.stemsift.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads the reference values under src/test/resources/learn (made by tools/fixtures/make_learn_fixtures.py) and the
 * clustering ones under src/test/resources/org/stemsift/learn (made by tools/fixtures/cluster_fixtures.py).
 */
public final class Fixtures {

	private Fixtures() {}

	static String text(String name) {
		return resource("/learn/" + name, "make_learn_fixtures.py");
	}

	/** A clustering fixture (JSON) by file name. */
	public static JsonObject cluster(String name) {
		return JsonParser.parseString(resource("/org/stemsift/learn/" + name, "cluster_fixtures.py")).getAsJsonObject();
	}

	private static String resource(String path, String script) {
		try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
			if (in == null) throw new IllegalStateException("Missing fixture " + path + "; regenerate with tools/fixtures/" + script);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static double[][] matrix(String name) {
		return text(name).lines().filter(l -> !l.isBlank()).map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
			.toArray(double[][]::new);
	}

	static double[] vector(String name) {
		return text(name).lines().filter(l -> !l.isBlank()).mapToDouble(Double::parseDouble).toArray();
	}

	static JsonObject json(String name) {
		return JsonParser.parseString(text(name)).getAsJsonObject();
	}

	public static double[] doubles(JsonArray a) {
		double[] out = new double[a.size()];
		for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsDouble();
		return out;
	}

	public static int[] ints(JsonArray a) {
		int[] out = new int[a.size()];
		for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsInt();
		return out;
	}

	public static double[][] rows(JsonArray a) {
		double[][] out = new double[a.size()][];
		for (int i = 0; i < out.length; i++) out[i] = doubles(a.get(i).getAsJsonArray());
		return out;
	}
}
