package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Pixel noise and sharp edges put their power here. */
@Plugin(type = PatchFeature.class, name = "spectrum_high_fraction")
public final class SpectrumHighBand extends BasicFeature {

	public SpectrumHighBand() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power above 0.25 cycles/px (half of Nyquist).", p -> p.spectrum().bandFraction(2));
	}
}
