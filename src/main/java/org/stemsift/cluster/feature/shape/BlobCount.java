package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** One blob for a point defect, two for a displaced atom's bright/dark pair, many for an extended defect or noise. */
@Plugin(type = PatchFeature.class, name = "blob_count")
public final class BlobCount extends BasicFeature {

	public BlobCount() {
		super(FeatureFamily.SHAPE, "Number of blobs (8-connected same-sign components of the thresholded filtered difference).", p -> p.blobs().count());
	}
}
