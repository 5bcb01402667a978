package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Size of the main defect as a length, comparable with the atomic spacing. */
@Plugin(type = PatchFeature.class, name = "largest_blob_equivalent_diameter")
public final class LargestBlobEquivalentDiameter extends BasicFeature {

	public LargestBlobEquivalentDiameter() {
		super(FeatureFamily.SHAPE, "Diameter of the disc with the largest blob's area, in units of the side.", p -> p.blobs().ofLargest(BlobShape::equivalentDiameter));
	}
}
