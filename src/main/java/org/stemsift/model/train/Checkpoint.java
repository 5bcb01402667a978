package org.stemsift.model.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy of every array of a network (weights and batch-norm running statistics), held in native memory, that can be
 * put back in place. Used to undo a step that went non-finite and to keep the best epoch's weights.
 */
final class Checkpoint implements AutoCloseable {

	private final NDManager manager;
	private final List<NDArray> copies = new ArrayList<>();
	private final CheckpointableAdam.State optimizer;

	private Checkpoint(NDManager parent, Block block, CheckpointableAdam adam) {
		manager = parent.newSubManager();
		try (NoGrad off = NoGrad.enter()) {
			for (Pair<String, Parameter> p : block.getParameters()) {
				NDArray copy = p.getValue().getArray().duplicate();
				copy.attach(manager);
				copies.add(copy);
			}
			optimizer = adam == null ? null : adam.copyState(manager);
		}
	}

	/** The network's arrays (and, when {@code adam} is given, the optimiser's state) as they are now. */
	static Checkpoint of(NDManager parent, Block block, CheckpointableAdam adam) {
		return new Checkpoint(parent, block, adam);
	}

	/** Writes the copies back into the network's own arrays (and the optimiser's state, if it was copied). */
	void restore(Block block, CheckpointableAdam adam) {
		try (NoGrad off = NoGrad.enter()) {
			int i = 0;
			for (Pair<String, Parameter> p : block.getParameters()) copyInto(copies.get(i++), p.getValue().getArray());
			if (adam != null && optimizer != null) adam.restore(optimizer);
		}
	}

	/** In place, with gradient recording off (see {@link NoGrad}). */
	static void copyInto(NDArray source, NDArray target) {
		target.set(new NDIndex(":"), source);
	}

	@Override
	public void close() {
		manager.close();
	}
}
