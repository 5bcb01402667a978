package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Upper quartile: the typical positive residual. */
@Plugin(type = PatchFeature.class, name = "diff_p75")
public final class DifferencePercentile75 extends BasicFeature {

	public DifferencePercentile75() {
		super(FeatureFamily.INTENSITY, "75th percentile of the difference image.", p -> p.differenceQuantile(0.75));
	}
}
