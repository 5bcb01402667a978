package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.io.CsvTable;
import org.stemsift.testutil.Cli;

/** The demo's and the benchmark's mechanics, with a tiny network (their real runs take minutes). */
class DemoAndBenchCommandTest {

	private static final String[] TINY = { "--patch-size", "32", "--latent", "4", "--channel-divisor", "16", "--epochs", "1", "--crops-per-epoch", "32", "-q" };

	@TempDir
	Path dir;

	@Test
	void demoWritesEveryResultAndScoresItAgainstTheGroundTruth() throws Exception {
		Path sample = dir.resolve("sample");
		assertEquals(0, Cli.run("generate", "--out", sample.toString(), "--size", "160", "--defects", "1", "--seed", "2").exitCode());
		Path out = dir.resolve("demo");
		String[] args = concat(new String[] { "demo", "--sample", sample.toString(), "--out", out.toString() }, TINY);
		Cli.Result r = Cli.run(args);
		assertEquals(0, r.exitCode(), r.toString());
		for (String f : new String[] { "defects.csv", "anomaly.tif", "difference.tif", "prediction.tif", "labels.tif", "overlay.png", "summary.txt", "model.stemsift" })
			assertTrue(Files.size(out.resolve(f)) > 0, f);
		int found = CsvTable.read(out.resolve("defects.csv")).rowCount();
		String summary = Files.readString(out.resolve("summary.txt"));
		assertTrue(summary.startsWith(found + " defects found, 5 planted"), summary);
		assertTrue(summary.contains("Engine: PyTorch ") && summary.contains("threads: ") && summary.contains("CPU: "), summary);
		assertTrue(r.out().contains(summary.trim()), r.out());
	}

	@Test
	void demoSaysHowToMakeAMissingSample() {
		Cli.Result r = Cli.run("demo", "--sample", dir.resolve("nowhere").toString(), "-q");
		assertEquals(1, r.exitCode());
		assertTrue(r.err().contains("stemsift generate --out"), r.err());
	}

	@Test
	void benchPrintsEveryNumber() {
		Cli.Result r = Cli.run("bench", "cvae", "--channel-divisor", "16", "--detect-size", "128", "--memory-size", "160", "--stride", "32", "-q");
		assertEquals(0, r.exitCode(), r.toString());
		for (String line : new String[] { "engine: PyTorch ", ", CPU: ", "training: ", "inference: ", "detection on 128x128, stride 32: ", "peak Java heap while detecting on 160x160: " })
			assertTrue(r.out().contains(line), r.out());
	}

	private static String[] concat(String[] a, String[] b) {
		String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
