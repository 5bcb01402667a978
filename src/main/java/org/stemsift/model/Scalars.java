package org.stemsift.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Scalar constants for arithmetic inside the training graph, in memory PyTorch owns.
 * <p>
 * Why not {@code x.mul(0.5f)}: DJL's PyTorch engine wraps such a scalar around a Java direct buffer without copying
 * it and closes it right after the call, but autograd keeps the scalar for the backward pass. When the JVM collects
 * garbage in between, the buffer is freed and the gradient reads freed memory: the same seed then trained to different
 * networks, and now and then to NaN (measured: five runs with a thread calling {@code System.gc()} gave four different
 * networks, two of them NaN; without it, one). {@code full} allocates the scalar in PyTorch, which keeps it alive.
 */
final class Scalars {

	private Scalars() {}

	/** {@code value} as a 0-d array of {@code like}'s type, attached to {@code like}'s manager. */
	static NDArray of(NDArray like, float value) {
		return like.getManager().full(new Shape(), value, like.getDataType());
	}
}
