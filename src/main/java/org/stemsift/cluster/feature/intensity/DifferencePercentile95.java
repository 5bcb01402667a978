package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** How high the brightest few percent of the difference go, robust to single pixels. */
@Plugin(type = PatchFeature.class, name = "diff_p95")
public final class DifferencePercentile95 extends BasicFeature {

	public DifferencePercentile95() {
		super(FeatureFamily.INTENSITY, "95th percentile of the difference image.", p -> p.differenceQuantile(0.95));
	}
}
