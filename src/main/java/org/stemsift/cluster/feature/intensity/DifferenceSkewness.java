package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** A lone bright defect on a quiet residual skews positive, a vacancy negative. */
@Plugin(type = PatchFeature.class, name = "diff_skewness")
public final class DifferenceSkewness extends BasicFeature {

	public DifferenceSkewness() {
		super(FeatureFamily.INTENSITY, "Skewness of the difference image (0 for a flat image).", p -> p.differenceStats().skewness());
	}
}
