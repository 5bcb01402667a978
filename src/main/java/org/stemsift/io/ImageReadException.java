package org.stemsift.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be read as an image. Unlike a bare {@link IOException}, the message always names the file and says
 * what is wrong with it and, where possible, what the user can do about it, so that the Fiji dialog and the command
 * line can show it as it is.
 */
public class ImageReadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	/** {@code problem} completes the sentence "Cannot read FILE: ...". */
	public ImageReadException(Path file, String problem) {
		super(message(file, problem));
		this.file = file;
	}

	public ImageReadException(Path file, String problem, Throwable cause) {
		super(message(file, problem), cause);
		this.file = file;
	}

	/** The file that could not be read (may be null when the data did not come from a file). */
	public Path file() { return file; }

	private static String message(Path file, String problem) {
		return file == null ? problem : "Cannot read " + file + ": " + problem;
	}
}
