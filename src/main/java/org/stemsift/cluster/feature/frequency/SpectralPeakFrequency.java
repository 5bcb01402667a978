package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Period of the strongest periodic component of the difference. */
@Plugin(type = PatchFeature.class, name = "spectral_peak_frequency")
public final class SpectralPeakFrequency extends BasicFeature {

	public SpectralPeakFrequency() {
		super(FeatureFamily.FREQUENCY, "Spatial frequency (radius) of the strongest bin of the difference image's power spectrum, cycles/px.", p -> p.spectrum().peakFrequency());
	}
}
