package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Test fixtures under src/test/resources/io (copied into the project: tests never read /work/shared). */
final class TestData {

	private TestData() {}

	static Path resource(String relative) {
		URL url = TestData.class.getResource("/io/" + relative);
		assertNotNull(url, "missing test resource io/" + relative);
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static Path dm(String relative) { return resource("dm/" + relative); }

	static Path npy(String name) { return resource("npy/" + name); }

	/** A copy of the first {@code fraction} of {@code source}'s bytes, named like the source. */
	static Path truncatedCopy(Path source, Path dir, double fraction) throws IOException {
		byte[] all = Files.readAllBytes(source);
		Path out = dir.resolve("cut" + Math.round(fraction * 1000) + "-" + source.getFileName());
		Files.write(out, Arrays.copyOf(all, (int) (all.length * fraction)));
		return out;
	}

	static double sum(float[] v) {
		double s = 0;
		for (float x : v) s += x;
		return s;
	}

	static float min(float[] v) {
		float m = Float.POSITIVE_INFINITY;
		for (float x : v) m = Math.min(m, x);
		return m;
	}

	static float max(float[] v) {
		float m = Float.NEGATIVE_INFINITY;
		for (float x : v) m = Math.max(m, x);
		return m;
	}

	static float[] head(float[] v, int n) { return Arrays.copyOf(v, n); }
}
