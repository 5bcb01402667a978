package org.stemsift.model.train;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns PyTorch's gradient recording off for a block of bookkeeping (copies, in-place restores, checks) and back to
 * what it was. Needed because grad mode is per thread and on by default: only the thread that started the engine has
 * it off, and Fiji runs commands on other threads, where an in-place copy into a weight would fail.
 */
final class NoGrad implements AutoCloseable {

	private final boolean previous;

	private NoGrad() {
		previous = JniUtils.isGradMode();
		JniUtils.setGradMode(false);
	}

	static NoGrad enter() {
		return new NoGrad();
	}

	@Override
	public void close() {
		JniUtils.setGradMode(previous);
	}
}
