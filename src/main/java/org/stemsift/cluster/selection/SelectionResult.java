package org.stemsift.cluster.selection;

import java.util.List;

/**
 * Outcome of the feature selection: the kept features' names and their column indices in the input table (both in
 * column order), and the dropped ones in the order they were dropped.
 */
public record SelectionResult(List<String> kept, int[] keptIndices, List<Removal> removed) {

	public SelectionResult {
		kept = List.copyOf(kept);
		keptIndices = keptIndices.clone();
		removed = List.copyOf(removed);
	}

	@Override
	public int[] keptIndices() { return keptIndices.clone(); }
}
