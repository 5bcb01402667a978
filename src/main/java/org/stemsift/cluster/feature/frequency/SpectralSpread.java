package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Whether the difference has one length scale (a periodic residual) or many (a compact blob). */
@Plugin(type = PatchFeature.class, name = "spectral_spread")
public final class SpectralSpread extends BasicFeature {

	public SpectralSpread() {
		super(FeatureFamily.FREQUENCY, "Power-weighted standard deviation of the spatial frequency of the difference image, cycles/px.", p -> p.spectrum().spread());
	}
}
