package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Near 1 for noise-like residuals, low for a few dominant frequencies (periodic residuals). */
@Plugin(type = PatchFeature.class, name = "spectral_entropy")
public final class SpectralEntropy extends BasicFeature {

	public SpectralEntropy() {
		super(FeatureFamily.FREQUENCY, "Shannon entropy of the difference image's normalised power spectrum over its maximum (0 to 1).", p -> p.spectrum().entropy());
	}
}
