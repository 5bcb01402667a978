package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.BlobShape;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Round point defects against elongated ones (dislocation cores, line defects). */
@Plugin(type = PatchFeature.class, name = "largest_blob_eccentricity")
public final class LargestBlobEccentricity extends BasicFeature {

	public LargestBlobEccentricity() {
		super(FeatureFamily.SHAPE, "Eccentricity √(1 − λ₂/λ₁) of the largest blob's second central moments (0 for a disc).", p -> p.blobs().ofLargest(BlobShape::eccentricity));
	}
}
