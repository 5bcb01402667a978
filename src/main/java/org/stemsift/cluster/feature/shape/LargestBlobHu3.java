package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Lopsidedness of the main defect (e.g. a comet or triangle shape). */
@Plugin(type = PatchFeature.class, name = "largest_blob_hu3")
public final class LargestBlobHu3 extends BasicFeature {

	public LargestBlobHu3() {
		super(FeatureFamily.SHAPE, "Third Hu invariant moment of the largest blob (0 for centrally symmetric blobs).", p -> p.blobs().ofLargest(b -> b.hu(3)));
	}
}
