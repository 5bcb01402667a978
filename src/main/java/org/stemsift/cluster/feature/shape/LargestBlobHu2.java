package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Elongation of the main defect, independent of size and direction. */
@Plugin(type = PatchFeature.class, name = "largest_blob_hu2")
public final class LargestBlobHu2 extends BasicFeature {

	public LargestBlobHu2() {
		super(FeatureFamily.SHAPE, "Second Hu invariant moment of the largest blob (0 for a disc).", p -> p.blobs().ofLargest(b -> b.hu(2)));
	}
}
