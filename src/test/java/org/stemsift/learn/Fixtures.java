package org.stemsift.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads the reference values under src/test/resources/learn (made by tools/fixtures/make_learn_fixtures.py). */
final class Fixtures {

	private Fixtures() {}

	static String text(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/learn/" + name)) {
			if (in == null) throw new IllegalStateException("Missing fixture /learn/" + name + "; regenerate with tools/fixtures/make_learn_fixtures.py");
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

	static double[] doubles(JsonArray a) {
		double[] out = new double[a.size()];
		for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsDouble();
		return out;
	}
}
