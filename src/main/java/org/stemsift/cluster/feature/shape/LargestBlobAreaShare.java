package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Whether one defect dominates the patch or several share it. */
@Plugin(type = PatchFeature.class, name = "largest_blob_area_share")
public final class LargestBlobAreaShare extends BasicFeature {

	public LargestBlobAreaShare() {
		super(FeatureFamily.SHAPE, "The largest blob's share of all blob pixels (1 for a single blob, 0 for none).", p -> p.blobs().largestShare());
	}
}
