package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Smooth round outlines against ragged ones. */
@Plugin(type = PatchFeature.class, name = "largest_blob_compactness")
public final class LargestBlobCompactness extends BasicFeature {

	public LargestBlobCompactness() {
		super(FeatureFamily.SHAPE, "4π·area / perimeter² of the largest blob (about 1 for a disc, lower for ragged or thin blobs).", p -> p.blobs().ofLargest(BlobShape::compactness));
	}
}
