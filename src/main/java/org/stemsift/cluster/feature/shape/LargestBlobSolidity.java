package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Convex defects against branched or hollow ones. */
@Plugin(type = PatchFeature.class, name = "largest_blob_solidity")
public final class LargestBlobSolidity extends BasicFeature {

	public LargestBlobSolidity() {
		super(FeatureFamily.SHAPE, "Area of the largest blob over the area of its convex hull (1 for convex blobs).", p -> p.blobs().ofLargest(BlobShape::solidity));
	}
}
