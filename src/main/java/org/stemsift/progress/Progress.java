package org.stemsift.progress;

/**
 * How long-running core work reports progress and learns it should stop. The core knows only this interface; the
 * Fiji layer adapts it to SciJava's TaskService/StatusService and the CLI to a progress bar.
 */
public interface Progress {

	/** Work is done at {@code done} of {@code total} units; {@code message} says what is happening. */
	void update(String message, long done, long total);

	/** A line for the log (e.g. per-epoch losses). */
	default void log(String message) {}

	/** True when the user asked to stop. */
	default boolean isCancelled() { return false; }

	/** Throws {@link CancelledException} if the user asked to stop; long loops call this between steps. */
	default void checkCancelled() {
		if (isCancelled()) throw new CancelledException();
	}

	Progress NONE = (message, done, total) -> {};
}
