package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Direction in which a directional difference varies. */
@Plugin(type = PatchFeature.class, name = "spectral_orientation")
public final class SpectralOrientation extends BasicFeature {

	public SpectralOrientation() {
		super(FeatureFamily.FREQUENCY, "Wavevector angle of the larger principal moment of the difference image's power, radians in [0, π) from +x towards +y.", p -> p.spectrum().orientation());
	}
}
