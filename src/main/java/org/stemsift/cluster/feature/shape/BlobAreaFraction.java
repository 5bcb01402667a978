package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** How much of the patch is defective. */
@Plugin(type = PatchFeature.class, name = "blob_area_fraction")
public final class BlobAreaFraction extends BasicFeature {

	public BlobAreaFraction() {
		super(FeatureFamily.SHAPE, "Fraction of the patch covered by blobs.", p -> (double) p.blobs().foregroundArea() / p.filtered().length);
	}
}
