package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Lower quartile: the typical negative residual. */
@Plugin(type = PatchFeature.class, name = "diff_p25")
public final class DifferencePercentile25 extends BasicFeature {

	public DifferencePercentile25() {
		super(FeatureFamily.INTENSITY, "25th percentile of the difference image.", p -> p.differenceQuantile(0.25));
	}
}
