package org.stemsift.progress;

/** Thrown out of long work when the user cancelled it; callers report it as a cancellation, not as an error. */
public class CancelledException extends RuntimeException {

	public CancelledException() {
		super("Cancelled by the user");
	}
}
