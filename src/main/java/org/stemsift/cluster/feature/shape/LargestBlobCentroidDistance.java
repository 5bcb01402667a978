package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Whether the main defect is the one the patch was cut around. */
@Plugin(type = PatchFeature.class, name = "largest_blob_centroid_distance")
public final class LargestBlobCentroidDistance extends BasicFeature {

	public LargestBlobCentroidDistance() {
		super(FeatureFamily.SHAPE, "Distance of the largest blob's centroid from the patch centre, in units of the side.", p -> p.blobs().ofLargest(BlobShape::centroidDistance));
	}
}
