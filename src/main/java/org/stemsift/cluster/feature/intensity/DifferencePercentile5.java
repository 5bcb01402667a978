package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** How deep the darkest few percent of the difference go, robust to single pixels. */
@Plugin(type = PatchFeature.class, name = "diff_p05")
public final class DifferencePercentile5 extends BasicFeature {

	public DifferencePercentile5() {
		super(FeatureFamily.INTENSITY, "5th percentile of the difference image (linear interpolation).", p -> p.differenceQuantile(0.05));
	}
}
