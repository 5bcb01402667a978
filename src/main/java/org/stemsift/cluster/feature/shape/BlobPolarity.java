package org.stemsift.cluster.feature.shape;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Separates excess-intensity defects from deficits and from mixed (displacement-like) ones. */
@Plugin(type = PatchFeature.class, name = "blob_polarity")
public final class BlobPolarity extends BasicFeature {

	public BlobPolarity() {
		super(FeatureFamily.SHAPE, "(bright − dark blob pixels) / all blob pixels: +1 all bright, −1 all dark, 0 balanced or no blobs.", p -> p.blobs().polarity());
	}
}
