package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** A second measure of lopsidedness, with the third one rotation-invariant. */
@Plugin(type = PatchFeature.class, name = "largest_blob_hu4")
public final class LargestBlobHu4 extends BasicFeature {

	public LargestBlobHu4() {
		super(FeatureFamily.SHAPE, "Fourth Hu invariant moment of the largest blob (0 for centrally symmetric blobs).", p -> p.blobs().ofLargest(b -> b.hu(4)));
	}
}
