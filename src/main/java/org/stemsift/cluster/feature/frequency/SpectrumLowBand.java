package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Broad, smooth differences (a large defect, a thickness change) put their power here. */
@Plugin(type = PatchFeature.class, name = "spectrum_low_fraction")
public final class SpectrumLowBand extends BasicFeature {

	public SpectrumLowBand() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power at radii up to 0.125 cycles/px (quarter of Nyquist).", p -> p.spectrum().bandFraction(0));
	}
}
