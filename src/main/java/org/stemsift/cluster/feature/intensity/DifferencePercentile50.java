package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Median: a global offset between patch and prediction, robust to the defect itself. */
@Plugin(type = PatchFeature.class, name = "diff_p50")
public final class DifferencePercentile50 extends BasicFeature {

	public DifferencePercentile50() {
		super(FeatureFamily.INTENSITY, "Median of the difference image.", p -> p.differenceQuantile(0.5));
	}
}
