package org.stemsift.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used: corrupt, of another kind, or not fitting the data. The message says why. */
public class ModelFileException extends IOException {

	public ModelFileException(Path file, String problem) {
		super("Model file " + file + ": " + problem);
	}

	public ModelFileException(Path file, String problem, Throwable cause) {
		super("Model file " + file + ": " + problem, cause);
	}
}
