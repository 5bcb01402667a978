package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Spread of the main defect about its centroid relative to its area: grows with elongation and raggedness. */
@Plugin(type = PatchFeature.class, name = "largest_blob_hu1")
public final class LargestBlobHu1 extends BasicFeature {

	public LargestBlobHu1() {
		super(FeatureFamily.SHAPE, "First Hu invariant moment of the largest blob (1/(2π) for a disc).", p -> p.blobs().ofLargest(b -> b.hu(1)));
	}
}
