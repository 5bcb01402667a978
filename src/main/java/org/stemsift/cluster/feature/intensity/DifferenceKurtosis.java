package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Localised defects give heavy tails; residuals spread over the patch (thickness, drift) do not. */
@Plugin(type = PatchFeature.class, name = "diff_kurtosis")
public final class DifferenceKurtosis extends BasicFeature {

	public DifferenceKurtosis() {
		super(FeatureFamily.INTENSITY, "Excess kurtosis of the difference image (0 for Gaussian values or a flat image).", p -> p.differenceStats().kurtosis());
	}
}
