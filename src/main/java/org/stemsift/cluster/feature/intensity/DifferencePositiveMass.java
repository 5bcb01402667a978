package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Integrated excess intensity: extra or heavier atoms. */
@Plugin(type = PatchFeature.class, name = "diff_positive_mass")
public final class DifferencePositiveMass extends BasicFeature {

	public DifferencePositiveMass() {
		super(FeatureFamily.INTENSITY, "Sum of the positive values of the difference image over the pixel count.", p -> p.differenceStats().positiveMass());
	}
}
