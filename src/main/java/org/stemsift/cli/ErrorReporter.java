package org.stemsift.cli;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

import org.stemsift.progress.CancelledException;

import picocli.CommandLine;

/**
 * Turns failures into one clear line on standard error and a non-zero exit code. A user's mistake (bad file, bad
 * parameter) is not a crash: no stack trace unless {@code STEMSIFT_DEBUG} is set.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

	static final int FAILED = 1;
	static final int CANCELLED = 130;

	@Override
	public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
		if (e instanceof CancelledException) {
			cli.getErr().println("Cancelled.");
			return CANCELLED;
		}
		cli.getErr().println("stemsift " + cli.getCommandName() + ": " + describe(e));
		if (System.getenv("STEMSIFT_DEBUG") != null) e.printStackTrace(cli.getErr());
		return FAILED;
	}

	static String describe(Throwable e) {
		if (e instanceof NoSuchFileException n) return "file not found: " + n.getFile() + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
		if (e instanceof FileNotFoundException) return "file not found: " + e.getMessage();
		if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " already exists and is not a folder: choose another output";
		if (e instanceof java.nio.file.NotDirectoryException f) return f.getFile() + " is not a folder: choose another output";
		if (e instanceof java.nio.file.AccessDeniedException f) return "permission denied: " + f.getFile();
		if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
		String m = e.getMessage();
		if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
		return m;
	}
}
