package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Typical length scale of the difference: large for fine structure, small for broad blobs. */
@Plugin(type = PatchFeature.class, name = "spectral_centroid")
public final class SpectralCentroid extends BasicFeature {

	public SpectralCentroid() {
		super(FeatureFamily.FREQUENCY, "Power-weighted mean spatial frequency (radius) of the difference image, cycles/px.", p -> p.spectrum().centroid());
	}
}
