package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** How well the main defect fills its bounding box: rectangular against diagonal or irregular. */
@Plugin(type = PatchFeature.class, name = "largest_blob_extent")
public final class LargestBlobExtent extends BasicFeature {

	public LargestBlobExtent() {
		super(FeatureFamily.SHAPE, "Area of the largest blob over the area of its bounding box.", p -> p.blobs().ofLargest(BlobShape::extent));
	}
}
