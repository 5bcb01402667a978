package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Outline length of the main defect: long for ragged or elongated ones. */
@Plugin(type = PatchFeature.class, name = "largest_blob_perimeter")
public final class LargestBlobPerimeter extends BasicFeature {

	public LargestBlobPerimeter() {
		super(FeatureFamily.SHAPE, "Perimeter of the largest blob (pixel-edge length × π/4), in units of the side.", p -> p.blobs().ofLargest(BlobShape::perimeter));
	}
}
