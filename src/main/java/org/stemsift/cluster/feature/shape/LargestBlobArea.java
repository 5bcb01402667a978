package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Size of the main defect. */
@Plugin(type = PatchFeature.class, name = "largest_blob_area")
public final class LargestBlobArea extends BasicFeature {

	public LargestBlobArea() {
		super(FeatureFamily.SHAPE, "Area of the largest blob, in units of side².", p -> p.blobs().ofLargest(BlobShape::area));
	}
}
