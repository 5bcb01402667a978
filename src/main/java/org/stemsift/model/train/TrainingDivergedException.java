package org.stemsift.model.train;

/**
 * Training met a non-finite loss or gradient and could not get past it by undoing the step and lowering the learning
 * rate. The message says what went non-finite, where, and what to try; no model is produced.
 */
public final class TrainingDivergedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public TrainingDivergedException(String message) {
		super(message);
	}
}
