package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Atom-sized features and lattice-period residuals put their power here. */
@Plugin(type = PatchFeature.class, name = "spectrum_mid_fraction")
public final class SpectrumMidBand extends BasicFeature {

	public SpectrumMidBand() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power at radii 0.125 to 0.25 cycles/px.", p -> p.spectrum().bandFraction(1));
	}
}
