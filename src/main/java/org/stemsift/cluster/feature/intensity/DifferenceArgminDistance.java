package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Whether the darkest deficit is the centred defect or something at the patch edge. */
@Plugin(type = PatchFeature.class, name = "diff_argmin_distance")
public final class DifferenceArgminDistance extends BasicFeature {

	public DifferenceArgminDistance() {
		super(FeatureFamily.INTENSITY, "Distance of the difference image's minimum from the patch centre, in units of the side.", p -> p.differenceStats().argminDistance());
	}
}
