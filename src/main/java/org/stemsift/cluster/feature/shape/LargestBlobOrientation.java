package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Direction of an elongated defect, e.g. along a lattice row. */
@Plugin(type = PatchFeature.class, name = "largest_blob_orientation")
public final class LargestBlobOrientation extends BasicFeature {

	public LargestBlobOrientation() {
		super(FeatureFamily.SHAPE, "Angle of the largest blob's major axis from +x towards +y (image rows), radians in (−π/2, π/2].", p -> p.blobs().ofLargest(BlobShape::orientation));
	}
}
