package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Directional differences (stripes, line defects, scan distortion) against round ones. */
@Plugin(type = PatchFeature.class, name = "spectral_anisotropy")
public final class SpectralAnisotropy extends BasicFeature {

	public SpectralAnisotropy() {
		super(FeatureFamily.FREQUENCY, "Ratio of the larger to the smaller principal second moment of the difference image's power over (kx, ky): 1 isotropic, capped at 1000.", p -> p.spectrum().anisotropy());
	}
}
