package org.stemsift.testutil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.stemsift.cli.Main;

/** Runs the command line in-process with standard output and error captured. */
public final class Cli {

	/** What one run produced. */
	public record Result(int exitCode, String out, String err) {

		/** The standard-error lines that are not progress output (progress bars start with '['; epoch logs with "epoch"). */
		public java.util.List<String> errorLines() {
			return err.lines().filter(l -> !l.isBlank() && !l.startsWith("[") && !l.startsWith("epoch ")).toList();
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
		}
	}

	private Cli() {}

	public static synchronized Result run(String... args) {
		PrintStream oldOut = System.out, oldErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			System.setOut(o);
			System.setErr(e);
			code = Main.run(args);
		} finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
